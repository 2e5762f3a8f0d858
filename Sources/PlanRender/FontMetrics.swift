/// Widths of texts in DejaVu Sans from the font's own advance widths, without a font library:
/// the HTML page lays its chart out with them in the pure core, and the browser draws it in
/// the same font. Kerning is left out, which makes a text a little wider, never narrower, than
/// drawn: a label measured here fits its column. A character outside the table counts as wide
/// as a digit, or as a full em when it is East Asian.
package struct FontMetrics: TextMeasure {
  package init() {}

  /// - Complexity: O(characters).
  package func width(_ text: String, _ font: Font) -> Double {
    let table = font.bold ? DejaVuWidths.bold : DejaVuWidths.regular
    let punctuation = font.bold ? DejaVuWidths.boldPunctuation : DejaVuWidths.regularPunctuation
    var units = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let index = Int(value) - Int(DejaVuWidths.first)
      if index >= 0 && index < table.count {
        units += Int(table[index])
      } else if let width = punctuation[value] {
        units += Int(width)
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        units += value >= 0x2E80 ? 2048 : Int(table[Int(("0" as Unicode.Scalar).value) - 0x20])
      }
    }
    return Double(units) * font.size / 2048
  }
}
