// libxml2 opened when an MS Project XML file is first read (CLazyLibrary).
#ifndef PLANWERK_CLIBXML2LAZY_H
#define PLANWERK_CLIBXML2LAZY_H

/* NULL once the library is open, else why it is missing. */
const char *pw_libxml2_open(void);

/* A line with the names the library may have (`planwerk --loaded-later`). */
const char *pw_libxml2_libraries(void);

#endif
