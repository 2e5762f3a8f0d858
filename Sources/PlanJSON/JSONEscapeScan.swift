/// Finds the bytes a JSON string must escape eight at a time: almost every string a session
/// holds (commands, titles, times, change records) has none, and is then copied whole.
enum JSONEscapeScan {
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether one of the eight bytes of `word` needs an escape: a control character (below
  /// 0x20), `"`, `\` or DEL. A byte of 0x80 and up (UTF-8 beyond ASCII) never does.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool {
    // On the low seven bits of each byte no sum below carries into the next byte: adding
    // 0x7F sets a byte's high bit unless the byte is zero, so after an exclusive or with
    // `"`, `\` or DEL the bit is clear exactly where the byte was that character; adding
    // 0x60 sets it from 0x20 up. A byte that keeps it clear in every sum needs an escape,
    // unless its own high bit was set.
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    let fine =
      ((low ^ 0x2222_2222_2222_2222) &+ 0x7F7F_7F7F_7F7F_7F7F)
      & ((low ^ 0x5C5C_5C5C_5C5C_5C5C) &+ 0x7F7F_7F7F_7F7F_7F7F)
      & ((low ^ 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F)
      & (low &+ 0x6060_6060_6060_6060)
    return ~(fine | word) & highs != 0
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
