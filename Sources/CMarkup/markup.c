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

/// Collects XML errors instead of printing them.
static void collect_error(void *data, xmlErrorPtr error) {
    xmlParserCtxtPtr context = data;
    byline_markup_outcome *outcome = context->_private;
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

void byline_markup_read_xml(const char *bytes, size_t length, const byline_markup_events *events,
                            byline_markup_outcome *outcome) {
    pthread_once(&once, initialise);
    memset(outcome, 0, sizeof *outcome);
    if (length > INT_MAX) return;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == NULL) return;
    context->_private = outcome;
    context->sax->serror = collect_error;
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_COMPACT | XML_PARSE_NOCDATA |
                  XML_PARSE_IGNORE_ENC;
    // Whitespace before the XML declaration is harmless; libxml2 would call it an error.
    while (length > 0 && (*bytes == ' ' || *bytes == '\n' || *bytes == '\r' || *bytes == '\t')) {
        bytes++;
        length--;
    }
    xmlDocPtr document = xmlCtxtReadMemory(context, bytes, (int)length, NULL, "UTF-8", options);
    if (document != NULL) {
        outcome->parsed = 1;
        if (!outcome->refused) walk(document, events);
        xmlFreeDoc(document);
    }
    xmlFreeParserCtxt(context);
}
