import PlanKit
import Testing

@testable import PlanJSON

struct JSONStreamTests {
  @Test func writesWhatTheWriterWritesForTheSameDocument() {
    var stream = JSONStream()
    stream.beginObject()
    stream.member("a", .string("x \"quoted\"\n"))
    stream.beginArray("empty")
    stream.endArray()
    stream.beginArray("lines")
    stream.line { line in
      line.add("day", Day(year: 2024, month: 1, day: 1)!)
      line.add("flag", true)
      line.add("n", 42)
    }
    stream.line { $0.add("s", "é") }
    stream.endArray()
    stream.beginObject("nested")
    stream.member("settings", .object(["b": .bool(false), "a": .int(1)]))
    stream.endObject()
    stream.endObject()
    let tree = JSONValue.object([
      "a": .string("x \"quoted\"\n"), "empty": .array([]),
      "lines": .array([
        .object(["day": .string("2024-01-01"), "flag": .bool(true), "n": .int(42)]),
        .object(["s": .string("é")]),
      ]),
      "nested": .object(["settings": .object(["a": .int(1), "b": .bool(false)])]),
    ])
    #expect(stream.finish() == JSONWriter.write(tree))
  }
}
