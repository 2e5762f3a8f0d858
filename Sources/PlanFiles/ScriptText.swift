/// Scripts as editors on any system save them: Notepad starts them with a byte-order mark and
/// ends every line with CRLF, and neither may reach the tokenizer as part of a command.
public enum ScriptText {
  /// The lines of a whole script, a final newline giving a last empty line as before.
  public static func lines(_ text: String) -> [String] {
    withoutByteOrderMark(Substring(text))
      .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
      .map { withoutReturn($0) }
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
    line.unicodeScalars.last == "\r" ? String(line.unicodeScalars.dropLast()) : String(line)
  }
}
