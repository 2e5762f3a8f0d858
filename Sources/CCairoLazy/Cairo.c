#include "CCairoLazy.h"

#include <CLazyLibrary.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

static const char *const cairo_names[] = {"libcairo.so.2", NULL};
static const char *const pango_names[] = {"libpango-1.0.so.0", NULL};
static const char *const pangocairo_names[] = {"libpangocairo-1.0.so.0", NULL};
static const char *const gobject_names[] = {"libgobject-2.0.so.0", NULL};
static pw_library CAIRO = {cairo_names, NULL, {0}};
static pw_library PANGO = {pango_names, NULL, {0}};
static pw_library PANGOCAIRO = {pangocairo_names, NULL, {0}};
static pw_library GOBJECT = {gobject_names, NULL, {0}};
static pw_library *const libraries[] = {&GOBJECT, &CAIRO, &PANGO, &PANGOCAIRO};

static const unsigned count = sizeof libraries / sizeof *libraries;

const char *pw_cairo_open(void) { return pw_libraries_open(libraries, count); }

const char *pw_cairo_libraries(void) {
  // Written once, for the one flag that asks (`planwerk --loaded-later`).
  static char out[1024];
  pw_libraries_names(libraries, count, out, sizeof out);
  return out;
}

PW_LAZY_VOID(CAIRO, cairo_close_path, (cairo_t *a), (a))
PW_LAZY(CAIRO, cairo_t *, cairo_create, (cairo_surface_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_destroy, (cairo_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_fill, (cairo_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_fill_preserve, (cairo_t *a), (a))
PW_LAZY(CAIRO, cairo_font_options_t *, cairo_font_options_create, (void), ())
PW_LAZY_VOID(CAIRO, cairo_font_options_destroy, (cairo_font_options_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_font_options_set_antialias, (cairo_font_options_t *a, cairo_antialias_t b), (a, b))
PW_LAZY_VOID(CAIRO, cairo_font_options_set_hint_metrics, (cairo_font_options_t *a, cairo_hint_metrics_t b), (a, b))
PW_LAZY_VOID(CAIRO, cairo_font_options_set_hint_style, (cairo_font_options_t *a, cairo_hint_style_t b), (a, b))
PW_LAZY(CAIRO, cairo_surface_t *, cairo_image_surface_create, (cairo_format_t a, int b, int c), (a, b, c))
PW_LAZY_VOID(CAIRO, cairo_line_to, (cairo_t *a, double b, double c), (a, b, c))
PW_LAZY_VOID(CAIRO, cairo_move_to, (cairo_t *a, double b, double c), (a, b, c))
PW_LAZY_VOID(CAIRO, cairo_paint, (cairo_t *a), (a))
PW_LAZY(CAIRO, cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t a, void *b, double c, double d), (a, b, c, d))
PW_LAZY_VOID(CAIRO, cairo_pdf_surface_set_metadata, (cairo_surface_t *a, cairo_pdf_metadata_t b, const char *c), (a, b, c))
PW_LAZY_VOID(CAIRO, cairo_rectangle, (cairo_t *a, double b, double c, double d, double e), (a, b, c, d, e))
PW_LAZY_VOID(CAIRO, cairo_scale, (cairo_t *a, double b, double c), (a, b, c))
PW_LAZY_VOID(CAIRO, cairo_set_dash, (cairo_t *a, const double *b, int c, double d), (a, b, c, d))
PW_LAZY_VOID(CAIRO, cairo_set_line_width, (cairo_t *a, double b), (a, b))
PW_LAZY_VOID(CAIRO, cairo_set_source_rgb, (cairo_t *a, double b, double c, double d), (a, b, c, d))
PW_LAZY_VOID(CAIRO, cairo_show_page, (cairo_t *a), (a))
PW_LAZY(CAIRO, cairo_status_t, cairo_status, (cairo_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_stroke, (cairo_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_surface_destroy, (cairo_surface_t *a), (a))
PW_LAZY_VOID(CAIRO, cairo_surface_finish, (cairo_surface_t *a), (a))
PW_LAZY(CAIRO, cairo_status_t, cairo_surface_status, (cairo_surface_t *a), (a))
PW_LAZY(CAIRO, cairo_status_t, cairo_surface_write_to_png_stream, (cairo_surface_t *a, cairo_write_func_t b, void *c), (a, b, c))
PW_LAZY_VOID(GOBJECT, g_object_unref, (gpointer a), (a))
PW_LAZY_VOID(PANGOCAIRO, pango_cairo_context_set_font_options, (PangoContext *a, const cairo_font_options_t *b), (a, b))
PW_LAZY_VOID(PANGOCAIRO, pango_cairo_context_set_resolution, (PangoContext *a, double b), (a, b))
PW_LAZY(PANGOCAIRO, PangoFontMap *, pango_cairo_font_map_get_default, (void), ())
PW_LAZY_VOID(PANGOCAIRO, pango_cairo_show_layout, (cairo_t *a, PangoLayout *b), (a, b))
PW_LAZY_VOID(PANGO, pango_font_description_free, (PangoFontDescription *a), (a))
PW_LAZY(PANGO, PangoFontDescription *, pango_font_description_new, (void), ())
PW_LAZY_VOID(PANGO, pango_font_description_set_family, (PangoFontDescription *a, const char *b), (a, b))
PW_LAZY_VOID(PANGO, pango_font_description_set_size, (PangoFontDescription *a, gint b), (a, b))
PW_LAZY_VOID(PANGO, pango_font_description_set_weight, (PangoFontDescription *a, PangoWeight b), (a, b))
PW_LAZY(PANGO, PangoContext *, pango_font_map_create_context, (PangoFontMap *a), (a))
PW_LAZY(PANGO, int, pango_layout_get_baseline, (PangoLayout *a), (a))
PW_LAZY_VOID(PANGO, pango_layout_get_size, (PangoLayout *a, int *b, int *c), (a, b, c))
PW_LAZY(PANGO, PangoLayout *, pango_layout_new, (PangoContext *a), (a))
PW_LAZY_VOID(PANGO, pango_layout_set_font_description, (PangoLayout *a, const PangoFontDescription *b), (a, b))
PW_LAZY_VOID(PANGO, pango_layout_set_single_paragraph_mode, (PangoLayout *a, gboolean b), (a, b))
PW_LAZY_VOID(PANGO, pango_layout_set_text, (PangoLayout *a, const char *b, int c), (a, b, c))
