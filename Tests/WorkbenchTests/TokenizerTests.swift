import PlanKit
import Testing
import Workbench

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

  @Test func keepsUnicodeWords() throws {
    #expect(try Tokenizer.words("perceel één \"Café\"").map(\.text) == ["perceel", "één", "Café"])
  }
}
