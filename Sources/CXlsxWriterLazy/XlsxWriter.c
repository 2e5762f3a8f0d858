#include "CXlsxWriterLazy.h"

#include <CLazyLibrary.h>
#include <stddef.h>
#include <xlsxwriter.h>

static const char *const xlsxwriter_names[] = {
#ifdef LXW_SOVERSION
    "libxlsxwriter.so." LXW_SOVERSION,
#endif
    "libxlsxwriter.so", NULL};
static pw_library XLSX = {xlsxwriter_names, NULL, {0}};

static pw_library *const libraries[] = {&XLSX};

const char *pw_xlsxwriter_open(void) { return pw_libraries_open(libraries, 1); }

const char *pw_xlsxwriter_libraries(void) {
  // Written once, for the one flag that asks (`planwerk --loaded-later`).
  static char out[256];
  pw_libraries_names(libraries, 1, out, sizeof out);
  return out;
}

PW_LAZY_VOID(XLSX, format_set_align, (lxw_format *a, uint8_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_bg_color, (lxw_format *a, lxw_color_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_bold, (lxw_format *a), (a))
PW_LAZY_VOID(XLSX, format_set_bottom, (lxw_format *a, uint8_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_bottom_color, (lxw_format *a, lxw_color_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_font_color, (lxw_format *a, lxw_color_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_font_size, (lxw_format *a, double b), (a, b))
PW_LAZY_VOID(XLSX, format_set_indent, (lxw_format *a, uint8_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_left, (lxw_format *a, uint8_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_left_color, (lxw_format *a, lxw_color_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_num_format, (lxw_format *a, const char *b), (a, b))
PW_LAZY_VOID(XLSX, format_set_pattern, (lxw_format *a, uint8_t b), (a, b))
PW_LAZY_VOID(XLSX, format_set_text_wrap, (lxw_format *a), (a))
PW_LAZY(XLSX, char *, lxw_strerror, (lxw_error a), (a))
PW_LAZY(XLSX, lxw_format *, workbook_add_format, (lxw_workbook *a), (a))
PW_LAZY(XLSX, lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *a, const char *b), (a, b))
PW_LAZY(XLSX, lxw_error, workbook_close, (lxw_workbook *a), (a))
PW_LAZY(XLSX, lxw_workbook *, workbook_new_opt, (const char *a, lxw_workbook_options *b), (a, b))
PW_LAZY(XLSX, lxw_error, workbook_set_properties, (lxw_workbook *a, lxw_doc_properties *b), (a, b))
PW_LAZY(XLSX, lxw_error, worksheet_autofilter, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c, lxw_row_t d, lxw_col_t e), (a, b, c, d, e))
PW_LAZY_VOID(XLSX, worksheet_fit_to_pages, (lxw_worksheet *a, uint16_t b, uint16_t c), (a, b, c))
PW_LAZY_VOID(XLSX, worksheet_freeze_panes, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c), (a, b, c))
PW_LAZY(XLSX, lxw_error, worksheet_merge_range, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c, lxw_row_t d, lxw_col_t e, const char *f, lxw_format *g), (a, b, c, d, e, f, g))
PW_LAZY_VOID(XLSX, worksheet_outline_settings, (lxw_worksheet *a, uint8_t b, uint8_t c, uint8_t d, uint8_t e), (a, b, c, d, e))
PW_LAZY(XLSX, lxw_error, worksheet_repeat_columns, (lxw_worksheet *a, lxw_col_t b, lxw_col_t c), (a, b, c))
PW_LAZY(XLSX, lxw_error, worksheet_repeat_rows, (lxw_worksheet *a, lxw_row_t b, lxw_row_t c), (a, b, c))
PW_LAZY(XLSX, lxw_error, worksheet_set_column, (lxw_worksheet *a, lxw_col_t b, lxw_col_t c, double d, lxw_format *e), (a, b, c, d, e))
PW_LAZY(XLSX, lxw_error, worksheet_set_footer, (lxw_worksheet *a, const char *b), (a, b))
PW_LAZY(XLSX, lxw_error, worksheet_set_header, (lxw_worksheet *a, const char *b), (a, b))
PW_LAZY_VOID(XLSX, worksheet_set_landscape, (lxw_worksheet *a), (a))
PW_LAZY_VOID(XLSX, worksheet_set_margins, (lxw_worksheet *a, double b, double c, double d, double e), (a, b, c, d, e))
PW_LAZY_VOID(XLSX, worksheet_set_paper, (lxw_worksheet *a, uint8_t b), (a, b))
PW_LAZY(XLSX, lxw_error, worksheet_set_row_opt, (lxw_worksheet *a, lxw_row_t b, double c, lxw_format *d, lxw_row_col_options *e), (a, b, c, d, e))
PW_LAZY(XLSX, lxw_error, worksheet_write_blank, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c, lxw_format *d), (a, b, c, d))
PW_LAZY(XLSX, lxw_error, worksheet_write_number, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c, double d, lxw_format *e), (a, b, c, d, e))
PW_LAZY(XLSX, lxw_error, worksheet_write_string, (lxw_worksheet *a, lxw_row_t b, lxw_col_t c, const char *d, lxw_format *e), (a, b, c, d, e))
