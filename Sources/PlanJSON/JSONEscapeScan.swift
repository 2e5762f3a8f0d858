/// Finds the bytes a JSON string must escape eight at a time: almost every string a session
/// holds (commands, titles, times, change records) has none, and is then copied whole.
enum JSONEscapeScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether one of the eight bytes of `word` needs an escape: a control character (below
  /// 0x20), `"`, `\` or DEL. A byte of 0x80 and up (UTF-8 beyond ASCII) never does, and sets
  /// no flag: each test below only flags a byte whose own high bit is clear.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool {
    // A borrow only leaves a byte that already flagged one below it, so the tests are exact
    // as a whole, if not byte by byte.
    let below20 = (word &- 0x20 &* ones) & ~word
    return
      (below20 | zero(word ^ (0x22 &* ones)) | zero(word ^ (0x5C &* ones))
      | zero(word ^ (0x7F &* ones))) & highs != 0
  }

  /// The high bit of each byte that is zero (and of some bytes above one that is).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  private static func zero(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word
  }

  /// Whether the byte needs an escape in a JSON string.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
  }

  /// The index of the first byte from `start` on that needs an escape, or the count.
  ///
  /// - Complexity: O(n) in the bytes after `start`, eight at a time.
  static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = bytes.count
    var index = start
    if let base = bytes.baseAddress, count - start >= 8 {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        if needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { break }
        index += 8
      }
      // The last bytes as the word that ends with them, read again in part: a string whose
      // end needs no escape needs no look at its bytes one by one.
      if index + 8 > count,
        !needsEscape(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      {
        return count
      }
    }
    while index < count && !needsEscape(bytes[index]) { index += 1 }
    return index
  }
}
