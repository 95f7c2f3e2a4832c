#include "byline_markup.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/// External entities and DTDs are never loaded, whatever a document asks for.
static xmlParserInputPtr refuse_external(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url;
    (void)id;
    (void)context;
    return NULL;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void initialise(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_external);
}

/// An XML parse in progress: where its events go, and text gathered until the next tag
/// (the parser hands over character data in pieces; a reader wants one run).
typedef struct sax_state {
    const byline_markup_events *events;
    byline_markup_outcome *outcome;
    char *text;
    size_t length, capacity;
    int failed;
} sax_state;

/// Collects XML errors instead of printing them.
static void collect_error(void *data, xmlErrorPtr error) {
    xmlParserCtxtPtr context = data;
    sax_state *state = context->_private;
    byline_markup_outcome *outcome = state != NULL ? state->outcome : NULL;
    if (error == NULL || outcome == NULL || error->level == XML_ERR_WARNING) return;
    // An undeclared prefix (`dc:creator` without its xmlns) breaks no reader.
    if (error->domain == XML_FROM_NAMESPACE) return;
    if (error->code == XML_ERR_ENTITY_LOOP || error->code == XML_ERR_INTERNAL_ERROR) outcome->refused = 1;
    if (outcome->problem_count++ == 0 && error->message != NULL) {
        outcome->first_problem_line = error->line;
        size_t n = strcspn(error->message, "\n");
        if (n >= sizeof outcome->first_problem) n = sizeof outcome->first_problem - 1;
        memcpy(outcome->first_problem, error->message, n);
        outcome->first_problem[n] = 0;
    }
}

static void report_start(xmlNodePtr node, const byline_markup_events *events) {
    char qualified[256];
    const char *name = (const char *)node->name;
    if (node->ns != NULL && node->ns->prefix != NULL) {
        size_t p = strlen((const char *)node->ns->prefix), n = strlen(name);
        if (p + n + 2 <= sizeof qualified) {
            memcpy(qualified, node->ns->prefix, p);
            qualified[p] = ':';
            memcpy(qualified + p + 1, name, n + 1);
            name = qualified;
        }
    }
    const char *small[64];
    const char **pairs = small;
    int count = 0, capacity = 32;
    xmlChar *owned[64];
    int owned_count = 0;
    for (xmlAttrPtr a = node->properties; a != NULL; a = a->next) count++;
    if (count > capacity) {
        pairs = malloc(sizeof(char *) * 2 * (size_t)count);
        if (pairs == NULL) { pairs = small; count = capacity; }
        else capacity = count;
    }
    int i = 0;
    for (xmlAttrPtr a = node->properties; a != NULL && i < capacity; a = a->next) {
        const char *value = "";
        xmlNodePtr v = a->children;
        if (v != NULL && v->next == NULL && v->type == XML_TEXT_NODE && v->content != NULL) {
            value = (const char *)v->content;
        } else if (v != NULL && owned_count < 64) {
            xmlChar *joined = xmlNodeListGetString(node->doc, v, 1);
            if (joined != NULL) { owned[owned_count++] = joined; value = (const char *)joined; }
        }
        pairs[2 * i] = (const char *)a->name;
        pairs[2 * i + 1] = value;
        i++;
    }
    events->element_start(events->context, name, pairs, i);
    for (int k = 0; k < owned_count; k++) xmlFree(owned[k]);
    if (pairs != small) free(pairs);
}

/// Walks the tree without recursion, so a document nested 100,000 deep costs no stack.
static void walk(xmlDocPtr document, const byline_markup_events *events) {
    xmlNodePtr node = document->children;
    while (node != NULL) {
        if (node->type == XML_ELEMENT_NODE) {
            report_start(node, events);
            if (node->children != NULL) {
                node = node->children;
                continue;
            }
            events->element_end(events->context);
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content != NULL) {
            events->text(events->context, (const char *)node->content, strlen((const char *)node->content));
        }
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == NULL || node == (xmlNodePtr)document) return;
            if (node->type == XML_ELEMENT_NODE) events->element_end(events->context);
        }
        if (node != NULL) node = node->next;
    }
}

void byline_markup_read_html(const char *bytes, size_t length, const byline_markup_events *events,
                             byline_markup_outcome *outcome) {
    pthread_once(&once, initialise);
    memset(outcome, 0, sizeof *outcome);
    if (length > INT_MAX) return;
    // XML_PARSE_HUGE lifts the 256-level nesting limit, past which libxml2 would drop the
    // rest of the page: browsers show text at any depth, and the walk below never recurses.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr document = htmlReadMemory(bytes, (int)length, NULL, "UTF-8", options);
    if (document == NULL) return;
    outcome->parsed = 1;
    walk(document, events);
    xmlFreeDoc(document);
}

