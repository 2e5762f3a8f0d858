import CCairo
import PlanRender

/// Text measured and drawn by pango in DejaVu Sans (Liberation Sans when DejaVu is missing),
/// at 72 dpi so that a point of type is a point of the page, with hinting off so that a text
/// has the same width in the PDF, the 200 dpi PNG and the SVG.
final class PangoText: TextMeasure {
  static let family = "DejaVu Sans,Liberation Sans,sans-serif"
  private let context: OpaquePointer
  private let layout: OpaquePointer
  private var fonts: [Font: OpaquePointer] = [:]
  private var current: Font?
  /// Labels repeat (dates, lot headings on every page): each text is measured once per font.
  private var widths: [Font: [String: Double]] = [:]
  /// Texts drawn again and again (the axis, the legend, the column heads, common dates) keep
  /// their shaped layout and baseline: a PDF of 3,000 pages draws them 100,000 times.
  private var shaped: [Font: [String: (layout: OpaquePointer, baseline: Double)]] = [:]
  private var shapedCount = 0
  /// Texts drawn once so far: the second time, they are kept shaped.
  private var drawnOnce: [Font: Set<String>] = [:]
  static let keptShaped = 4096

  init() {
    let map = pango_cairo_font_map_get_default()
    context = pango_font_map_create_context(map)
    pango_cairo_context_set_resolution(context, 72)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    layout = pango_layout_new(context)
    pango_layout_set_single_paragraph_mode(layout, 1)
  }

  deinit {
    for kept in shaped.values {
      for (layout, _) in kept.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
    }
    for description in fonts.values { pango_font_description_free(description) }
    g_object_unref(UnsafeMutableRawPointer(layout))
    g_object_unref(UnsafeMutableRawPointer(context))
  }

  private func use(_ font: Font) {
    guard current != font else { return }
    let description: OpaquePointer
    if let known = fonts[font] {
      description = known
    } else {
      description = pango_font_description_new()
      pango_font_description_set_family(description, Self.family)
      pango_font_description_set_size(
        description, Int32((font.size * Double(PANGO_SCALE)).rounded()))
      pango_font_description_set_weight(
        description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
      fonts[font] = description
    }
    pango_layout_set_font_description(layout, description)
    current = font
  }

  private func set(_ text: String, _ font: Font) {
    use(font)
    pango_layout_set_text(layout, text, -1)
  }

  /// - Complexity: O(text), once per text and font.
  func width(_ text: String, _ font: Font) -> Double {
    if let known = widths[font]?[text] { return known }
    set(text, font)
    var width: Int32 = 0
    var height: Int32 = 0
    pango_layout_get_size(layout, &width, &height)
    let measured = Double(width) / Double(PANGO_SCALE)
    widths[font, default: [:]][text] = measured
    return measured
  }

  /// Draws `text` with its baseline's start at `x`, `y` on a cairo context.
  ///
  /// - Complexity: O(text): shaped once for a text drawn more than once (up to `keptShaped`).
  func draw(_ text: String, x: Double, y: Double, _ font: Font, on cairo: OpaquePointer) {
    if let (kept, baseline) = shaped[font]?[text] {
      cairo_move_to(cairo, x, y - baseline)
      pango_cairo_show_layout(cairo, kept)
      return
    }
    if shapedCount < Self.keptShaped, drawnOnce[font, default: []].insert(text).inserted == false {
      // The second time: keep a layout of its own.
      let kept = pango_layout_new(context)!
      pango_layout_set_single_paragraph_mode(kept, 1)
      use(font)
      pango_layout_set_font_description(kept, fonts[font])
      pango_layout_set_text(kept, text, -1)
      let baseline = Double(pango_layout_get_baseline(kept)) / Double(PANGO_SCALE)
      shaped[font, default: [:]][text] = (kept, baseline)
      shapedCount += 1
      drawnOnce[font]?.remove(text)
      cairo_move_to(cairo, x, y - baseline)
      pango_cairo_show_layout(cairo, kept)
      return
    }
    set(text, font)
    let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
    cairo_move_to(cairo, x, y - baseline)
    pango_cairo_show_layout(cairo, layout)
  }
}
