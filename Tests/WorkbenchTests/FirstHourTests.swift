import PlanKit
import Testing

@testable import Workbench

/// What a new user stumbled over in the first hour (issue 17), each as they met it.
struct FirstHourTests {
  @Test func suggestsTheItemAnIdStartsAndNoQuestionMarkForALetter() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let shown = interpreter.run("toon r1.inkoop")
    #expect(shown.failed)
    #expect(shown.text.contains("r1.inkoop bestaat niet; bedoelt u r1.inkoopprocedure?"))
    for letter in ["x", "j"] {
      let outcome = interpreter.run(letter)
      #expect(outcome.failed)
      #expect(!outcome.text.contains("'?'"), "\(outcome.text)")
    }
  }
}

extension FirstHourTests {
  @Test func reportsAPhaseThatOverrunsTheMilestoneItLeadsToOnce() {
    var interpreter = Fixtures.after([
      "perceel r1", "fase r1.implementatie van 1 juli 2023 duur 8 maanden",
    ])
    let added = interpreter.run("mijlpaal r1.start op 1 januari 2024 soort uitvoering")
    #expect(added.findings.map(\.kind) == [.concludesTooEarly])
    let check = interpreter.run("controleer")
    #expect(check.text.contains("ligt vóór het einde van r1.implementatie"))
    #expect(!check.text.contains("overlapt"))
    #expect(check.text.contains("1 bevinding."))
  }
}

extension FirstHourTests {
  @Test func saysWhatAnAllClearCheckLookedAt() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(
      interpreter.run("controleer").text
        == "Alles klopt: geen gemiste uiterste data, verbroken koppelingen of fasen in de verkeerde volgorde. Wat al voorbij is, is niet bekeken: 'vandaag DATUM' zet de dag waarop het plan speelt."
    )
    _ = interpreter.run("vandaag 1 april 2022")
    #expect(
      interpreter.run("controleer").text.hasSuffix(
        "Niets wat nog moet gebeuren begint vóór vandaag (1 apr. 2022)."))
    // Fixed dates before today are what happened: nothing to move.
    var past = Fixtures.after([
      "perceel r1", "fase r1.a van 1 mei 2022 tot 1 juni 2022 vast",
      "mijlpaal r1.b op 1 juli 2022 vast",
      "vandaag 1 februari 2024", "taal en",
    ])
    let answer = past.run("check").text
    #expect(
      answer.hasSuffix("Every item lies before today (1 Feb 2024): this plan is past."),
      "\(answer)")
  }
}

extension FirstHourTests {
  /// A clock an hour east of UTC, as the Netherlands in winter.
  struct Amsterdam: TimeSource {
    func now() -> String { "2026-12-02T10:38:00Z" }
    func local(_ time: String) -> String { time == now() ? "2026-12-02 11:38" : time }
  }

  @Test func showsTheJournalInTheUsersOwnTime() {
    var interpreter = Interpreter(files: MemoryFiles(), today: Fixtures.today, clock: Amsterdam())
    _ = interpreter.run("perceel r1")
    let history = interpreter.run("geschiedenis").text
    #expect(history.contains("1  2 dec. 2026 11:38  perceel r1"), "\(history)")
  }
}

extension FirstHourTests {
  @Test func measuresALotWithoutDatesByTodaysThresholdsAndSaysSo() {
    var interpreter = Fixtures.after([
      "vandaag 1 mei 2022", "perceel r1 \"Wmo\" procedure sas waarde 1.200.000",
    ])
    let check = interpreter.run("controleer").text
    #expect(check.contains("ligt boven de SAS-drempel (€ 750.000, 2022–2023)"), "\(check)")
    #expect(
      check.contains(
        "(de procedure heeft nog geen datum: gemeten met de drempels van 2022–2023)"))
  }
}

extension FirstHourTests {
  @Test func listsEveryCommandWholeWithItsSummaryUnderItself() {
    for width in [80, 110] {
      let help = HelpText.overview(.nl, width: width)
      #expect(help.contains("  geschiedenis "))
      #expect(!help.contains("…"))
      for line in help.split(separator: "\n") {
        #expect(String(line).count <= width, "\(line)")
        if line.hasPrefix("   ") { #expect(line.hasPrefix(String(repeating: " ", count: 15))) }
      }
    }
  }
}

/// What a newcomer tripped over building seed 002 (a fresh-eye run, 2026-12-03).
extension FirstHourTests {
  @Test func writesQuotesAsTypedAndCSVOnTheScreenAsLines() {
    var interpreter = Fixtures.after(["nieuw \"Inkoop \"\"3 routes\"\"\"", "perceel r1"])
    let markdown = interpreter.run("exporteer markdown -").text
    #expect(markdown.hasPrefix("# Inkoop \"3 routes\""), "\(markdown)")
    let csv = interpreter.run("exporteer csv").text
    #expect(csv.hasPrefix("Perceel;") && !csv.contains("\r"))
  }

  @Test func offersEachFormatOnceAndTheProcedureKinds() {
    let interpreter = Fixtures.after(Fixtures.designSession)
    let formats = Completer().complete("exporteer ", interpreter: interpreter).candidates
    #expect(
      formats.count == ExportFormat.allCases.count && formats.contains("tekst")
        && !formats.contains("txt"))
    let kinds = Completer().complete("procedure r1 o", interpreter: interpreter).candidates
    #expect(kinds == ["openbaar", "open-house"])
  }

  @Test func namesTheKindsAProcedureNeedsAndEachAliasOnce() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let missing = interpreter.run("procedure r1")
    #expect(missing.failed && missing.text.contains("kies uit: openbaar, niet-openbaar"))
    let help = HelpText.details(ExportCommand.spec, .nl)
    #expect(help.hasPrefix("exporteer (tekst"))
    #expect(help.contains("  ook: export\n"))
  }

  @Test func asksForQuotesAroundACopysTitle() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let outcome = interpreter.run("kopieer r1 als r5 Route5")
    #expect(
      outcome.failed && outcome.text.contains("na de naam komt de titel, tussen aanhalingstekens"))
    #expect(HelpText.details(CopyCommand.spec, .nl).contains("    als NAAM [\"TITEL\"]"))
  }
}
