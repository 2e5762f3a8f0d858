/// A point on a page, in points (1/72 inch) from its top left corner.
package struct Point: Equatable {
  package var x: Double
  package var y: Double
}

package struct Rect: Equatable {
  package var x: Double
  package var y: Double
  package var width: Double
  package var height: Double
}

/// A colour as red, green and blue from 0 to 255.
package struct Colour: Equatable {
  package var red: UInt8
  package var green: UInt8
  package var blue: UInt8

  package init(_ hex: UInt32) {
    red = UInt8(hex >> 16 & 0xFF)
    green = UInt8(hex >> 8 & 0xFF)
    blue = UInt8(hex & 0xFF)
  }

  /// `#2f6db3`, as SVG writes it.
  ///
  /// - Complexity: O(1), without allocating: a chart writes thousands.
  package var hex: String {
    String(unsafeUninitializedCapacity: 7) { text in
      let digits: StaticString = "0123456789abcdef"
      text[0] = UInt8(ascii: "#")
      for (i, part) in [red, green, blue].enumerated() {
        text[1 + 2 * i] = digits.utf8Start[Int(part >> 4)]
        text[2 + 2 * i] = digits.utf8Start[Int(part & 0xF)]
      }
      return 7
    }
  }
}

/// The chart's typeface at a size, regular or bold.
package struct Font: Hashable {
  package var size: Double
  package var bold = false
}

/// Where a text's `x` is: its start, its middle or its end.
package enum Anchor {
  case start, middle, end
}

/// Widths of texts as they will be drawn: the layout wraps and places labels with them.
package protocol TextMeasure {
  func width(_ text: String, _ font: Font) -> Double
}

/// A straight line from one point to another.
package typealias Segment = (from: Point, to: Point)

/// What the chart is drawn on: a PDF, an image or an SVG document. Text is placed on its
/// baseline and stays text.
package protocol Canvas {
  mutating func fill(_ rect: Rect, _ colour: Colour)
  mutating func line(
    from: Point, to: Point, _ colour: Colour, width: Double, dash: Double?)
  /// Lines of one colour and width, as one path: a page's grid is one operation, not hundreds.
  mutating func lines(_ segments: [Segment], _ colour: Colour, width: Double)
  mutating func polygon(_ points: [Point], fill: Colour?, stroke: Colour?, width: Double)
  mutating func text(_ text: String, at: Point, _ font: Font, _ colour: Colour, anchor: Anchor)
  /// Ends a page and starts the next (only a PDF has more than one).
  mutating func nextPage()
  /// The marks of one item follow, until `endItem`: an SVG keeps them as one element with the
  /// item's id, its status as a class and its status text as a tooltip; a PDF or PNG has no
  /// elements.
  mutating func beginItem(_ id: String, status: String, text: String)
  mutating func endItem()
  /// Marks that change with the plan but belong to no item follow, until `endPart`: the legend,
  /// the status date. An SVG for the meeting view keeps them as one element with the id.
  mutating func beginPart(_ id: String)
  mutating func endPart()
}

extension Canvas {
  package mutating func beginItem(_ id: String, status: String, text: String) {}
  package mutating func endItem() {}
  package mutating func beginPart(_ id: String) {}
  package mutating func endPart() {}
}
