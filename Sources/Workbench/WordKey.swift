/// A short ASCII word lowercased and packed into two integers: command names and keywords are
/// looked up by it on every line, where a `String` would be lowercased into a new string and
/// hashed with SipHash for each word.
struct WordKey: Comparable, Sendable {
  /// The bytes in order, first byte highest, so that keys sort as their words do; unused bytes
  /// are zero, and the last byte is the word's length, so that a NUL in a word does not make it
  /// another word's key.
  let high: UInt64
  let low: UInt64

  /// The longest word a key holds, in bytes.
  static let capacity = 15

  /// The key of an ASCII word of at most 15 bytes, lowercased as `String.lowercased()`
  /// lowercases ASCII; nil for any other word.
  ///
  /// - Complexity: O(1): at most 15 bytes are read.
  init?(_ word: String) {
    let utf8 = word.utf8
    guard (1...Self.capacity).contains(utf8.count),
      let key = utf8.withContiguousStorageIfAvailable(Self.init(bytes:))
    else { return nil }
    guard let key else { return nil }
    self = key
  }

  /// The key of 1 to 15 bytes of ASCII; nil for any other bytes.
  ///
  /// - Complexity: O(1): the bytes are copied into two integers and read eight at a time.
  init?(bytes: UnsafeBufferPointer<UInt8>) {
    let count = bytes.count
    guard (1...Self.capacity).contains(count), let base = bytes.baseAddress else { return nil }
    var chunks: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &chunks) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
    let (high, low) = (UInt64(bigEndian: chunks.0), UInt64(bigEndian: chunks.1))
    guard (high | low) & Self.highBits == 0 else { return nil }
    self.high = Self.lowercased(high)
    self.low = Self.lowercased(low) | UInt64(count)
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Eight ASCII bytes with A to Z made a to z: a byte's high bit, free in ASCII, says whether
  /// it is at least `A` and whether it is past `Z`.
  private static func lowercased(_ bytes: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let atLeastA = (bytes &+ ones &* (0x80 - 0x41)) & highBits
    let pastZ = (bytes &+ ones &* (0x80 - 0x5B)) & highBits
    return bytes | ((atLeastA & ~pastZ) >> 2)
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