static void flush_text(sax_state *state) {
    if (state->length > 0) state->events->text(state->events->context, state->text, state->length);
    state->length = 0;
}

static void sax_characters(void *data, const xmlChar *characters, int length) {
    sax_state *state = ((xmlParserCtxtPtr)data)->_private;
    if (length <= 0 || state->failed) return;
    if (state->length + (size_t)length > state->capacity) {
        size_t capacity = state->capacity * 2 > state->length + (size_t)length ? state->capacity * 2
                                                                                : state->length + (size_t)length;
        char *grown = realloc(state->text, capacity);
        if (grown == NULL) { state->failed = 1; return; }
        state->text = grown;
        state->capacity = capacity;
    }
    memcpy(state->text + state->length, characters, (size_t)length);
    state->length += (size_t)length;
}

static void sax_start(void *data, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                      int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted,
                      const xmlChar **attributes) {
    (void)uri;
    (void)namespace_count;
    (void)namespaces;
    (void)defaulted;
    sax_state *state = ((xmlParserCtxtPtr)data)->_private;
    flush_text(state);
    char qualified[256];
    const char *name = (const char *)localname;
    if (prefix != NULL) {
        size_t p = strlen((const char *)prefix), n = strlen(name);
        if (p + n + 2 <= sizeof qualified) {
            memcpy(qualified, prefix, p);
            qualified[p] = ':';
            memcpy(qualified + p + 1, name, n + 1);
            name = qualified;
        }
    }
    // Values arrive as (start, end) pointers into the input: copied to end in a NUL.
    const char **pairs = attribute_count > 0 ? malloc(sizeof(char *) * 2 * (size_t)attribute_count) : NULL;
    int count = 0;
    for (int i = 0; pairs != NULL && i < attribute_count; i++) {
        const xmlChar *start = attributes[5 * i + 3], *end = attributes[5 * i + 4];
        char *value = malloc((size_t)(end - start) + 1);
        if (value == NULL) break;
        memcpy(value, start, (size_t)(end - start));
        value[end - start] = 0;
        pairs[2 * count] = (const char *)attributes[5 * i];
        pairs[2 * count + 1] = value;
        count++;
    }
    state->events->element_start(state->events->context, name, pairs, count);
    for (int i = 0; i < count; i++) free((void *)pairs[2 * i + 1]);
    free(pairs);
}

static void sax_end(void *data, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)localname;
    (void)prefix;
    (void)uri;
    sax_state *state = ((xmlParserCtxtPtr)data)->_private;
    flush_text(state);
    state->events->element_end(state->events->context);
}

void byline_markup_read_xml(const char *bytes, size_t length, const byline_markup_events *events,
                            byline_markup_outcome *outcome) {
    pthread_once(&once, initialise);
    memset(outcome, 0, sizeof *outcome);
    if (length > INT_MAX) return;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == NULL) return;
    sax_state state = {events, outcome, NULL, 0, 0, 0};
    context->_private = &state;
    context->sax->serror = collect_error;
    // Events straight from the parser: no tree of the whole feed is ever held (a node is
    // about 120 bytes; a 13 MB feed of 100,000 items made a 190 MB tree).
    context->sax->startElementNs = sax_start;
    context->sax->endElementNs = sax_end;
    context->sax->characters = sax_characters;
    context->sax->cdataBlock = sax_characters;
    context->sax->ignorableWhitespace = sax_characters;
    context->sax->comment = NULL;
    context->sax->processingInstruction = NULL;
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_COMPACT | XML_PARSE_NOCDATA |
                  XML_PARSE_IGNORE_ENC;
    // Whitespace before the XML declaration is harmless; libxml2 would call it an error.
    while (length > 0 && (*bytes == ' ' || *bytes == '\n' || *bytes == '\r' || *bytes == '\t')) {
        bytes++;
        length--;
    }
    // The bytes are already UTF-8 (decoded by Byline). Naming the encoding makes libxml2
    // convert the whole input into a second, growing buffer, so it is named only when a NUL
    // in the first four bytes would make libxml2 guess UTF-16 or UCS-4 and convert anyway.
    const char *encoding = length > 0 && memchr(bytes, 0, length < 4 ? length : 4) != NULL ? "UTF-8" : NULL;
    xmlDocPtr document = xmlCtxtReadMemory(context, bytes, (int)length, NULL, encoding, options);
    flush_text(&state);
    if (document != NULL) {
        outcome->parsed = 1;
        xmlFreeDoc(document);
    }
    free(state.text);
    xmlFreeParserCtxt(context);
}
