// libxlsxwriter, for the Excel workbook (PlanSheet): Debian's libxlsxwriter-dev.
#ifndef PLANWERK_CXLSXWRITER_SHIM_H
#define PLANWERK_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
