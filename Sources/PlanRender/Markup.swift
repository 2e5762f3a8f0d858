extension String {
  /// Text for HTML, SVG or XML: the markup characters as entities, and what may not stand in
  /// such text or would show it in another order than it has (control characters, U+FFFE,
  /// U+FFFF, direction controls) as `hidden`.
  ///
  /// - Complexity: O(length of the text).
  public func markupEscaped(hiddenAs hidden: String) -> String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case _
      where scalar.isControl || scalar.isBidiControl || scalar.value == 0xFFFE
        || scalar.value == 0xFFFF:
        out += hidden
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
