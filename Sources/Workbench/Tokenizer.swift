import PlanKit

/// Splits a command line into words. Double quotes (also „…” and “…”) hold a name with
/// spaces; inside "…" a doubled quote `""` stands for one, and inside „…” or “…” a straight
/// quote is just a character. An unquoted `#` at the start of a word begins a comment.
public enum Tokenizer {
  static let openers: [Character: Character] = ["\"": "\"", "“": "”", "„": "”", "”": "”"]

  public static func words(_ line: String) throws(PlanError) -> [Word] {
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
        guard let end else {
          throw PlanError(
            nl: "het aanhalingsteken sluit niet", en: "the quote is not closed",
            at: i..<characters.count,
            hint: Phrase(
              nl: "zet de naam tussen twee aanhalingstekens: \"Route 1\"",
              en: "put the name between two quotes: \"Route 1\""))
        }
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
}
