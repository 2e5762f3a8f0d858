import PlanKit

/// Splits a command line into words. Double quotes (also „…” and “…”) hold a name with
/// spaces; inside "…" a doubled quote `""` or an escaped one `\"` stands for one, and inside
/// „…” or “…” a straight quote is just a character (`\"` one too). Any other backslash is
/// itself. An unquoted `#` at the start of a word begins a comment.
public enum Tokenizer {
  static let openers: [Character: Character] = ["\"": "\"", "“": "”", "„": "”", "”": "”"]

  /// - Complexity: O(line).
  public static func words(_ line: String) throws(PlanError) -> [Word] {
    try scan(line).words
  }

  /// The words, and whether the line is ASCII (without a CR LF pair): its words then need no
  /// look at their bytes to say they are.
  ///
  /// - Complexity: O(line).
  static func scan(_ line: String) throws(PlanError) -> (words: [Word], ascii: Bool) {
    if let words = try asciiWords(line) { return (words, true) }
    return (try characterWords(line), false)
  }

  /// Any line, read character by character.
  static func characterWords(_ line: String) throws(PlanError) -> [Word] {
    var words: [Word] = []
    var characters = Array(line)
    // Reading stops at a comment; everything before it counts.
    var i = 0
    var current = ""
    var start = 0
    func flush(_ end: Int) {
      if !current.isEmpty { words.append(Word(current, span: start..<end)) }
      current = ""
    }
    while i < characters.count {
      let c = characters[i]
      if c.isWhitespace {
        flush(i)
      } else if let close = openers[c], current.isEmpty {
        var text = ""
        var j = i + 1
        var end: Int?
        while j < characters.count {
          if characters[j] == "\\" && j + 1 < characters.count && characters[j + 1] == "\"" {
            text.append("\"")
            j += 2
            continue
          }
          if characters[j] == close {
            if close == "\"" && j + 1 < characters.count && characters[j + 1] == "\"" {
              text.append("\"")
              j += 2
              continue
            }
            end = j
            break
          }
          // A tab in a title is white space: kept as a space, it shows and saves as one.
          text.append(characters[j] == "\t" ? " " : characters[j])
          j += 1
        }
        guard let end else { throw unclosedQuote(at: i..<characters.count) }
        words.append(Word(text, span: i..<(end + 1), quoted: true))
        i = end
        start = end + 1
      } else if c == "#", current.isEmpty {
        characters = Array(characters[..<i])
        break
      } else {
        if current.isEmpty { start = i }
        current.append(c)
      }
      i += 1
    }
    flush(i)
    return words
  }

  /// The same for a line of ASCII without a CR LF pair, read by its bytes: a character is
  /// then a byte, and the spans are the same. Nil for any other line.
  ///
  /// - Complexity: O(line).
  static func asciiWords(_ line: String) throws(PlanError) -> [Word]? {
    var line = line
    return try line.withUTF8 { bytes in Result { () throws(PlanError) in try asciiWords(bytes) } }
      .get()
  }

  private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) throws(PlanError)
    -> [Word]?
  {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 <= 0x0D - 0x09 }
    guard isASCIIWithoutCRLF(bytes) else { return nil }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var words: [Word] = []
    // Room for as many words as the line can hold, up to a typed line's, made once.
    words.reserveCapacity(min(bytes.count / 2 + 1, 32))
    var i = 0
    let quote = UInt8(ascii: "\"")
    while i < bytes.count {
      let byte = bytes[i]
      if isSpace(byte) {
        i += 1
      } else if byte == UInt8(ascii: "#") {
        break
      } else if byte == quote {
        var content: [UInt8] = []
        var j = i + 1
        var end: Int?
        while j < bytes.count {
          if bytes[j] == UInt8(ascii: "\\") && j + 1 < bytes.count && bytes[j + 1] == quote {
            content.append(quote)
            j += 2
            continue
          }
          if bytes[j] == quote {
            if j + 1 < bytes.count && bytes[j + 1] == quote {
              content.append(quote)
              j += 2
              continue
            }
            end = j
            break
          }
          // A tab in a title is white space: kept as a space, it shows and saves as one.
          content.append(bytes[j] == 0x09 ? 0x20 : bytes[j])
          j += 1
        }
        guard let end else { throw unclosedQuote(at: i..<bytes.count) }
        words.append(
          Word(String(decoding: content, as: UTF8.self), span: i..<(end + 1), quoted: true))
        i = end + 1
      } else {
        let start = i
        // A quote inside a word is part of it, as the characters' reading has it.
        while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
        words.append(Word(text(start..<i), span: start..<i))
      }
    }
    return words
  }

  /// Whether the bytes are ASCII without a CR LF pair: read eight at a time, and byte by byte
  /// only when they hold a CR.
  ///
  /// - Complexity: O(n).
  static func isASCIIWithoutCRLF(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits = ones &* 0x80
    var seen: UInt64 = 0
    var carriageReturn = false
    var i = 0
    let raw = UnsafeRawBufferPointer(bytes)
    while i + 8 <= bytes.count {
      let chunk = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      seen |= chunk
      // A byte that is a CR is zero once the CRs are taken out of every byte.
      let crs = chunk ^ (ones &* 0x0D)
      if (crs &- ones) & ~crs & highBits != 0 { carriageReturn = true }
      i += 8
    }
    while i < bytes.count {
      seen |= UInt64(bytes[i])
      if bytes[i] == 0x0D { carriageReturn = true }
      i += 1
    }
    guard seen & highBits == 0 else { return false }
    guard carriageReturn, bytes.count > 1 else { return true }
    for j in 1..<bytes.count where bytes[j - 1] == 0x0D && bytes[j] == 0x0A { return false }
    return true
  }

  static func unclosedQuote(at span: Range<Int>) -> PlanError {
    PlanError(
      nl: "het aanhalingsteken sluit niet", en: "the quote is not closed", at: span,
      hint: Phrase(
        nl: "zet de naam tussen twee aanhalingstekens: \"Route 1\"",
        en: "put the name between two quotes: \"Route 1\""))
  }
}
