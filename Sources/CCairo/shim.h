// cairo (PDF and image surfaces) and pango's cairo bindings, for the drawn chart (PlanDraw).
#ifndef PLANWERK_CCAIRO_SHIM_H
#define PLANWERK_CCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#endif
