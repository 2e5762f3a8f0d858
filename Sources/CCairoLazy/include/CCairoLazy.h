// cairo, pango and gobject opened when a chart is first drawn (CLazyLibrary).
#ifndef PLANWERK_CCAIROLAZY_H
#define PLANWERK_CCAIROLAZY_H

/* NULL once the libraries are open, else why one is missing. */
const char *pw_cairo_open(void);

/* A line per library with the names it may have (`planwerk --loaded-later`). */
const char *pw_cairo_libraries(void);

#endif
