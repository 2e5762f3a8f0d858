import CCairo
import CCairoLazy
import PlanKit
import PlanRender

/// Draws a chart as a PDF (A4 or A3 landscape, as many pages as its rows need), a PNG (as wide
/// as the paper at 200 dpi, as tall as its rows) or an SVG (the PNG's picture, with its text as text), all
/// with one drawing routine (`ChartPainter`).
public enum ChartDrawer {
  /// The PNG's resolution: sharp in Word or PowerPoint at A4 width.
  public static let dpi = 200.0
  /// cairo draws pictures of at most 32,767 pixels a side.
  static let largestPicture = 32_767

  /// The chart's file.
  ///
  /// - Complexity: O(rows): each label measured once, each mark drawn once.
  public static func draw(_ content: ChartContent, as format: ChartFormat) throws(PlanError)
    -> [UInt8]
  {
    if let missing = pw_cairo_open() {
      throw PlanError(
        nl: "het schema kan niet getekend worden: \(String(cString: missing))",
        en: "the chart cannot be drawn: \(String(cString: missing))")
    }
    let text = PangoText()
    let paper = content.paper.size
    switch format {
    case .pdf:
      let layout = ChartLayout(content, measure: text, width: paper.width, height: paper.height)
      return try pdf(layout, text)
    case .png:
      let layout = ChartLayout(content, measure: text, width: paper.width, height: nil)
      return try png(layout, text)
    case .svg:
      let layout = ChartLayout(content, measure: text, width: paper.width, height: nil)
      var canvas = SVGCanvas(measure: text)
      ChartPainter(layout: layout, measure: text).draw(on: &canvas)
      return Array(
        canvas.document(title: content.title, width: layout.width, height: layout.height).utf8)
    }
  }

  static func pdf(_ layout: ChartLayout, _ text: PangoText) throws(PlanError) -> [UInt8] {
    let sink = ByteSink()
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), layout.width, layout.height)
    else { throw failed("PDF") }
    defer { cairo_surface_destroy(surface) }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, layout.content.title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Planwerk")
    try draw(layout, text, on: surface, scale: 1)
    cairo_surface_finish(surface)
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, !sink.failed else {
      throw failed("PDF")
    }
    return sink.bytes
  }

  static func png(_ layout: ChartLayout, _ text: PangoText) throws(PlanError) -> [UInt8] {
    let scale = dpi / 72
    let width = Int((layout.width * scale).rounded())
    let height = Int((layout.height * scale).rounded(.up))
    guard height <= largestPicture else {
      throw PlanError(
        nl:
          "het schema is te lang voor één afbeelding (\(layout.content.rows.count) regels); exporteer het als pdf, met pagina's",
        en:
          "the chart is too long for one picture (\(layout.content.rows.count) rows); export it as a pdf, with pages"
      )
    }
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    else { throw failed("PNG") }
    defer { cairo_surface_destroy(surface) }
    try draw(layout, text, on: surface, scale: scale)
    let sink = ByteSink()
    let status = cairo_surface_write_to_png_stream(
      surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
    guard status == CAIRO_STATUS_SUCCESS, !sink.failed else { throw failed("PNG") }
    return sink.bytes
  }

  /// The layout's pages on a white surface.
  static func draw(
    _ layout: ChartLayout, _ text: PangoText, on surface: OpaquePointer, scale: Double
  ) throws(PlanError) {
    guard let cairo = cairo_create(surface) else { throw failed("cairo") }
    defer { cairo_destroy(cairo) }
    cairo_scale(cairo, scale, scale)
    cairo_set_source_rgb(cairo, 1, 1, 1)
    cairo_paint(cairo)
    var canvas = CairoCanvas(cairo: cairo, text: text)
    ChartPainter(layout: layout, measure: text).draw(on: &canvas)
    guard cairo_status(cairo) == CAIRO_STATUS_SUCCESS else { throw failed("cairo") }
  }

  /// The shared libraries drawing opens at its first use, a line each with the names they may
  /// have (`planwerk --loaded-later`, for the Debian package's Depends).
  public static var libraries: String {
    String(cString: pw_cairo_libraries())
  }

  static func failed(_ what: String) -> PlanError {
    PlanError(
      nl: "cairo kon het schema niet tekenen als \(what)",
      en: "cairo could not draw the chart as \(what)")
  }
}

/// Collects what a cairo surface writes.
final class ByteSink {
  var bytes: [UInt8] = []
  var failed = false

  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}
