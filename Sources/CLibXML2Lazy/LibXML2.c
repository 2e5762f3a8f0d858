#include "CLibXML2Lazy.h"

#include <CLazyLibrary.h>
#include <stddef.h>

// As CLibXML2's shim reads them: without ICU's headers, which nothing here needs.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

// libxml2 2.14 changed its soname from libxml2.so.2 to libxml2.so.16.
static const char *const libxml2_names[] = {
#if LIBXML_VERSION >= 21400
    "libxml2.so.16", "libxml2.so.2",
#else
    "libxml2.so.2", "libxml2.so.16",
#endif
    "libxml2.so", NULL};
static pw_library XML2 = {libxml2_names, NULL, {0}};

static pw_library *const libraries[] = {&XML2};

const char *pw_libxml2_open(void) { return pw_libraries_open(libraries, 1); }

const char *pw_libxml2_libraries(void) {
  // Written once, for the one flag that asks (`planwerk --loaded-later`).
  static char out[256];
  pw_libraries_names(libraries, 1, out, sizeof out);
  return out;
}

PW_LAZY_VOID(XML2, xmlFreeTextReader, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, const xmlChar *, xmlTextReaderConstLocalName, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, const xmlChar *, xmlTextReaderConstNamespaceUri, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, const xmlChar *, xmlTextReaderConstValue, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, int, xmlTextReaderGetParserColumnNumber, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, int, xmlTextReaderGetParserLineNumber, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, int, xmlTextReaderIsEmptyElement, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, int, xmlTextReaderNodeType, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, int, xmlTextReaderRead, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, xmlTextReaderPtr, xmlReaderForMemory, (const char *a, int b, const char *c, const char *d, int e), (a, b, c, d, e))
PW_LAZY_VOID(XML2, xmlTextReaderSetStructuredErrorHandler, (xmlTextReaderPtr a, xmlStructuredErrorFunc b, void *c), (a, b, c))
PW_LAZY(XML2, xmlNodePtr, xmlTextReaderCurrentNode, (xmlTextReaderPtr a), (a))
PW_LAZY(XML2, long, xmlGetLineNo, (const xmlNode *a), (a))
