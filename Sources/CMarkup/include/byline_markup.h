#ifndef BYLINE_MARKUP_H
#define BYLINE_MARKUP_H

// Plain C entry points over libxml2's HTML and XML parsers. libxml2's own headers stay in
// markup.c: they pull in ICU, whose types clash with Foundation's in a Swift module.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What the walk over a parsed document reports, in document order.
typedef struct byline_markup_events {
    void *context;
    /// An element opens; `attributes` holds `count` name/value pairs (2 × count strings).
    void (*element_start)(void *context, const char *name, const char *const *attributes, int count);
    void (*element_end)(void *context);
    /// Character data (text or CDATA), entities already decoded, UTF-8.
    void (*text)(void *context, const char *text, size_t length);
} byline_markup_events;

/// How the parse went.
typedef struct byline_markup_outcome {
    /// 0 when the parser produced no document at all.
    int parsed;
    /// Errors the parser recovered from (XML only; every real web page has some).
    int problem_count;
    /// 1 when the document was refused: entity expansion or nesting beyond libxml2's bounds.
    int refused;
    /// The first problem, with its line.
    int first_problem_line;
    char first_problem[200];
} byline_markup_outcome;

/// Parses UTF-8 HTML in recover mode, without network access, and walks the tree.
void byline_markup_read_html(const char *bytes, size_t length, const byline_markup_events *events,
                             byline_markup_outcome *outcome);

/// Parses UTF-8 XML in recover mode: no network, no DTD loading, no external entities,
/// internal entities expanded within libxml2's amplification bounds.
void byline_markup_read_xml(const char *bytes, size_t length, const byline_markup_events *events,
                            byline_markup_outcome *outcome);

#ifdef __cplusplus
}
#endif

#endif
