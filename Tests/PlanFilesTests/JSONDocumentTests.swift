import Testing

@testable import PlanJSON

struct JSONDocumentTests {
  @Test func findsMembersInAnyOrderFromTheCursor() throws {
    try JSONDocument.parse(#"{"a": 1, "b": [2, {"c": 3}], "d": "x", "e\u0041": true}"#) {
      Self.findMembers(in: $0)
    }
  }

  static func findMembers(in root: JSONNode) {
    var cursor = JSONNode.Cursor()
    #expect(root.member("d", from: &cursor)?.value.string == "x")
    #expect(root.member("a", from: &cursor)?.value.int == 1)
    #expect(root.member("eA", from: &cursor)?.value.bool == true)
    #expect(root.member("zz", from: &cursor) == nil)
    let b = root.member("b", from: &cursor)
    #expect(b?.ordinal == 1)
    #expect(b?.value.elements.map(\.typeName) == ["number", "object"])
    #expect(root.keys == ["a", "b", "d", "eA"])
  }

  /// Keys in ascending order, as Planwerk writes them: found in any order, and absent keys
  /// before, between and after the cursor known to be absent; an unsorted object alike.
  @Test(arguments: [
    #"{"a": 1, "c": 2, "e": 3, "g": 4, "gg": 5}"#, #"{"gg": 5, "e": 3, "a": 1, "g": 4, "c": 2}"#,
  ])
  func findsAndMissesKeysWhereverTheCursorIs(_ text: String) throws {
    try JSONDocument.parse(text) { root in
      var cursor = JSONNode.Cursor()
      let asked: [(String, Int?)] = [
        ("e", 3), ("a", 1), ("b", nil), ("f", nil), ("g", 4), ("c", 2), ("z", nil), ("", nil),
        ("gg", 5), ("g", 4), ("ga", nil), ("a", 1), ("0", nil), ("e", 3), ("d", nil), ("gg", 5),
        ("ggg", nil), ("c", 2),
      ]
      for (key, value) in asked {
        #expect(root.member(key, from: &cursor)?.value.int == value, "\(key)")
      }
    }
  }

  @Test func makesStringsWithTheirEscapesDecoded() throws {
    let strings = try JSONDocument.parse(#"["a\"b\\c\/\n\t\u00e9\ud83d\ude00", "plain"]"#) {
      $0.elements.map(\.string)
    }
    #expect(strings == ["a\"b\\c/\n\té😀", "plain"])
  }

  @Test func keepsIntegersTooLargeForAnIntAsNumbers() throws {
    let (kinds, first) = try JSONDocument.parse(
      "[123456789012345678, 99999999999999999999, -0, 1.5]"
    ) { ($0.elements.map(\.kind), Array($0.elements)[0].int) }
    #expect(kinds == [.int, .double, .int, .double])
    #expect(first == 123_456_789_012_345_678)
  }

  @Test func findsARepeatedKeyInObjectsLargeAndUnsorted() {
    let many = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    for text in [
      #"{"b": 1, "a": 2, "b": 3}"#, #"{"a": 1, "b": 2, "a": 3}"#, "{\(many), \"k7\": 0}",
      #"{"a\u0062": 1, "ab": 2}"#,
    ] {
      #expect(throws: JSONParser.Failure.self, "\(text)") { try JSONParser.parse(text) }
    }
    #expect(throws: Never.self) { try JSONParser.parse("{\(many)}") }
  }

  @Test func turnsIntoTheSameTreeAsItsText() throws {
    let text = #"{"a": [1, -2.5e1, true, false, null], "b": {"c": "d"}, "e": []}"#
    let value = try JSONDocument.parse(text) { $0.value }
    #expect(JSONWriter.write(value) == JSONWriter.write(try JSONParser.parse(text)))
    #expect(
      value
        == .object([
          "a": .array([.int(1), .double(-25), .bool(true), .bool(false), .null]),
          "b": .object(["c": .string("d")]), "e": .array([]),
        ]))
  }
}
