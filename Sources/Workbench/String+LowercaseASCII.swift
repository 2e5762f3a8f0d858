extension String {
  /// Whether every byte is ASCII and none an uppercase letter, read where the string keeps
  /// its bytes: the generic walk over `utf8` cost about 650 instructions for an id.
  ///
  /// - Complexity: O(n) in the bytes.
  var isLowercaseASCII: Bool {
    utf8.withContiguousStorageIfAvailable(Self.isLowercaseASCII)
      ?? utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
  }

  /// - Complexity: O(n) in the bytes.
  static func isLowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte >= 0x80 || byte &- 0x41 < 26 { return false }
    return true
  }
}
