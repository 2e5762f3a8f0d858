import PlanKit
import Testing
import Workbench

/// Input of any size answers quickly, and a typed line holds only what a session file keeps
/// and a screen shows as it is.
struct InputTests {
  @Test func refusesALineOverTheLimitBeforeReadingIt() {
    var interpreter = Fixtures.after(["nieuw \"Plan\""])
    let line = "perceel r1 \"" + String(repeating: "x", count: LineCheck.maximumBytes) + "\""
    let outcome = interpreter.run(line)
    #expect(
      outcome.failed && outcome.text.contains("een regel mag hoogstens 1.000.000 bytes lang zijn"))
    #expect(outcome.text.count < 200, "\(outcome.text.prefix(300))")
    #expect(interpreter.plan.lots.isEmpty)
  }

  @Test func answersAMegabyteWordWithoutASuggestionAndWithAShortError() {
    var interpreter = Fixtures.interpreter()
    let outcome = interpreter.run(String(repeating: "gantt", count: 190_000))
    #expect(outcome.failed && !outcome.text.contains("bedoelt"))
    #expect(outcome.text.count < 500, "\(outcome.text.prefix(600))")
    let unknown = interpreter.run("fase " + String(repeating: "r", count: 900_000) + ".x")
    #expect(unknown.failed && unknown.text.count < 500, "\(unknown.text.prefix(600))")
  }

  /// Each word was asked against every keyword, lowered each time: 50,000 took two seconds. Not
  /// more here: the test process's size is what the fault tests' children start from.
  @Test func refusesADateOfFiftyThousandWordsWithAShortError() {
    var interpreter = Fixtures.after(["nieuw \"Plan\"", "perceel r1 \"Route\""])
    let words = String(repeating: "1 ", count: 50_000)
    for clause in ["van", "tot"] {
      let outcome = interpreter.run("fase r1.x \(clause) \(words)")
      #expect(outcome.failed && outcome.text.count < 600, "\(outcome.text.prefix(700))")
    }
  }

  @Test(arguments: [
    "\r", "\n", "\u{1B}", "\u{0}", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}",
    "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
  ])
  func refusesAHiddenCharacterInATypedTitleAtItsPlace(_ hidden: String) {
    var interpreter = Fixtures.after(["nieuw \"Plan\""])
    let steps = interpreter.journal.steps.count
    let outcome = interpreter.run("perceel r1 \"Route\(hidden)1\"")
    #expect(outcome.failed)
    #expect(outcome.text.contains("\n                   ^\n"), "\(outcome.text)")
    #expect(!outcome.text.unicodeScalars.contains { $0.properties.generalCategory == .format })
    #expect(interpreter.plan.lots.isEmpty && interpreter.journal.steps.count == steps)
  }

  @Test func takesTheWhiteSpaceAroundAScriptLine() {
    var interpreter = Fixtures.after(["nieuw \"Plan\""])
    #expect(!interpreter.run("  perceel r1 \"Route\tééén\"\r").failed)
    #expect(!interpreter.run("\tperceel r2 \"Route 2\"  \r\n").failed)
  }

  @Test func savesAndReopensEveryTitleItAccepts() {
    let files = MemoryFiles()
    let titles = [
      "tab\there", "👩\u{200D}💻 en نص عربي", "%getenv(\"PLANWERK_SECRET\") <img:/etc/hostname>",
      "$(PLANWERK_SECRET) ${PLANWERK_SECRET}", "%%{init: {}}%% click x call f()",
    ]
    var interpreter = Fixtures.after(
      ["nieuw \"Plan\""]
        + titles.indices.map {
          "perceel r\($0) \"\(titles[$0].replacingOccurrences("\"", with: "\"\""))\""
        }
        + ["bewaar s.json"], files: files)
    let outcome = interpreter.run("open s.json")
    #expect(!outcome.failed, "\(outcome.text)")
    // A tab in a title is kept as the space it shows as.
    #expect(interpreter.plan.lots.map(\.title) == ["tab here"] + titles.dropFirst())
  }

  /// A session saved before typed lines were checked holds a journal line with an escape in
  /// a title: it reopens as saved.
  @Test func reopensAJournalThatHoldsAHiddenCharacter() throws {
    let files = MemoryFiles()
    _ = Fixtures.after(["nieuw \"Plan\"", "perceel r1 \"EVIL\"", "bewaar s.json"], files: files)
    let saved = try #require(files.files["s.json"])
    #expect(saved.contains("EVIL"))
    files.files["s.json"] = saved.replacingOccurrences("EVIL", with: "\\u001b]0;x\\u0007\\u202e")
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("open s.json")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(interpreter.plan.lots.first?.title == "\u{1B}]0;x\u{07}\u{202E}")
    #expect(!interpreter.run("lijst").text.unicodeScalars.contains { $0 == "\u{1B}" })
  }
}

/// What an error quotes of its line.
struct ErrorExcerptTests {
  static let error = PlanError(nl: "fout hier", en: "wrong here", at: 500..<505)

  @Test func quotesAShortLineWhole() {
    let text = ErrorRenderer.render(
      PlanError(nl: "x", en: "x", at: 6..<9), line: "fase r1 van", language: .nl)
    #expect(text == "fout: x\n  fase r1 van\n        ^^^")
  }

  @Test func quotesALongLineAroundTheWordWithTheMarksUnderIt() {
    let line = String(repeating: "a", count: 500) + "WOORD" + String(repeating: "b", count: 500)
    let lines = ErrorRenderer.render(Self.error, line: line, language: .en)
      .split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    let echo = Array(lines[1])
    let marks = Array(lines[2])
    #expect(echo.count <= ErrorRenderer.excerptWidth + 4)
    #expect(echo[2] == "…" && echo.last == "…")
    let start = try! #require(marks.firstIndex(of: "^"))
    #expect(String(echo[start..<(start + 5)]) == "WOORD")
    #expect(marks.filter { $0 == "^" }.count == 5)
  }

  @Test func marksTheEndOfALongWordAtTheExcerptsEnd() {
    let line = "nieuw " + String(repeating: "x", count: 10_000)
    let text = ErrorRenderer.render(
      PlanError(nl: "x", en: "x", at: 6..<10_006), line: line, language: .nl)
    let lines = text.split(separator: "\n")
    #expect(lines[1].count <= ErrorRenderer.excerptWidth + 3 && lines[1].hasSuffix("…"))
    #expect(lines[2].count <= ErrorRenderer.excerptWidth + 3)
  }

  @Test func makesAMessageFromAFileSafeForTheScreen() {
    let error = PlanError(
      nl: "s.json: stap 1 (perceel r1 \"\u{1B}[2J\u{202E}\") lukt niet meer:\nfout: x",
      en: "-", hint: Phrase(nl: "\u{2066}hint", en: "-"))
    let text = ErrorRenderer.render(error, line: nil, language: .nl)
    #expect(
      text
        == "fout: s.json: stap 1 (perceel r1 \"\u{FFFD}[2J\u{FFFD}\") lukt niet meer:\nfout: x\n  \u{FFFD}hint"
    )
  }
}
