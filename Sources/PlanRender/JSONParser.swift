import PlanKit

/// A strict JSON reader that says where a file is broken (line and column) and refuses
/// nesting deeper than any Planwerk file needs, so a hand-edited file cannot exhaust the stack.
public struct JSONParser {
  public struct Failure: Error, Equatable, Sendable {
    public var message: Phrase
    public var line: Int
    public var column: Int
  }

  static let maxDepth = 64

  private let bytes: [UInt8]
  private var index = 0

  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes: Array(text.utf8))
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.index == parser.bytes.count else {
      throw parser.failure(
        nl: "na het einde van het document staat nog tekst",
        en: "text after the end of the document")
    }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private func failure(nl: String, en: String) -> Failure {
    var line = 1
    var column = 1
    for b in bytes[..<min(index, bytes.count)] {
      if b == 10 {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Failure(message: Phrase(nl: nl, en: en), line: line, column: column)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let b = current, b == 32 || b == 9 || b == 10 || b == 13 { index += 1 }
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONValue {
    guard depth < Self.maxDepth else {
      throw failure(nl: "te diep genest", en: "nested too deeply")
    }
    guard let b = current else {
      throw failure(nl: "het document houdt onverwacht op", en: "the document ends unexpectedly")
    }
    switch b {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default:
      throw failure(nl: "hier verwacht ik een waarde", en: "a value was expected here")
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws(Failure) -> JSONValue {
    let w = Array(word.utf8)
    guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
      throw failure(nl: "hier verwacht ik een waarde", en: "a value was expected here")
    }
    index += w.count
    return value
  }

  private mutating func expect(_ c: UInt8, nl: String, en: String) throws(Failure) {
    skipSpace()
    guard current == c else { throw failure(nl: nl, en: en) }
    index += 1
  }

  private mutating func object(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    var members = JSONObject()
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard current == UInt8(ascii: "\"") else {
        throw failure(
          nl: "hier verwacht ik een sleutel tussen aanhalingstekens",
          en: "a quoted key was expected here")
      }
      let keyStart = index
      let key = try string()
      guard members.index(of: key) == nil else {
        index = keyStart
        throw failure(nl: "sleutel '\(key)' staat er twee keer", en: "key '\(key)' appears twice")
      }
      try expect(UInt8(ascii: ":"), nl: "hier verwacht ik ':'", en: "':' was expected here")
      skipSpace()
      members.append(key, try value(depth: depth + 1))
      skipSpace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(
        UInt8(ascii: "}"), nl: "hier verwacht ik ',' of '}'", en: "',' or '}' was expected here")
      return .object(members)
    }
  }

  private mutating func array(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    var values: [JSONValue] = []
    skipSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(values)
    }
    while true {
      skipSpace()
      values.append(try value(depth: depth + 1))
      skipSpace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(
        UInt8(ascii: "]"), nl: "hier verwacht ik ',' of ']'", en: "',' or ']' was expected here")
      return .array(values)
    }
  }

  private mutating func string() throws(Failure) -> String {
    index += 1
    // Most strings have no escapes: make them from their bytes in one go.
    var end = index
    while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
      bytes[end] >= 0x20
    {
      end += 1
    }
    if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
      defer { index = end + 1 }
      return String(decoding: bytes[index..<end], as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    var raw: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
      raw.removeAll(keepingCapacity: true)
    }
    while let b = current {
      switch b {
      case UInt8(ascii: "\""):
        index += 1
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        index += 1
        guard let e = current else { break }
        index += 1
        switch e {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
        default:
          index -= 1
          throw failure(nl: "onbekende escape in tekst", en: "unknown escape in a string")
        }
      case 0..<0x20:
        throw failure(
          nl: "een regeleinde of stuurteken in tekst moet ge-escaped zijn",
          en: "a control character in a string must be escaped")
      default:
        raw.append(b)
        index += 1
      }
    }
    throw failure(
      nl: "tekst zonder afsluitend aanhalingsteken", en: "a string without its closing quote")
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count,
      let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw failure(nl: "\\u wil vier hexadecimale cijfers", en: "\\u needs four hex digits") }
    index += 4
    return v
  }

  private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
    let high = try hex4()
    if (0xD800..<0xDC00).contains(high), current == UInt8(ascii: "\\"),
      index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
    {
      index += 2
      let low = try hex4()
      if (0xDC00..<0xE000).contains(low),
        let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
      {
        return s
      }
    }
    return Unicode.Scalar(high) ?? "\u{FFFD}"
  }

  private mutating func number() throws(Failure) -> JSONValue {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0"), index + 1 < bytes.count, (48...57).contains(bytes[index + 1]) {
      index += 1
      throw failure(
        nl: "een getal begint niet met een nul", en: "a number does not start with a zero")
    }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.index
      while let b = p.current, (48...57).contains(b) { p.index += 1 }
      return p.index - s
    }
    guard digits(&self) > 0 else {
      throw failure(nl: "een getal wil cijfers", en: "a number needs digits")
    }
    var isInteger = true
    if current == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      guard digits(&self) > 0 else {
        throw failure(nl: "cijfers na de punt ontbreken", en: "digits after the point are missing")
      }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      isInteger = false
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else {
        throw failure(nl: "de exponent mist cijfers", en: "the exponent needs digits")
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let n = Int(text) { return .int(n) }
    return .double(Double(text) ?? .nan)
  }
}
