import CCairo
import PlanRender

/// A canvas on a cairo context: a PDF surface, or an image surface scaled to its resolution.
struct CairoCanvas: Canvas {
  let cairo: OpaquePointer
  let text: PangoText

  private func source(_ colour: Colour) {
    cairo_set_source_rgb(
      cairo, Double(colour.red) / 255, Double(colour.green) / 255, Double(colour.blue) / 255)
  }

  mutating func fill(_ rect: Rect, _ colour: Colour) {
    source(colour)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_fill(cairo)
  }

  mutating func line(from: Point, to: Point, _ colour: Colour, width: Double, dash: Double?) {
    source(colour)
    cairo_set_line_width(cairo, width)
    if var dash {
      cairo_set_dash(cairo, &dash, 1, 0)
    }
    cairo_move_to(cairo, from.x, from.y)
    cairo_line_to(cairo, to.x, to.y)
    cairo_stroke(cairo)
    if dash != nil { cairo_set_dash(cairo, nil, 0, 0) }
  }

  mutating func lines(_ segments: [Segment], _ colour: Colour, width: Double) {
    guard !segments.isEmpty else { return }
    source(colour)
    cairo_set_line_width(cairo, width)
    for (from, to) in segments {
      cairo_move_to(cairo, from.x, from.y)
      cairo_line_to(cairo, to.x, to.y)
    }
    cairo_stroke(cairo)
  }

  mutating func polygon(_ points: [Point], fill: Colour?, stroke: Colour?, width: Double) {
    guard let first = points.first else { return }
    cairo_move_to(cairo, first.x, first.y)
    for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
    cairo_close_path(cairo)
    if let fill {
      source(fill)
      if stroke == nil { cairo_fill(cairo) } else { cairo_fill_preserve(cairo) }
    }
    if let stroke {
      source(stroke)
      cairo_set_line_width(cairo, width)
      cairo_stroke(cairo)
    }
  }

  mutating func text(
    _ text: String, at point: Point, _ font: Font, _ colour: Colour, anchor: Anchor
  ) {
    source(colour)
    var x = point.x
    switch anchor {
    case .start: break
    case .middle: x -= self.text.width(text, font) / 2
    case .end: x -= self.text.width(text, font)
    }
    self.text.draw(text, x: x, y: point.y, font, on: cairo)
  }

  mutating func nextPage() {
    cairo_show_page(cairo)
  }
}
