/// Scripts as editors on any system save them: Notepad starts them with a byte-order mark and
/// ends every line with CRLF, and neither may reach the tokenizer as part of a command.
public enum ScriptText {
  /// The lines of a whole script, a final newline giving a last empty line as before.
  ///
  /// Split at the newline byte: a line feed is a character of its own or ends a CRLF, whose
  /// return goes with it, so bytes find the lines characters would, without breaking a script
  /// of 150,000 lines into characters first.
  ///
  /// - Complexity: O(length of the text).
  public static func lines(_ text: String) -> [String] {
    let body = withoutByteOrderMark(Substring(text))
    let parts = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    return parts.indices.map { p in
      var line = Substring(parts[p])
      if p < parts.count - 1, line.utf8.last == UInt8(ascii: "\r") {
        line = Substring(line.unicodeScalars.dropLast())
      }
      return withoutReturn(line)
    }
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
