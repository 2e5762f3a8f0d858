import PlanKit
import Testing

@testable import Workbench

struct TokenizerTests {
  @Test func splitsWordsAndKeepsQuotedNamesWhole() throws {
    let words = try Tokenizer.words("perceel r1 \"Route 1: zorg\" procedure sas")
    #expect(words.map(\.text) == ["perceel", "r1", "Route 1: zorg", "procedure", "sas"])
    #expect(words[2].quoted && words[2].span == 11..<26)
  }

  @Test func readsDutchQuotes() throws {
    #expect(try Tokenizer.words("nieuw „Wmo 2024”").map(\.text) == ["nieuw", "Wmo 2024"])
    #expect(try Tokenizer.words("nieuw “Wmo 2024”").map(\.text) == ["nieuw", "Wmo 2024"])
  }

  @Test func stopsAtAComment() throws {
    #expect(try Tokenizer.words("gantt # het schema").map(\.text) == ["gantt"])
    #expect(try Tokenizer.words("# alleen commentaar").isEmpty)
    #expect(try Tokenizer.words("nieuw \"a # b\"").map(\.text) == ["nieuw", "a # b"])
  }

  @Test func refusesAnOpenQuote() {
    #expect(throws: PlanError.self) { try Tokenizer.words("nieuw \"Wmo") }
  }

  @Test func readsADoubledQuoteAndAnEscapedQuoteInsideATitle() throws {
    let doubled = try Tokenizer.words(#"perceel r1 "Het ""Huis"" van de wijk""#)
    let escaped = try Tokenizer.words(#"perceel r1 "Het \"Huis\" van de wijk""#)
    #expect(doubled.map(\.text) == ["perceel", "r1", #"Het "Huis" van de wijk"#])
    #expect(escaped.map(\.text) == doubled.map(\.text))
    #expect(escaped[2].span == 11..<37)
    #expect(try Tokenizer.words(#"nieuw „Het \"Huis\"”"#).map(\.text) == ["nieuw", #"Het "Huis""#])
  }

  @Test func keepsABackslashThatEscapesNoQuote() throws {
    #expect(try Tokenizer.words(#"nieuw "a\b" c\d"#).map(\.text) == ["nieuw", #"a\b"#, #"c\d"#])
    #expect(throws: PlanError.self) { try Tokenizer.words(#"nieuw "a\""#) }
  }

  @Test func documentsBothWaysOfAQuoteInHelp() {
    #expect(
      HelpText.overview(.nl, width: 200).contains(
        #"een aanhalingsteken erin dubbel ("") of als \"."#))
    #expect(
      HelpText.overview(.en, width: 200).contains(#"a quote inside one doubled ("") or as \"."#))
    let lot = HelpText.details(LotCommand.spec, .en)
    #expect(lot.contains(#"lot r3 "Route 3: \"Vervoer\" naar dagbesteding""#))
    #expect(CommandReference.markdown().contains(#"escaped (`\"`)"#))
  }

  @Test func keepsUnicodeWords() throws {
    #expect(try Tokenizer.words("perceel één \"Café\"").map(\.text) == ["perceel", "één", "Café"])
  }
}

/// The byte reading of an ASCII line gives what the character reading gives.
struct ASCIITokenizerTests {
  @Test(arguments: 0..<300)
  func readsAnASCIILineAsTheCharactersDo(_ seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % 1000)
    }
    let pieces = [
      "fase", " ", "\t", "\"", "\"\"", "#", "r1.x", "a\"b", "\r", "\n", "12", "  ", "\\", "\\\"",
    ]
    let line = (0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
    let bytes = Result { () throws(PlanError) in try Tokenizer.asciiWords(line) }
    let characters = Result { () throws(PlanError) in try Tokenizer.characterWords(line) }
    switch (bytes, characters) {
    case (.success(nil), _):
      #expect(line.utf8.contains(13), "only a CR LF is left to the characters")
    case (.success(let a), .success(let b)): #expect(a == b, "\(line.debugDescription)")
    case (.failure(let a), .failure(let b)): #expect(a.span == b.span, "\(line.debugDescription)")
    default: Issue.record("\(line.debugDescription): \(bytes) against \(characters)")
    }
  }
}
