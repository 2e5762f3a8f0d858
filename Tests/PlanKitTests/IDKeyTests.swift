import Testing

@testable import PlanKit

/// The index's keys: equal as their ids are, with bits folded from the bytes however long.
struct IDKeyTests {
  /// The fold byte by byte, as the table's bits must come out: the reference for the tail
  /// read as one word.
  static func reference(_ id: String) -> UInt64? {
    let bytes = Array(id.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    var h = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
    for start in stride(from: 0, to: bytes.count, by: 8) {
      var word: UInt64 = 0
      for (shift, byte) in bytes[start..<min(start + 8, bytes.count)].enumerated() {
        word |= UInt64(byte) << UInt64(8 * shift)
      }
      h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 29
    }
    return h
  }

  @Test func foldsIdsOfEveryLengthAsTheBytesSay() {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789.-_")
    var generator = SystemRandomNumberGenerator()
    for length in 0...40 {
      for _ in 0..<20 {
        let id = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        #expect(IDKey.bits(of: id) == Self.reference(id), "\(id)")
      }
    }
  }

  @Test func findsEqualIdsHoweverTheyWereMade() {
    let typed = "l2500.inkoopprocedure"
    let built = ["l2500", "inkoopprocedure"].joined(separator: ".")
    #expect(IDKey(typed) == IDKey(built))
    #expect(IDKey(typed).hashValue == IDKey(built).hashValue)
    #expect(IDKey(typed) != IDKey("l2500.inkoopprocedurf"))
    // Canonically equivalent ids that are not ASCII are one key, as strings are.
    #expect(IDKey("r1.café") == IDKey("r1.cafe\u{301}"))
    #expect(IDKey("r1.café").hashValue == IDKey("r1.cafe\u{301}").hashValue)
  }

  @Test func keepsATableOfManyIdsAsADictionaryWould() {
    var table: IDTable<Int> = [:]
    var dictionary: [String: Int] = [:]
    for n in 0..<5_000 {
      let id = "l\(n % 700).fase\(n)"
      table[id] = n
      dictionary[id] = n
    }
    for n in stride(from: 0, to: 5_000, by: 3) { table["l\(n % 700).fase\(n)"] = nil }
    for n in stride(from: 0, to: 5_000, by: 3) { dictionary["l\(n % 700).fase\(n)"] = nil }
    #expect(table.mapValues { $0 } == dictionary)
    #expect(table["l1.fase1"] == 1)
    #expect(table["l1.fase0"] == nil)
  }
}
