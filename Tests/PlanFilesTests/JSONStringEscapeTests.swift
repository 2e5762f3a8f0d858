import Testing

@testable import PlanJSON

/// Strings are copied in runs between the bytes that need an escape: the text written is the
/// one the byte-by-byte escape wrote, and it reads back as the string.
struct JSONStringEscapeTests {
  /// The escape as the writer made it byte by byte before it copied runs.
  static func byteByByte(_ s: String) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for byte in s.utf8 {
      switch byte {
      case 0x22: out += Array("\\\"".utf8)
      case 0x5C: out += Array("\\\\".utf8)
      case 0x0A: out += Array("\\n".utf8)
      case 0x0D: out += Array("\\r".utf8)
      case 0x09: out += Array("\\t".utf8)
      case _ where byte < 0x20 || byte == 0x7F:
        let hex = String(byte, radix: 16)
        out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default: out.append(byte)
      }
    }
    out.append(0x22)
    return out
  }

  static let pieces = [
    "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1B}", "\u{1F}", "\u{7F}", "é", "ë",
    "→", "€", "中文", "👩\u{200D}💻", "\u{202E}", "\u{80}", "\u{9F}", " ", "~", "a",
  ]

  /// Every piece at every offset around the eight-byte words, and two pieces together.
  static var strings: [String] {
    var strings = ["", "Start uitvoering — Route 1", "2026-12-03T10:00:00Z"]
    for piece in pieces {
      for offset in 0...17 {
        let before = String(repeating: "x", count: offset)
        strings.append(before + piece)
        strings.append(before + piece + "yyyyyyyyyyy")
        for other in pieces { strings.append(before + piece + "zzzzzzzz" + other + "q") }
      }
    }
    return strings
  }

  @Test func writesStringsAsTheByteByByteEscapeDidAndReadsThemBack() throws {
    for string in Self.strings {
      var out: [UInt8] = []
      JSONWriter.writeString(string, into: &out)
      #expect(out == Self.byteByByte(string), "\(string.debugDescription)")
      let read = try JSONParser.parse(String(decoding: out, as: UTF8.self))
      #expect(read == .string(string), "\(string.debugDescription)")
    }
  }

  /// The word test says yes exactly when one of its bytes needs an escape, whatever byte
  /// stands at whatever place among plain ASCII, UTF-8 beyond it, or escapes.
  @Test func theWordTestAgreesWithTheByteTestAtEveryPlace() {
    for filler: UInt8 in [0x61, 0x20, 0x7E, 0x80, 0xC3, 0xFF, 0x21, 0x23, 0x5B, 0x5D] {
      for place in 0..<8 {
        for value in UInt8.min...UInt8.max {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = value
          let word = bytes.enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * $1.offset)
          }
          #expect(
            JSONEscapeScan.needsEscape(word) == bytes.contains(where: JSONEscapeScan.needsEscape),
            "byte \(value) at \(place) among \(filler)")
        }
      }
    }
  }
}
