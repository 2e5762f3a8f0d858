import PlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A strict JSON reader that says where a text is broken (line and column) and refuses
/// nesting deeper than any Planwerk file needs, so a hand-edited file cannot exhaust the stack.
/// It fills a `JSONDocument`'s token list in one pass over the bytes.
public struct JSONParser {
  public struct Failure: Error, Equatable, Sendable {
    public var message: Phrase
    public var line: Int
    public var column: Int
  }

  static let maxDepth = 64
  /// Objects with more members than this find duplicate keys with a set, not by comparing.
  static let scanLimit = 32

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var tokens: [JSONDocument.Token] = []
  private var index = 0

  /// The text as a tree of values.
  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    try JSONDocument.parse(text) { $0.value }
  }

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    tokens.reserveCapacity(bytes.count / 8 + 1)
  }

  mutating func document() throws(Failure) {
    skipSpace()
    try value(depth: 0)
    skipSpace()
    guard index == bytes.count else {
      throw failure(
        nl: "na het einde van het document staat nog tekst",
        en: "text after the end of the document")
    }
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

  private mutating func add(_ kind: JSONDocument.Kind, _ first: Int, _ second: Int) {
    tokens.append(JSONDocument.Token(first: Int32(first), second: Int32(second), kind: kind))
  }

  private mutating func value(depth: Int) throws(Failure) {
    guard depth < Self.maxDepth else {
      throw failure(nl: "te diep genest", en: "nested too deeply")
    }
    guard let b = current else {
      throw failure(nl: "het document houdt onverwacht op", en: "the document ends unexpectedly")
    }
    switch b {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "t"): try literal("true", .true)
    case UInt8(ascii: "f"): try literal("false", .false)
    case UInt8(ascii: "n"): try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default:
      throw failure(nl: "hier verwacht ik een waarde", en: "a value was expected here")
    }
  }

  private mutating func literal(_ word: StaticString, _ kind: JSONDocument.Kind) throws(Failure) {
    let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard index + w.count <= bytes.count, bytes[index..<index + w.count].elementsEqual(w) else {
      throw failure(nl: "hier verwacht ik een waarde", en: "a value was expected here")
    }
    add(kind, index, index + w.count)
    index += w.count
  }

  /// The messages are made only when `c` is missing: a session file closes a million
  /// containers, and writing the message for each was a tenth of opening it.
  private mutating func expect(
    _ c: UInt8, nl: @autoclosure () -> String, en: @autoclosure () -> String
  ) throws(Failure) {
    skipSpace()
    guard current == c else { throw failure(nl: nl(), en: en()) }
    index += 1
  }

  /// Sets a container's count and the index after its last token.
  /// After an element of an object or array: true at a ',' (another follows); at `bracket`,
  /// the container is closed.
  private mutating func another(_ bracket: UInt8, in container: Int, count: Int) throws(Failure)
    -> Bool
  {
    skipSpace()
    if current == UInt8(ascii: ",") {
      index += 1
      return true
    }
    let shown = { Character(Unicode.Scalar(bracket)) }
    try expect(
      bracket, nl: "hier verwacht ik ',' of '\(shown())'",
      en: "',' or '\(shown())' was expected here")
    close(container, count: count)
    return false
  }

  private mutating func close(_ container: Int, count: Int) {
    tokens[container].first = Int32(count)
    tokens[container].second = Int32(tokens.count)
  }

  private mutating func object(depth: Int) throws(Failure) {
    index += 1
    let container = tokens.count
    add(.object, 0, 0)
    var count = 0
    var keys: Set<String>?
    // While the keys come in ascending order, as Planwerk writes them, a new key greater than
    // the last one cannot repeat any: no comparing with all of them.
    var ascending = true
    var lastKey = -1
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      close(container, count: 0)
      return
    }
    while true {
      skipSpace()
      guard current == UInt8(ascii: "\"") else {
        throw failure(
          nl: "hier verwacht ik een sleutel tussen aanhalingstekens",
          en: "a quoted key was expected here")
      }
      let keyStart = index
      let key = tokens.count
      try string()
      ascending = ascending && (lastKey < 0 || follows(key, lastKey))
      lastKey = key
      if !ascending, try isDuplicate(key, in: container, count: count, keys: &keys) {
        index = keyStart
        let name = text(key)
        throw failure(nl: "sleutel '\(name)' staat er twee keer", en: "key '\(name)' appears twice")
      }
      try expect(UInt8(ascii: ":"), nl: "hier verwacht ik ':'", en: "':' was expected here")
      skipSpace()
      try value(depth: depth + 1)
      count += 1
      guard try another(UInt8(ascii: "}"), in: container, count: count) else {
        tokens[container].sortedKeys = ascending
        return
      }
    }
  }

  /// Whether the key just read repeats one of the `count` members before it.
  private func isDuplicate(_ key: Int, in container: Int, count: Int, keys: inout Set<String>?)
    throws(Failure) -> Bool
  {
    if count >= Self.scanLimit {
      if keys == nil {
        var all = Set<String>()
        var i = container + 1
        for _ in 0..<count {
          all.insert(text(i))
          i = next(i + 1)
        }
        keys = all
      }
      return !keys!.insert(text(key)).inserted
    }
    var i = container + 1
    for _ in 0..<count {
      if let order = order(i, key) {
        if order == 0 { return true }
      } else if text(i) == text(key) {
        return true
      }
      i = next(i + 1)
    }
    return false
  }

  /// Whether string token `new` sorts strictly after `old`.
  private func follows(_ new: Int, _ old: Int) -> Bool {
    (order(new, old) ?? 0) > 0
  }

  /// How two string tokens without escapes order, byte by byte: below, at or above zero.
  private func order(_ a: Int, _ b: Int) -> Int? {
    let (a, b) = (tokens[a], tokens[b])
    guard !a.escaped, !b.escaped else { return nil }
    let (na, nb) = (Int(a.second - a.first), Int(b.second - b.first))
    let order = memcmp(
      bytes.baseAddress! + Int(a.first), bytes.baseAddress! + Int(b.first), min(na, nb))
    return order != 0 ? Int(order) : na - nb
  }

  /// A string token's text.
  private func text(_ i: Int) -> String { tokens[i].text(in: bytes) }

  private func next(_ i: Int) -> Int { tokens[i].next(at: i) }

  private mutating func array(depth: Int) throws(Failure) {
    index += 1
    let container = tokens.count
    add(.array, 0, 0)
    var count = 0
    skipSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      close(container, count: 0)
      return
    }
    while true {
      skipSpace()
      try value(depth: depth + 1)
      count += 1
      guard try another(UInt8(ascii: "]"), in: container, count: count) else { return }
    }
  }

  /// Checks a string and adds its token; escapes are only checked here, decoded when read.
  private mutating func string() throws(Failure) {
    index += 1
    let start = index
    var escaped = false
    // Most strings have no escapes and no control characters: run to their quote.
    var i = index
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
      i += 1
    }
    index = i
    while let b = current {
      switch b {
      case UInt8(ascii: "\""):
        add(.string, start, index)
        tokens[tokens.count - 1].escaped = escaped
        index += 1
        return
      case UInt8(ascii: "\\"):
        escaped = true
        index += 1
        guard let e = current else { break }
        index += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          break
        case UInt8(ascii: "u"):
          guard index + 4 <= bytes.count, bytes[index..<index + 4].allSatisfy(\.isHexDigit) else {
            throw failure(nl: "\\u wil vier hexadecimale cijfers", en: "\\u needs four hex digits")
          }
          index += 4
        default:
          index -= 1
          throw failure(nl: "onbekende escape in tekst", en: "unknown escape in a string")
        }
      case 0..<0x20:
        throw failure(
          nl: "een regeleinde of stuurteken in tekst moet ge-escaped zijn",
          en: "a control character in a string must be escaped")
      default:
        index += 1
      }
    }
    throw failure(
      nl: "tekst zonder afsluitend aanhalingsteken", en: "a string without its closing quote")
  }

  /// The text of a string's bytes with its escapes, which `string()` has checked, decoded.
  static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Into one buffer of bytes, escapes written as UTF-8: a journal holds a quoted title in
    // every `perceel` command, and a string built scalar by scalar cost several times more.
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    func append(_ scalar: Unicode.Scalar) {
      UTF8.encode(scalar) { out.append($0) }
    }
    func hex4(_ i: Int) -> UInt32? {
      guard i + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for b in bytes[i..<i + 4] {
        guard let digit = hexDigit(b) else { return nil }
        value = value << 4 | digit
      }
      return value
    }
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      guard b == UInt8(ascii: "\\"), i < bytes.count else {
        out.append(b)
        continue
      }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard let high = hex4(i) else { break }
        i += 4
        if (0xD800..<0xDC00).contains(high), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
          bytes[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00..<0xE000).contains(low),
          let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        {
          i += 6
          append(s)
        } else {
          append(Unicode.Scalar(high) ?? "\u{FFFD}")
        }
      default: append(Unicode.Scalar(e))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private mutating func number() throws(Failure) {
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
    let whole = digits(&self)
    guard whole > 0 else {
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
    // Eighteen digits always fit an Int; longer integers are numbers, not integers.
    let fits =
      whole <= 18 || Int(String(decoding: bytes[start..<index], as: UTF8.self)) != nil
    add(isInteger && fits ? .int : .double, start, index)
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (48...57).contains(self) || (65...70).contains(self) || (97...102).contains(self)
  }
}
