/// A short ASCII word lowercased and packed into two integers: command names and keywords are
/// looked up by it on every line, where a `String` would be lowercased into a new string and
/// hashed with SipHash for each word.
struct WordKey: Comparable, Sendable {
  /// The bytes in order, first byte highest, so that keys sort as their words do; unused bytes
  /// are zero, which no word the key is made of holds.
  let high: UInt64
  let low: UInt64

  /// The longest word a key holds, in bytes.
  static let capacity = 16

  /// The key of an ASCII word of at most 16 bytes without a NUL, lowercased as
  /// `String.lowercased()` lowercases ASCII; nil for any other word.
  ///
  /// - Complexity: O(1): at most 16 bytes are read.
  init?(_ word: String) {
    let utf8 = word.utf8
    guard (1...Self.capacity).contains(utf8.count),
      let key = utf8.withContiguousStorageIfAvailable(Self.init(bytes:))
    else { return nil }
    guard let key else { return nil }
    self = key
  }

  /// The key of at most 16 bytes of ASCII without a NUL; nil for any other bytes.
  ///
  /// - Complexity: O(1): at most 16 bytes are read.
  init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard (1...Self.capacity).contains(bytes.count) else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      guard byte != 0, byte < 0x80 else { return nil }
      let lowered = UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
      if index < 8 {
        high |= lowered << (56 - 8 * index)
      } else {
        low |= lowered << (56 - 8 * (index - 8))
      }
    }
    (self.high, self.low) = (high, low)
  }

  /// The first byte, lowercased.
  var first: UInt8 { UInt8(truncatingIfNeeded: high >> 56) }

  static func < (a: Self, b: Self) -> Bool {
    (a.high, a.low) < (b.high, b.low)
  }
}

/// Values found by a `WordKey`: sorted once, searched by halves.
struct WordKeyTable<Value: Sendable>: Sendable {
  private let keys: [WordKey]
  private let values: [Value]
  /// Which first bytes the keys have, a bit each: most words of a line start with none of
  /// them and are turned away before the search.
  private let firstBytes: (UInt64, UInt64)

  /// The entries in order; of two with the same key the last one counts, as it would in a
  /// dictionary filled in that order.
  ///
  /// - Complexity: O(n log n).
  init(_ entries: [(WordKey, Value)]) {
    var last: [Int] = []
    let order = entries.indices.sorted {
      entries[$0].0 < entries[$1].0 || (entries[$0].0 == entries[$1].0 && $0 < $1)
    }
    for index in order {
      if let previous = last.last, entries[previous].0 == entries[index].0 {
        last[last.count - 1] = index
      } else {
        last.append(index)
      }
    }
    keys = last.map { entries[$0].0 }
    values = last.map { entries[$0].1 }
    var firstBytes: (UInt64, UInt64) = (0, 0)
    for key in keys {
      if key.first < 64 {
        firstBytes.0 |= 1 << key.first
      } else {
        firstBytes.1 |= 1 << (key.first - 64)
      }
    }
    self.firstBytes = firstBytes
  }

  /// - Complexity: O(log n).
  subscript(key: WordKey) -> Value? {
    let first = key.first
    guard (first < 64 ? firstBytes.0 >> first : firstBytes.1 >> (first - 64)) & 1 == 1 else {
      return nil
    }
    var (lower, upper) = (0, keys.count)
    while lower < upper {
      let middle = (lower + upper) / 2
      if keys[middle] < key {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    return lower < keys.count && keys[lower] == key ? values[lower] : nil
  }
}
