extension String {
  /// The text on one line for a format with a grammar of its own: the characters the format
  /// reads replaced, control characters, bidirectional controls and line breaks made spaces,
  /// runs of spaces made one; `empty` when nothing is left.
  func singleLine(replacing table: [Unicode.Scalar: String], empty: String = "-") -> String {
    let cleaned = unicodeScalars.map { scalar -> String in
      if let replacement = table[scalar] { return replacement }
      return scalar.isHiddenControl ? " " : String(scalar)
    }.joined()
    let words = cleaned.split(separator: " ", omittingEmptySubsequences: true)
    return words.isEmpty ? empty : words.joined(separator: " ")
  }
}
