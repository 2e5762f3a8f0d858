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
  ///
  /// - Complexity: O(1) for a text of at most `width` bytes, which takes no more columns than
  ///   it has bytes; O(n) otherwise.
  public func truncated(to width: Int, ascii: Bool = false) -> String {
    if utf8.count <= width { return self }
    return columns <= width ? self : String(prefix(max(0, width - 1))) + (ascii ? "~" : "…")
  }

  /// Control characters (terminal escapes among them) and bidirectional controls replaced, so
  /// user text printed to a screen is only ever text, in the order it was typed.
  ///
  /// - Complexity: O(n).
  public var inert: String {
    // Most text has no control characters at all: leave it as it is, which one look at the
    // bytes says. The chart's colour markers count as control characters here.
    if !mayHoldHiddenControl() { return self }
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
    // Most answers hold nothing to replace: one look at the bytes, no copy.
    if !mayHoldHiddenControl(lineFeed: true) { return self }
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

extension String {
  /// Whether the text may hold a scalar that `isHiddenControl` picks or a chart's colour
  /// marker (U+E000–U+E00F), a tab and a line feed left out when allowed: one pass over the
  /// UTF-8 bytes, which answers no for almost every text faster than a look at each scalar
  /// does. A yes is a maybe, for the scalars to settle.
  ///
  /// - Complexity: O(n) in the bytes.
  public func mayHoldHiddenControl(tab: Bool = false, lineFeed: Bool = false) -> Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      let raw = UnsafeRawPointer(base)
      let n = bytes.count
      var i = 0
      while i < n {
        // Eight bytes at a time while they are printable ASCII, which almost all text is;
        // a word that is not goes byte by byte, its last lead byte looking past its end.
        if n - i >= 8 && PrintableASCII.holds(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        {
          i += 8
          continue
        }
        let stop = Swift.min(i + 8, n)
        while i < stop {
          let byte = base[i]
          i += 1
          if byte >= 0x20 && byte < 0x7F { continue }
          if byte < 0x80 {
            if (byte == 0x09 && tab) || (byte == 0x0A && lineFeed) { continue }
            return true
          }
          // Lead bytes only: a continuation byte (0x80–0xBF) is none of these.
          let next = i < n ? base[i] : 0
          let third = i + 1 < n ? base[i + 1] : 0
          switch byte {
          case 0xC2 where (0x80...0x9F).contains(next): return true  // U+0080–U+009F
          case 0xD8 where next == 0x9C: return true  // U+061C
          case 0xE2 where next == 0x80 && (third == 0x8E || third == 0x8F): return true
          case 0xE2 where next == 0x80 && (0xA8...0xAE).contains(third): return true
          case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return true
          case 0xEE where next == 0x80 && (0x80...0x8F).contains(third): return true
          default: continue
          }
        }
      }
      return false
    } ?? true
  }
}

/// Eight bytes at once: whether all are printable ASCII (0x20–0x7E).
enum PrintableASCII {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// - Complexity: O(1).
  @inline(__always)
  static func holds(_ word: UInt64) -> Bool {
    // A high bit: beyond ASCII. With none, adding one sets it only in DEL (0x7F), and taking
    // 0x20 away sets it, where the byte's own is clear, only below 0x20 (a borrow reaches no
    // byte above one that flagged already). The byte order does not matter: all eight count.
    let beyond = word | (word &+ ones)
    let below = (word &- 0x20 &* ones) & ~word
    return (beyond | below) & highs == 0
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
