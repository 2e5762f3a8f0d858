import PlanFiles
import PlanKit
import Testing
import Workbench

/// geschiedenis and herhaal, as typed.
extension InterpreterTests {
  static func savedSession() -> MemoryFiles {
    let files = MemoryFiles()
    var interpreter = Interpreter(
      files: files, today: Fixtures.today, clock: FixedTime("2026-11-23T05:14:00Z"))
    for line in Fixtures.designSession + [
      "verschuif r1.inkoopprocedure 2 maanden", "bewaar s.json",
    ] {
      _ = interpreter.run(line)
    }
    return files
  }

  @Test func listsTheJournalWithStepNumbersTimesAndEffects() {
    var interpreter = Interpreter(
      files: MemoryFiles(), today: Fixtures.today, clock: FixedTime("2026-11-23T05:14:00Z"))
    #expect(interpreter.run("geschiedenis").text.hasPrefix("Het journaal is nog leeg"))
    for line in Fixtures.designSession + ["verschuif r1.inkoopprocedure 2 maanden", "gantt"] {
      _ = interpreter.run(line)
    }
    let list = interpreter.run("geschiedenis").text.split(separator: "\n")
    #expect(list.count == 7)
    #expect(
      list[2]
        == "3  23 nov. 2026 05:14  fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022  (1 nieuw)"
    )
    #expect(
      list[6] == "7  23 nov. 2026 05:14  verschuif r1.inkoopprocedure 2 maanden  (2 verschoven)")
    #expect(
      interpreter.run("geschiedenis 7").text == """
        7  23 nov. 2026 05:14  verschuif r1.inkoopprocedure 2 maanden
          r1.inkoopprocedure   1 sept. 2022 – 1 sept. 2023  (+2 mnd)  was 1 sept. 2022 – 1 jul. 2023
          r1.implementatie     1 sept. 2023 – 1 mrt. 2024   (+2 mnd)  was 1 jul. 2023 – 1 jan. 2024
        """)
    #expect(interpreter.run("geschiedenis 8").failed)
  }

  @Test func showsAStepsMovesInDutchDatesAsVerschuifDoes() {
    var interpreter = Interpreter(
      files: MemoryFiles(), today: Fixtures.today, clock: FixedTime("2026-09-03T05:14:00Z"))
    for line in Fixtures.designSession + ["verwijder r1.start"] { _ = interpreter.run(line) }
    let steps = interpreter.journal.steps.count
    let removed = interpreter.run("geschiedenis \(steps)").text
    #expect(
      removed == """
        \(steps)  3 sept. 2026 05:14  verwijder r1.start
          - r1.start  1 jan. 2024  (niet meer in het plan)
        """)
    // In English, and with the commands of every step in one column however long the day.
    _ = interpreter.run("taal en")
    #expect(
      interpreter.run("history 3").text.contains(
        "+ r1.voorbereiding  1 May 2022 – 1 Sep 2022  (new)"))
    let list = interpreter.run("history").text.split(separator: "\n")
    #expect(list.allSatisfy { $0.contains("3 Sep 2026 05:14  ") })
    #expect(!interpreter.run("history").text.contains("2022-"))
  }

  @Test func linesUpTheJournalsCommandsWhenItsDaysDifferInLength() {
    let day = Day(year: 2026, month: 5, day: 1)!
    #expect(Interpreter.spoken("2026-05-01 09:05", .nl) == day.text(.nl) + " 09:05")
    #expect(Interpreter.spoken("2026-09-23 09:05", .nl) == "23 sept. 2026 09:05")
    #expect(Interpreter.spoken("2026-09-23 09:05", .en) == "23 Sep 2026 09:05")
    // What is no clock's time stays as it is.
    #expect(Interpreter.spoken("", .nl) == "")
    #expect(Interpreter.spoken("gisteren", .nl) == "gisteren")
  }

  @Test func replaysAFileAndSaysItMatches() {
    var interpreter = Fixtures.interpreter(Self.savedSession())
    let outcome = interpreter.run("herhaal s.json")
    #expect(outcome.text == "7 stappen herhaald; het resultaat is gelijk aan het bewaarde plan.")
    #expect(interpreter.plan.item("r1.implementatie")?.end.day.iso == "2024-03-01")
    #expect(interpreter.path == nil)
    #expect(interpreter.run("ongedaan").text == "Ongedaan: herhaal s.json")
    #expect(interpreter.plan == Plan())
  }

  @Test func replaysUpToAStepAndLeavesThatPlanForAWhatIf() {
    var interpreter = Fixtures.interpreter(Self.savedSession())
    let outcome = interpreter.run("replay s.json to 6")
    #expect(outcome.text.hasPrefix("Herhaald tot stap 6 van 7: mijlpaal r1.start"))
    #expect(interpreter.plan.item("r1.implementatie")?.end.day.iso == "2024-01-01")
    #expect(interpreter.journal.steps.count == 6)
    #expect(interpreter.run("herhaal s.json tot 9").failed)
  }

  @Test func stepsThroughAFileWithoutWaitingInBatch() {
    var interpreter = Fixtures.interpreter(Self.savedSession())
    let outcome = interpreter.run("herhaal s.json stap")
    #expect(outcome.text.contains("Stap 1 van 7: nieuw \"Inkoop Wmo en Participatie 2024\""))
    #expect(outcome.text.contains("Stap 7 van 7: verschuif r1.inkoopprocedure 2 maanden"))
    #expect(
      outcome.text.hasSuffix("Klaar: 7 stappen; het resultaat is gelijk aan het bewaarde plan."))
    #expect(!interpreter.isStepping)
  }

  @Test func waitsForEnterAQOrANumberAtATerminal() {
    var interpreter = Fixtures.interpreter(Self.savedSession())
    interpreter.interactive = true
    let first = interpreter.run("herhaal s.json stap")
    #expect(first.text.hasPrefix("Stap 1 van 7: nieuw"))
    #expect(interpreter.isStepping)
    #expect(interpreter.prompt == "stap 1/7 (Enter, q, nummer)> ")
    #expect(interpreter.run("").text.hasPrefix("Stap 2 van 7: perceel r1"))
    let jump = interpreter.run("5")
    #expect(jump.text.hasPrefix("Stap 3 van 7") && jump.text.contains("Stap 5 van 7"))
    #expect(interpreter.run("x").failed)
    #expect(interpreter.run("2").text.hasPrefix("Stap 1 van 7"))
    let stop = interpreter.run("q")
    #expect(stop.text == "Gestopt na stap 2 van 7; dit plan staat nu klaar.")
    #expect(!interpreter.isStepping)
    #expect(interpreter.plan.lots.map(\.id) == ["r1"] && interpreter.plan.itemCount == 0)
  }

  @Test func refusesToReplayAFileWithoutAJournal() {
    let files = MemoryFiles([
      "oud.json": """
      {"format": "planwerk-session", "version": 1, "settings": {"ascii": false, "language": "nl"},
       "plan": {"title": "Oud", "milestones": [], "lots": []}}
      """
    ])
    var interpreter = Fixtures.interpreter(files)
    #expect(interpreter.run("herhaal oud.json").text.contains("oud.json heeft geen journaal"))
  }

  @Test func stepsOnPastAStepThatNoLongerWorksAndEndsInTheSavedPlan() throws {
    let files = Self.savedSession()
    let saved = try SessionFile.decode(try files.read("s.json")).plan
    files.files["s.json"] = try files.read("s.json").replacingOccurrences(
      "verschuif r1.inkoopprocedure 2 maanden", with: "verschuif r1.onbekend 2 maanden")
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("herhaal s.json stap")
    #expect(!outcome.failed)
    #expect(
      outcome.text.contains(
        "Stap 7 van 7: verschuif r1.onbekend 2 maanden\n  ! stap 7 (verschuif r1.onbekend 2 maanden) lukt niet meer: r1.onbekend bestaat niet"
      ))
    #expect(outcome.text.hasSuffix("met een journaal dat bij dit plan begint."))
    #expect(interpreter.plan == saved)
    // All at once, the same: the saved plan, and what the replay found.
    var again = Fixtures.interpreter(files)
    let all = again.run("herhaal s.json")
    #expect(!all.failed && all.text.contains("de herhaling van s.json wijkt af: stap 7"))
    #expect(again.plan == saved)
    #expect(again.journal == Journal(base: saved))
    #expect(again.run("herhaal s.json tot 7").text.contains("  ! stap 7 (verschuif r1.onbekend"))
  }
}
