import Testing

@testable import PlanJSON

struct JSONParserTests {
  @Test func readsEveryKindOfValue() throws {
    let value = try JSONParser.parse(
      #"{"a": [1, -2.5e1, true, false, null], "b": "x\n\u00e9\ud83d\ude00"}"#)
    #expect(
      value
        == .object([
          "a": .array([.int(1), .double(-25), .bool(true), .bool(false), .null]),
          "b": .string("x\né😀"),
        ]))
  }

  @Test func decodesEveryEscapeBesideTextAsItStands() throws {
    let value = try JSONParser.parse(
      #"["Perceel \"één\" \\ \/ \b\f\r\t → \u20AC \ud83d", "\uDE00 \u00E9x"]"#)
    #expect(
      value
        == .array([
          .string("Perceel \"één\" \\ / \u{8}\u{C}\r\t → € \u{FFFD}"), .string("\u{FFFD} éx"),
        ]))
  }

  @Test(arguments: [
    ("{", 1, 2), ("{\"a\" 1}", 1, 6), ("[1,]", 1, 4), ("{\"a\": 1}\n x", 2, 2), ("\"abc", 1, 5),
    ("{\"a\": 1, \"a\": 2}", 1, 10), ("01", 1, 2), ("[1.]", 1, 4), ("nul", 1, 1),
  ])
  func reportsWhereTheTextIsBroken(_ text: String, _ line: Int, _ column: Int) {
    do {
      _ = try JSONParser.parse(text)
      Issue.record("\(text) was accepted")
    } catch {
      #expect(
        error.line == line && error.column == column, "\(text): \(error.line):\(error.column)")
    }
  }

  @Test func roundTripsThroughTheWriter() throws {
    let value = JSONValue.object([
      "items": .array([
        .object(["id": .string("a\"b"), "n": .int(3)]), .object(["id": .string("\u{1}")]),
      ]),
      "title": .string("Café"),
    ])
    let text = JSONWriter.write(value)
    #expect(try JSONParser.parse(text) == value)
    #expect(text.contains(#"{"id": "a\"b", "n": 3}"#))
    #expect(text.contains(#"\u0001"#))
  }
}
