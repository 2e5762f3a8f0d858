extension String {
  /// Text for HTML, SVG or XML: the markup characters as entities, and what may not stand in
  /// such text or would show it in another order than it has (control characters, U+FFFE,
  /// U+FFFF, direction controls) as `hidden`.
  ///
  /// - Complexity: O(length of the text).
  public func markupEscaped(hiddenAs hidden: String) -> String {
    // Most text (a date, an id, a number) has nothing to escape: one look, no copy.
    guard unicodeScalars.contains(where: \.isEscapedInMarkup) else { return self }
    var out = ""
    out.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case _ where scalar.isHiddenInMarkup: out += hidden
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The text as a page reads it back from `markupEscaped(hiddenAs:)`, the id of an element
  /// as the page finds it.
  ///
  /// - Complexity: O(length).
  public func markupShown(hiddenAs hidden: String) -> String {
    guard unicodeScalars.contains(where: \.isHiddenInMarkup) else { return self }
    var out = ""
    for scalar in unicodeScalars {
      if scalar.isHiddenInMarkup { out += hidden } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}

extension Unicode.Scalar {
  /// What markup shows as a placeholder: control characters, direction controls (which would
  /// show the page's text in another order than it has) and non-characters.
  var isHiddenInMarkup: Bool {
    isControl || isBidiControl || value == 0xFFFE || value == 0xFFFF
  }

  /// What markup writes otherwise than as it is: the markup characters and what it hides.
  var isEscapedInMarkup: Bool {
    switch self {
    case "&", "<", ">", "\"", "'": true
    default: isHiddenInMarkup
    }
  }
}
