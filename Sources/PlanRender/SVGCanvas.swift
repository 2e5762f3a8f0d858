/// A canvas that writes SVG: rectangles, lines, polygons and `<text>` elements, so that every
/// label stays text (searchable, editable, read aloud), where cairo's SVG surface would turn
/// it into outlines. Text is escaped and nothing in the document refers elsewhere or runs.
/// Each item's group and each part begun is a piece of its own, which a page can replace by id.
package struct SVGCanvas: Canvas {
  /// What is drawn up to the element being written.
  private var drawn = MarkupPieces()
  /// The element being written (or the markup after the last one).
  private var body = ""
  /// The id of the element `body` is, while one is open.
  private var open: String?
  package let measure: any TextMeasure

  package init(measure: any TextMeasure) {
    self.measure = measure
  }

  /// The whole document, `width` by `height` points.
  ///
  /// - Complexity: O(elements).
  package func document(title: String, width: Double, height: Double) -> String {
    let (w, h) = (Self.number(width), Self.number(height))
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + element(
        title: title, width: width, height: height, size: " width=\"\(w)pt\" height=\"\(h)pt\""
      ).text
  }

  /// The picture inside an HTML page: as wide as the page lets it be (or `pixels` CSS pixels
  /// wide, for a screen), read aloud by its title. `header` says where the column heads and
  /// the time axis are, from top to bottom (`data-axis`), for a page that keeps them in view.
  ///
  /// - Complexity: O(elements).
  package func inline(
    title: String, width: Double, height: Double, fitted: String?, pixels: Double? = nil,
    header: (top: Double, bottom: Double)? = nil
  )
    -> MarkupPieces
  {
    element(
      title: title, width: width, height: height,
      size: " role=\"img\"" + (fitted.map { " class=\"\($0)\"" } ?? "")
        + (pixels.map { " style=\"width: \(Self.number($0))px; max-width: none\"" } ?? "")
        + (header.map { " data-axis=\"\(Self.number($0.top)) \(Self.number($0.bottom))\"" } ?? ""))
  }

  private func element(title: String, width: Double, height: Double, size: String)
    -> MarkupPieces
  {
    let (w, h) = (Self.number(width), Self.number(height))
    var svg = MarkupPieces(
      """
      <svg xmlns="http://www.w3.org/2000/svg" version="1.1"\(size) \
      viewBox="0 0 \(w) \(h)" font-family="\(Self.fonts)">
      <title>\(Self.escape(title))</title>
      <rect width="\(w)" height="\(h)" fill="#ffffff"/>

      """)
    svg.append(contentsOf: drawn)
    svg.append(body + "</svg>\n")
    return svg
  }

  /// The fonts the chart was measured in, and those nearest to them.
  static let fonts = "DejaVu Sans, Liberation Sans, Arial, sans-serif"

  package mutating func fill(_ rect: Rect, _ colour: Colour) {
    body += "<rect x=\"\(Self.number(rect.x))\" y=\"\(Self.number(rect.y))\""
    body += " width=\"\(Self.number(rect.width))\" height=\"\(Self.number(rect.height))\""
    body += " fill=\"\(colour.hex)\"/>\n"
  }

  package mutating func line(from: Point, to: Point, _ colour: Colour, width: Double, dash: Double?)
  {
    body += "<line x1=\"\(Self.number(from.x))\" y1=\"\(Self.number(from.y))\""
    body += " x2=\"\(Self.number(to.x))\" y2=\"\(Self.number(to.y))\""
    body += " stroke=\"\(colour.hex)\" stroke-width=\"\(Self.number(width))\""
    if let dash { body += " stroke-dasharray=\"\(Self.number(dash))\"" }
    body += "/>\n"
  }

  package mutating func lines(_ segments: [Segment], _ colour: Colour, width: Double) {
    guard !segments.isEmpty else { return }
    body += "<path d=\""
    for (i, (from, to)) in segments.enumerated() {
      if i > 0 { body += " " }
      body +=
        "M\(Self.number(from.x)) \(Self.number(from.y))L\(Self.number(to.x)) \(Self.number(to.y))"
    }
    body += "\" fill=\"none\" stroke=\"\(colour.hex)\" stroke-width=\"\(Self.number(width))\"/>\n"
  }

  package mutating func polygon(_ points: [Point], fill: Colour?, stroke: Colour?, width: Double) {
    body += "<polygon points=\""
    body += points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
    body += "\" fill=\"\(fill?.hex ?? "none")\""
    if let stroke {
      body += " stroke=\"\(stroke.hex)\" stroke-width=\"\(Self.number(width))\""
    }
    body += "/>\n"
  }

  package mutating func text(
    _ text: String, at point: Point, _ font: Font, _ colour: Colour, anchor: Anchor
  ) {
    body += "<text x=\"\(Self.number(point.x))\" y=\"\(Self.number(point.y))\""
    body += " font-size=\"\(Self.number(font.size))\""
    if font.bold { body += " font-weight=\"bold\"" }
    switch anchor {
    case .start: break
    case .middle: body += " text-anchor=\"middle\""
    case .end: body += " text-anchor=\"end\""
    }
    if colour != ChartStyle.ink { body += " fill=\"\(colour.hex)\"" }
    body += ">\(Self.escape(text))</text>\n"
  }

  /// One picture: an SVG has no pages.
  package mutating func nextPage() {}

  /// `<g id="item-r1.voorbereiding" class="item status-done"><title>gereed op …</title>`: the
  /// item's marks as one element a page can find by id and style by status.
  package mutating func beginItem(_ id: String, status: String, text: String) {
    begin("item-" + id.markupShown(hiddenAs: "\u{FFFD}"))
    body += "<g id=\"item-\(Self.escape(id))\" class=\"item status-\(Self.escape(status))\">"
    body += "<title>\(Self.escape(text))</title>\n"
  }

  package mutating func endItem() {
    end()
  }

  /// `<g id="chart-legend">`: marks that change with the plan but belong to no item, as one
  /// element a page can replace by id.
  package mutating func beginPart(_ id: String) {
    begin(id)
    body += "<g id=\"\(Self.escape(id))\">\n"
  }

  package mutating func endPart() {
    end()
  }

  private mutating func begin(_ id: String) {
    drawn.append(body)
    body = ""
    open = id
  }

  private mutating func end() {
    body += "</g>"
    if let id = open { drawn.append(element: body, id: id) } else { drawn.append(body) }
    body = "\n"
    open = nil
  }

  /// A number with at most two decimals, without a trailing zero: "12.5", "3".
  ///
  /// - Complexity: O(digits), one string written in place: a chart writes tens of thousands.
  package static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    var magnitude = hundredths.magnitude
    var decimals = 2
    while decimals > 0, magnitude % 10 == 0 {
      magnitude /= 10
      decimals -= 1
    }
    // Written from the last digit back, on the stack.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var at = buffer.count
      func put(_ byte: UInt8) {
        at -= 1
        buffer[at] = byte
      }
      for _ in 0..<decimals {
        put(UInt8(ascii: "0") + UInt8(magnitude % 10))
        magnitude /= 10
      }
      if decimals > 0 { put(UInt8(ascii: ".")) }
      repeat {
        put(UInt8(ascii: "0") + UInt8(magnitude % 10))
        magnitude /= 10
      } while magnitude > 0
      if hundredths < 0 { put(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
    }
  }

  /// Text for an SVG element: what XML may not hold shows as a replacement character.
  package static func escape(_ text: String) -> String {
    text.markupEscaped(hiddenAs: "\u{FFFD}")
  }
}
