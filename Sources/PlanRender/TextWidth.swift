/// Fitting text into columns of a fixed-width screen.
extension String {
  /// Pads with spaces or shortens with an ellipsis to exactly `width` characters.
  public func fitted(to width: Int, ascii: Bool = false) -> String {
    guard width > 0 else { return "" }
    if count <= width { return self + String(repeating: " ", count: width - count) }
    return String(prefix(width - 1)) + (ascii ? "~" : "…")
  }

  /// Shortened with an ellipsis to at most `width` characters, never padded.
  public func truncated(to width: Int, ascii: Bool = false) -> String {
    count <= width ? self : String(prefix(max(0, width - 1))) + (ascii ? "~" : "…")
  }

  /// Control characters (terminal escapes among them) replaced, so user text printed to a
  /// screen is only ever text.
  public var inert: String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { s in
          s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? "\u{FFFD}" : s
        }))
  }
}

extension String {
  /// Like `inert`, but keeps line breaks: for whole blocks of output.
  public var screenSafe: String {
    split(separator: "\n", omittingEmptySubsequences: false).map { String($0).inert }
      .joined(separator: "\n")
  }
}
