// libxlsxwriter opened when a workbook is first written (CLazyLibrary).
#ifndef PLANWERK_CXLSXWRITERLAZY_H
#define PLANWERK_CXLSXWRITERLAZY_H

/* NULL once the library is open, else why it is missing. */
const char *pw_xlsxwriter_open(void);

/* A line with the names the library may have (`planwerk --loaded-later`). */
const char *pw_xlsxwriter_libraries(void);

#endif
