/// Scripts as editors on any system save them: Notepad starts them with a byte-order mark and
/// ends every line with CRLF, and neither may reach the tokenizer as part of a command.
public enum ScriptText {
  /// The lines of a whole script, a final newline giving a last empty line as before.
  ///
  /// Split at the newline byte: a line feed is a character of its own or ends a CRLF, whose
  /// return goes with it, so bytes find the lines characters would, without breaking a script
  /// of 150,000 lines into characters first. Read in one buffer: the generic `split` of a
  /// string's bytes cost more than the rest of reading the script.
  ///
  /// - Complexity: O(length of the text).
  public static func lines(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { all in
      // A byte-order mark is EF BB BF.
      let from = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var lines: [String] = []
      var start = from
      var i = from
      while i < all.count {
        if all[i] == UInt8(ascii: "\n") {
          // A line's CRLF leaves its CR, and a CR before it goes too, as before.
          lines.append(line(all, start..<i, returns: 2))
          start = i + 1
        }
        i += 1
      }
      lines.append(line(all, start..<all.count, returns: 1))
      return lines
    }
  }

  /// The bytes of `range` as a line, without up to `returns` carriage returns at its end.
  private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, returns: Int)
    -> String
  {
    var end = range.upperBound
    for _ in 0..<returns where end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)
  }

  /// One line read on its own, as from standard input; `first` when it opens the input.
  public static func line(_ line: String, first: Bool) -> String {
    withoutReturn(first ? withoutByteOrderMark(Substring(line)) : Substring(line))
  }

  static func withoutByteOrderMark(_ text: Substring) -> Substring {
    text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : text
  }

  /// A line whose CRLF a reader split at the LF alone still ends in CR.
  static func withoutReturn(_ line: Substring) -> String {
    line.utf8.last == UInt8(ascii: "\r") ? String(line.unicodeScalars.dropLast()) : String(line)
  }
}
