/// Fitting text into columns of a fixed-width screen.
extension String {
  /// The columns the text takes: one per character. Counted without grapheme breaking when no
  /// combining marks can be present, which keeps a chart of 100,000 rows fast.
  public var columns: Int {
    var scalars = 0
    for scalar in unicodeScalars {
      if scalar.value >= 0x300 { return count }
      scalars += 1
    }
    return scalars
  }

  /// Pads with spaces or shortens with an ellipsis to exactly `width` characters.
  public func fitted(to width: Int, ascii: Bool = false) -> String {
    guard width > 0 else { return "" }
    let columns = self.columns
    if columns <= width {
      return columns == width ? self : self + String(repeating: " ", count: width - columns)
    }
    return String(prefix(width - 1)) + (ascii ? "~" : "…")
  }

  /// Shortened with an ellipsis to at most `width` characters, never padded.
  public func truncated(to width: Int, ascii: Bool = false) -> String {
    columns <= width ? self : String(prefix(max(0, width - 1))) + (ascii ? "~" : "…")
  }

  /// Control characters (terminal escapes among them) and bidirectional controls replaced, so
  /// user text printed to a screen is only ever text, in the order it was typed.
  public var inert: String {
    // Most text has no control characters at all: leave it as it is. The chart's colour
    // markers count as control characters here.
    func control(_ s: Unicode.Scalar) -> Bool {
      s.isHiddenControl || (0xE000...0xE00F).contains(s.value)
    }
    guard unicodeScalars.contains(where: control) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { control($0) ? "\u{FFFD}" : $0 }))
  }
}

extension String {
  /// Like `inert`, bidirectional controls replaced too, but keeps line breaks, CRLF ones too
  /// (an exported calendar on standard output must stay one): for whole blocks of output.
  public var screenSafe: String {
    // Most answers hold nothing to replace: one look, no copy.
    if !unicodeScalars.contains(where: { $0.isHiddenControl && $0 != "\n" }) { return self }
    let scalars = Array(unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      let lineBreak =
        scalar == "\n" || (scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
      out.append(scalar.isHiddenControl && !lineBreak ? "\u{FFFD}" : scalar)
    }
    return String(out)
  }
}

extension Unicode.Scalar {
  /// A control character (a terminal escape starts with one), or a line or paragraph
  /// separator, at which JavaScript and many editors break lines: what user text must not
  /// carry onto a screen or into a format read line by line.
  var isControlOrSeparator: Bool {
    isControl || (0x2028...0x2029).contains(value)
  }

  /// A bidirectional control: an embedding, override or isolate, or a direction mark. One of
  /// them shows a title's text, and everything after it on the line, in another order than
  /// it has ("Trojan Source").
  public var isBidiControl: Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// What must not reach a screen or a line-by-line format from user text: a control
  /// character, a line or paragraph separator, or a bidirectional control.
  public var isHiddenControl: Bool { isControlOrSeparator || isBidiControl }

  /// A C0 or C1 control character, or DEL.
  var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
