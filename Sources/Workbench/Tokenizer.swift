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
    // The words counted as they start, for room made once: a quote may hold spaces and a
    // comment ends the line, so the count is a guess, mostly the number.
    var previous: UInt8 = 0x20
    var starts = 0
    for byte in bytes {
      if byte >= 0x80 || (previous == 0x0D && byte == 0x0A) { return nil }
      if isSpace(previous) && !isSpace(byte) { starts += 1 }
      previous = byte
    }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var words: [Word] = []
    words.reserveCapacity(starts)
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

  static func unclosedQuote(at span: Range<Int>) -> PlanError {
    PlanError(
      nl: "het aanhalingsteken sluit niet", en: "the quote is not closed", at: span,
      hint: Phrase(
        nl: "zet de naam tussen twee aanhalingstekens: \"Route 1\"",
        en: "put the name between two quotes: \"Route 1\""))
  }
}
