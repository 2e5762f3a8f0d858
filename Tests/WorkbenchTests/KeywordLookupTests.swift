import PlanKit
import Testing

@testable import Workbench

/// The parser finds command names and keywords by keys of short ASCII words and by lowered
/// strings for other words; both find what lowering every word and looking it up in a
/// dictionary found.
struct KeywordLookupTests {
  /// The names as the parser used to find them: lowered, in a dictionary.
  static func referenceSpec(_ word: String) -> CommandID? {
    CommandTable.byName[word.lowercased()]?.id
  }

  @Test func findsEveryCommandNameInAnyCaseAsTheDictionaryDid() {
    var words: [String] = []
    for spec in CommandTable.all {
      for name in spec.allNames {
        words += [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst()]
        words += [name + "x", String(name.dropLast()), name + "\u{301}", name + "\0"]
      }
    }
    words += ["", "x", "FÁSE", "fa\u{301}se", "ｆａｓｅ", "\u{212A}opieer", "a-very-long-name-indeed"]
    for word in words {
      #expect(
        CommandTable.spec(named: word)?.id == Self.referenceSpec(word), "\(word.debugDescription)")
    }
  }

  /// The keyword starting at each word as the parser used to find it: every unquoted word
  /// lowered, the keywords by their first word, longest first.
  static func referenceKeywords(_ words: [Word], _ spec: CommandSpec) -> [(ClauseID, Int)?] {
    let keywords = spec.clauses.flatMap { clause in
      clause.keywords.values.joined().map {
        (phrase: $0.split(separator: " ").map(String.init), id: clause)
      }
    }.sorted { $0.phrase.count > $1.phrase.count }
    let byFirstWord = Dictionary(grouping: keywords, by: { $0.phrase[0] })
    let lowered = words.map { $0.quoted ? nil : $0.text.lowercased() }
    return lowered.indices.map { index -> (ClauseID, Int)? in
      guard index > 0, let first = lowered[index], let candidates = byFirstWord[first] else {
        return nil
      }
      for (phrase, id) in candidates where index + phrase.count <= words.count {
        if zip(phrase, lowered[index...]).allSatisfy({ $0 == $1 }) { return (id, phrase.count) }
      }
      return nil
    }
  }

  static func same(_ a: [(ClauseID, Int)?], _ b: [(ClauseID, Int)?]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0?.0 == $1?.0 && $0?.1 == $1?.1 }
  }

  /// Lines of keywords of every command in mixed case, Dutch and English, with words that
  /// are no keyword, long ones, quoted ones and ones of other scripts between them.
  @Test(arguments: 0..<200)
  func findsTheKeywordsTheLoweredWordsFound(_ seed: Int) throws {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % 100_000)
    }
    let spec = CommandTable.all[next() % CommandTable.all.count]
    let keywordWords = spec.clauses.flatMap { $0.keywords.values.joined() }
      .flatMap { (phrase: String) in phrase.split(separator: " ").map { String($0) } }
    let others = [
      "r1.voorbereiding", "l1.inkoopprocedure", "120", "werkdagen", "1", "mei", "2022",
      "\"na\"", "\"Route 1\"", "a-word-longer-than-sixteen", "VÓÓR", "vóór", "vo\u{301}o\u{301}r",
      "\u{212A}oppelingen", "één", "naar", "NA", "Tot", "en", "MET", "t/m", "van\0",
    ]
    var pieces = [spec.primaryName(next() % 2 == 0 ? .nl : .en)]
    for _ in 0..<(next() % 12) {
      var word =
        next() % 3 == 0 || keywordWords.isEmpty
        ? others[next() % others.count] : keywordWords[next() % keywordWords.count]
      switch next() % 4 {
      case 0: word = word.uppercased()
      case 1: word = word.prefix(1).uppercased() + word.dropFirst()
      default: break
      }
      pieces.append(word)
    }
    let line = pieces.joined(separator: " ")
    let (words, ascii) = try Tokenizer.scan(line)
    let expected = Self.referenceKeywords(words, spec)
    for asciiLine in ascii ? [true, false] : [false] {
      let found = words.indices.map {
        $0 > 0 ? spec.keywordTable.keyword(at: $0, in: words, ascii: asciiLine) : nil
      }
      #expect(Self.same(found, expected), "\(line.debugDescription), ascii: \(asciiLine)")
    }
  }

  @Test func keysEveryKeywordWordOfASCII() {
    for spec in CommandTable.all {
      #expect(spec.keywordTable.keysHoldEveryASCIIWord, "\(spec.id)")
    }
  }

  /// What a parse gave, to compare: the verb, the arguments' words and the clauses.
  static func shape(_ line: String, _ language: Language = .nl) -> String {
    do {
      guard let command = try CommandParser.parse(line, language: language) else { return "-" }
      let arguments = command.arguments.map { $0.map { "\($0.text)@\($0.span)" } }
      let clauses = command.clauses.map { id, clause in
        "\(id):\(clause.keyword.text)@\(clause.keyword.span)=\(clause.words.map(\.text))"
      }
      return "\(command.spec.id) \(arguments) \(clauses)"
    } catch {
      return "error \(error.message.nl) @\(error.span.map { "\($0)" } ?? "-")"
    }
  }

  @Test func readsKeywordsInAnyCaseAndEitherLanguage() {
    #expect(
      Self.shape("FASE r1.b NA r1.a DUUR 3 weken")
        == Self.shape("fase r1.b na r1.a duur 3 weken").replacingOccurrences(
          of: ":na@", with: ":NA@"
        ).replacingOccurrences(of: ":duur@", with: ":DUUR@"))
    #expect(
      Self.shape("phase r1.b After r1.a for 2 weeks")
        == "phase [[\"r1.b@6..<10\"], []] [\"after:After@11..<16=[\\\"r1.a\\\"]\", "
        + "\"duration:for@22..<25=[\\\"2\\\", \\\"weeks\\\"]\"]")
    // A keyword of several words, and one of other letters, on a line that is not ASCII.
    #expect(
      Self.shape("fase r1.b „Titel” Niet Vóór 1 mei 2022 tot EN met 1 juni 2022")
        .contains("notBefore:Niet Vóór@"))
    #expect(
      Self.shape("fase r1.b „Titel” niet vóór 1 mei 2022 tot en met 1 juni 2022")
        .contains("to:tot en met@"))
    #expect(
      Self.shape("fase r1.b niet voor 1 mei 2022 tot en met 1 juni 2022")
        .contains("to:tot en met@"))
  }

  @Test func pointsAtTheWordThatDoesNotFit() {
    #expect(
      Self.shape("fase r1.b na r1.a duur 3 weken Vast VAST")
        == "error 'VAST' staat er twee keer @36..<40")
    #expect(Self.shape("fase r1.b \"T\" Extra na r1.a") == "error 'Extra' past hier niet @14..<19")
    #expect(Self.shape("fase r1.b „T” Éxtra na r1.a") == "error 'Éxtra' past hier niet @14..<19")
    #expect(Self.shape("fasee r1.b").hasPrefix("error 'fasee' is geen opdracht; bedoelt u 'fase'?"))
    #expect(Self.shape("FÁSE r1.b").hasPrefix("error 'FÁSE' is geen opdracht"))
  }
}
