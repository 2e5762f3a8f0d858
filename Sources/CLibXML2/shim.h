// libxml2's reader over bytes in memory, with every error kept for the caller rather than
// printed: the error handler's signature changed in libxml2 2.12 (a const error), so it is
// set here, in C, where either version compiles.
#ifndef PLANWERK_CLIBXML2_SHIM_H
#define PLANWERK_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside Swift's
// Foundation when one Swift module sees both (the benchmarks, the tests). Nothing here uses
// libxml2's ICU converters, so its headers are read as if built without: the structures that
// differ (an encoding handler's ICU fields) are never touched from Swift.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/tree.h>
#include <string.h>

/* The first error the parser met: where (1-based line and column) and libxml2's words. */
typedef struct {
  int failed;
  int line;
  int column;
  char message[256];
} pw_xml_error;

#if LIBXML_VERSION >= 21200
static inline void pw_xml_record(void *context, const xmlError *error) {
#else
static inline void pw_xml_record(void *context, xmlErrorPtr error) {
#endif
  pw_xml_error *kept = (pw_xml_error *)context;
  if (kept == NULL || error == NULL || kept->failed || error->level < XML_ERR_ERROR) return;
  kept->failed = 1;
  kept->line = error->line;
  kept->column = error->int2;
  if (error->message != NULL) {
    strncpy(kept->message, error->message, sizeof(kept->message) - 1);
    kept->message[sizeof(kept->message) - 1] = 0;
  }
}

/* A reader of `size` bytes that must outlive it. No network, no DTD loaded, entities not
   substituted (a file cannot make the parser read another file or expand a billion
   laughs), nothing printed. */
static inline xmlTextReaderPtr pw_xml_reader(const char *bytes, int size, pw_xml_error *error) {
  xmlTextReaderPtr reader = xmlReaderForMemory(
      bytes, size, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader != NULL) xmlTextReaderSetStructuredErrorHandler(reader, pw_xml_record, error);
  return reader;
}

/* The line of the node the reader is on, as libxml2 counted it while parsing. */
static inline long pw_xml_node_line(xmlTextReaderPtr reader) {
  xmlNodePtr node = xmlTextReaderCurrentNode(reader);
  return node == NULL ? 0 : xmlGetLineNo(node);
}

#endif
