extension String {
  /// Without the spaces and tabs around it: a journal keeps the command, not its margins.
  ///
  /// - Complexity: O(1) for a text that starts and ends with no margin; O(n) otherwise.
  var trimmedWhitespace: String {
    // A margin is one of four ASCII characters, so when neither end's byte is one the text
    // has none; that is most lines, asked at every command.
    func isMargin(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
    guard let firstByte = utf8.first, let lastByte = utf8.last else { return "" }
    if !isMargin(firstByte) && !isMargin(lastByte) { return self }
    if let trimmed = asciiTrimmed(isMargin) { return trimmed }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}

extension String {
  /// The text without the margin bytes around it when it is ASCII without a CR LF pair, where
  /// each byte is a character; nil for any other text, which the characters must trim.
  ///
  /// - Complexity: O(n).
  private func asciiTrimmed(_ isMargin: (UInt8) -> Bool) -> String? {
    let utf8 = self.utf8
    var previous: UInt8 = 0
    for byte in utf8 {
      if byte >= 0x80 || (previous == 0x0D && byte == 0x0A) { return nil }
      previous = byte
    }
    guard let first = utf8.firstIndex(where: { !isMargin($0) }),
      let last = utf8.lastIndex(where: { !isMargin($0) })
    else { return "" }
    return String(self[first...last])
  }
}
