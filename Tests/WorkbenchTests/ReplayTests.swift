import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// A journal rebuilds its plan exactly, for every kind of command, and a journal that does not
/// is refused with the step or item that differs.
struct ReplayTests {
  /// Every command that changes a plan, `nieuw`, undo and redo among them.
  static let everyKind =
    ["vandaag 1 mei 2022"] + InterpreterTests.twoRoutes + [
      "wijzig plan titel \"Wmo 2024\" organisatie \"Regio Amersfoort\"",
      "wijzig r1 waarde 1.200.000 procedure openbaar",
      "fase r1.extra einde met einde van r1.inkoopprocedure duur 2 maanden",
      "koppel r2.implementatie na r1.implementatie + 1 week",
      "ontkoppel r2.gunning", "verschuif r1.inkoopprocedure 2 maanden",
      "verschuif r2 -1w alleen", "verschuif plan 10 wd", "wijzig r1.start vast uit",
      "wijzig r1.implementatie uiterlijk 1 dec. 2023",
      "wijzig r2.implementatie niet eerder dan 1 juli 2023", "kalender atw",
      "vrij 1 mei 2023 tot 1 juni 2023 titel Sluiting", "vrij weg 2 mei 2023",
      "hernoem r2 jeugd", "hernoem jeugd.gunning jeugd.gegund", "verwijder r1.extra",
      "ongedaan", "opnieuw", "ongedaan", "vandaag 1 juni 2022", "fase r1.x van vandaag duur 1m",
      "verwijder jeugd",
    ]

  @Test func rebuildsThePlanOfEveryKindOfCommand() throws {
    let interpreter = Fixtures.after(Self.everyKind)
    let journal = interpreter.journal
    // `nieuw` starts the journal afresh: the steps are the commands after it.
    #expect(journal.steps.count == Self.everyKind.count - 1)
    #expect(journal.steps.first?.command == Fixtures.designSession[0])
    try Replay.verify(journal, snapshot: interpreter.plan)
    var replay = Replay(journal)
    replay.finish()
    #expect(replay.interpreter.plan == interpreter.plan)
    #expect(replay.interpreter.journal.steps.map(\.effect) == journal.steps.map(\.effect))
  }

  @Test func readsVandaagAsItWasOnTheDayOfTheStep() throws {
    var interpreter = Fixtures.after(["nieuw P", "perceel r1 x"])
    _ = interpreter.run("fase r1.a van vandaag duur 1 maand")
    let journal = interpreter.journal
    // Replayed on another day, "vandaag" still means the day the step was taken.
    var replay = Replay(journal)
    replay.finish()
    #expect(replay.interpreter.plan.item("r1.a")?.start.day == Fixtures.today)
  }

  @Test func keepsTheJournalOfAFileItContinues() throws {
    let files = MemoryFiles()
    var first = Fixtures.after(Fixtures.designSession, files: files)
    _ = first.run("bewaar route.json")
    var second = Fixtures.interpreter(files)
    #expect(!second.run("open route.json").failed)
    _ = second.run("verschuif r1 1m")
    #expect(second.journal.steps.count == Fixtures.designSession.count + 1)
    _ = second.run("ongedaan")
    _ = second.run("ongedaan")
    // Undoing the open brings back the journal from before it.
    #expect(second.journal == Journal())
    try Replay.verify(first.journal, snapshot: first.plan)
  }

  @Test func opensTheSavedPlanWhenItsJournalDoesNotLeadThere() throws {
    // A journal whose recorded effects no longer lead to the saved dates.
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    _ = interpreter.run("verschuif r1.inkoopprocedure 2 maanden")
    _ = interpreter.run("bewaar route.json")
    let good = try files.read("route.json")
    func notice(_ text: String) throws -> String {
      let bad = MemoryFiles(["bad.json": text])
      var other = Fixtures.interpreter(bad)
      let outcome = other.run("open bad.json")
      #expect(!outcome.failed)
      // The plan as it was saved, with a journal that starts from it.
      #expect(other.plan == (try SessionFile.decode(text)).plan)
      #expect(other.journal == Journal(base: other.plan))
      #expect(!other.hasUnsavedChanges)
      #expect(outcome.text.hasSuffix(outcome.notice))
      #expect(outcome.notice.contains("Het plan is geopend zoals het bewaard is"))
      // Saved again, it opens without a word.
      _ = other.run("bewaar")
      var again = Fixtures.interpreter(bad)
      #expect(again.run("open bad.json").notice.isEmpty)
      #expect(again.plan == other.plan)
      return outcome.notice
    }
    let misrecorded = good.replacingOccurrences(
      "2023-09-01/2024-03-01\"", with: "2023-10-01/2024-04-01\"")
    #expect(
      try notice(misrecorded).contains(
        "het journaal van bad.json leidt niet meer tot het bewaarde plan: stap 7 (verschuif r1.inkoopprocedure 2 maanden) doet nu iets anders: het journaal zegt r1.implementatie 2023-07-01/2024-01-01 → 2023-10-01/2024-04-01, de herhaling geeft r1.implementatie 2023-07-01/2024-01-01 → 2023-09-01/2024-03-01"
      ))
    // Dates are recomputed on opening; a rule changed by hand is caught by the replay.
    let longer = good.replacingOccurrences(
      "\"duration\": \"6 months\"", with: "\"duration\": \"7 months\"")
    #expect(
      try notice(longer).contains(
        "na de laatste stap: r1.implementatie is in de herhaling 2023-09-01/2024-03-01 en in het bestand 2023-09-01/2024-04-01"
      ))
  }

  /// Opening trusts a saved plan its journal's effects lead to, without running the commands;
  /// `herhaal` runs them and finds a command that now does otherwise.
  @Test func leavesTheCommandsOfAJournalToTheReplay() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    _ = interpreter.run("verschuif r1.inkoopprocedure 2 maanden")
    _ = interpreter.run("bewaar route.json")
    let good = try files.read("route.json")
    func replayed(_ text: String) -> String {
      let edited = MemoryFiles(["edited.json": text])
      var other = Fixtures.interpreter(edited)
      let outcome = other.run("open edited.json")
      #expect(!outcome.failed && outcome.notice.isEmpty, "\(outcome.text)")
      #expect(other.journal == (try? SessionFile.decode(text))?.journal)
      return other.run("herhaal edited.json").text
    }
    let changed = good.replacingOccurrences(
      "\"command\": \"verschuif r1.inkoopprocedure 2 maanden\"",
      with: "\"command\": \"verschuif r1.inkoopprocedure 3 maanden\"")
    #expect(
      replayed(changed).contains(
        "de herhaling van edited.json wijkt af: stap 7 (verschuif r1.inkoopprocedure 3 maanden) doet nu iets anders: het journaal zegt r1.implementatie 2023-07-01/2024-01-01 → 2023-09-01/2024-03-01, de herhaling geeft r1.implementatie 2023-07-01/2024-01-01 → 2023-10-01/2024-04-01"
      ))
    let broken = good.replacingOccurrences(
      "\"command\": \"verschuif r1.inkoopprocedure 2 maanden\"",
      with: "\"command\": \"verschuif r1.onbekend 2 maanden\"")
    #expect(
      replayed(broken).contains(
        "stap 7 (verschuif r1.onbekend 2 maanden) lukt niet meer: r1.onbekend bestaat niet"))
  }

  @Test func opensAJournalWhoseEffectsAreListedInAnotherOrder() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    _ = interpreter.run("verschuif plan 2 weken")
    var journal = interpreter.journal
    let last = journal.steps.count - 1
    #expect(journal.steps[last].effect.count == 4)
    journal.steps[last].effect.reverse()
    files.files["r.json"] = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: journal)
    var other = Fixtures.interpreter(files)
    let outcome = other.run("open r.json")
    #expect(!outcome.failed && outcome.notice.isEmpty, "\(outcome.text)")
    #expect(other.journal == journal)
    try Replay.verify(journal, snapshot: interpreter.plan)
  }

  @Test func listsTheMovesOfAChangeInPlanOrderWhetherOrNotTheGraphWasAtHand() throws {
    let files = MemoryFiles()
    var typed = Fixtures.after(Fixtures.designSession, files: files)
    _ = typed.run("bewaar r.json")
    var opened = Fixtures.interpreter(files)
    _ = opened.run("open r.json")
    // The first has its graph from the commands before; the second builds it for this one.
    let a = typed.run("verschuif plan -2w")
    let b = opened.run("verschuif plan -2w")
    #expect(a.text == b.text)
    #expect(typed.journal.steps.last?.effect == opened.journal.steps.last?.effect)
    let order = typed.plan.allItems.map(\.id)
    let moved = typed.journal.steps.last!.effect.map { String($0.prefix { $0 != " " }) }
    #expect(moved == order.filter(moved.contains))
  }

  /// Found by a tester: `open` of another file, then `ongedaan`, then `bewaar` wrote the
  /// earlier plan over the file that was opened. Undo brings back the file as well.
  @Test func undoingAnOpenGoesBackToTheFileBeforeIt() throws {
    let files = MemoryFiles()
    var first = Fixtures.after(Fixtures.designSession, files: files)
    _ = first.run("bewaar een.json")
    _ = first.run("nieuw Ander")
    _ = first.run("perceel z Zorg")
    _ = first.run("bewaar twee.json")
    let two = try files.read("twee.json")
    var session = Fixtures.interpreter(files)
    _ = session.run("open een.json")
    _ = session.run("open twee.json")
    #expect(session.path == "twee.json")
    _ = session.run("ongedaan")
    #expect(session.path == "een.json" && session.plan.lots.map(\.id) == ["r1"])
    _ = session.run("opnieuw")
    #expect(session.path == "twee.json" && session.plan.lots.map(\.id) == ["z"])
    _ = session.run("ongedaan")
    _ = session.run("verschuif r1 1w")
    #expect(session.run("bewaar").text.hasPrefix("Bewaard in een.json"))
    #expect(try files.read("twee.json") == two, "the file opened last is untouched")
    // Undoing the first open leaves a session without a file: bewaar asks where.
    var fresh = Fixtures.interpreter(files)
    _ = fresh.run("open een.json")
    _ = fresh.run("ongedaan")
    #expect(fresh.path == nil && fresh.run("bewaar").failed)
  }
}

extension ReplayTests {
  @Test func replaysCleanWithoutWhatWasUndone() {
    let files = MemoryFiles()
    let session = Fixtures.after(
      Fixtures.designSession + [
        "verschuif r1 2 maanden", "ongedaan", "verschuif r1 1 week", "ongedaan", "opnieuw",
        "perceel r2", "ongedaan", "bewaar s.json",
      ], files: files)
    var interpreter = Fixtures.after(["perceel x"], files: files)
    let outcome = interpreter.run("herhaal s.json schoon")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(outcome.text == "7 stappen herhaald; het resultaat is gelijk aan het bewaarde plan.")
    #expect(interpreter.journal.steps.map(\.command).last == "verschuif r1 1 week")
    #expect(interpreter.plan == session.plan)
  }

  @Test func tellsThatUndoBringsBackThePlanAReplayReplaced() {
    let files = MemoryFiles()
    _ = Fixtures.after(Fixtures.designSession + ["bewaar s.json"], files: files)
    var interpreter = Fixtures.after(
      ["perceel r9", "fase r9.a van 1 mei 2022 duur 1 maand"], files: files)
    let outcome = interpreter.run("herhaal s.json")
    #expect(outcome.text.hasSuffix("Het vorige plan met 1 onderdeel komt terug met 'ongedaan'."))
    _ = interpreter.run("ongedaan")
    #expect(interpreter.plan.item("r9.a") != nil)
  }
}

/// A replay step by step for a projector: one time axis, the step's changes marked, the screen
/// cleared between steps.
struct ProjectorReplayTests {
  static func steps() -> Interpreter {
    let files = MemoryFiles()
    _ = Fixtures.after(
      Fixtures.designSession + [
        "verschuif r1.inkoopprocedure 3 weken",
        "fase r1.evaluatie van 1 feb. 2024 tot 1 juni 2024", "bewaar s.json",
      ], files: files)
    var interpreter = Fixtures.interpreter(files)
    interpreter.interactive = true
    return interpreter
  }

  /// The chart's two axis lines, after the title.
  static func axis(_ text: String) -> [Substring] {
    guard let title = text.ranges(of: "Inkoop Wmo en Participatie 2024\n").last else { return [] }
    return Array(text[title.upperBound...].split(separator: "\n").prefix(2))
  }

  @Test func drawsEveryStepOnTheWholeReplaysTimeAxis() {
    var interpreter = Self.steps()
    var axes: [[Substring]] = [Self.axis(interpreter.run("herhaal s.json stap").text)]
    while interpreter.isStepping {
      let text = interpreter.run("").text
      if interpreter.isStepping || text.contains("Klaar") { axes.append(Self.axis(text)) }
    }
    let drawn = axes.filter { !$0.isEmpty }
    #expect(drawn.count >= 5)
    // The third step has only the preparation, yet its axis already reaches 2024.
    #expect(Set(drawn.map { $0.joined(separator: "\n") }).count == 1, "\(drawn)")
    #expect(drawn[0].first?.contains("2024") == true)
  }

  @Test func marksWhatTheStepChangedAndClearsTheScreenBetweenSteps() {
    var interpreter = Self.steps()
    let first = interpreter.run("herhaal s.json stap")
    #expect(first.clearsScreen)
    _ = interpreter.run("6")
    let shift = interpreter.run("")
    #expect(shift.text.contains("Stap 7 van 8: verschuif r1.inkoopprocedure 3 weken"))
    let marked = shift.text.split(separator: "\n").filter { $0.hasPrefix("►") }
    #expect(marked.count == 2 && marked[0].contains("Inkoopprocedure"))
    #expect(shift.text.contains("► gewijzigd in deze stap"))
    let added = interpreter.run("").text
    #expect(added.split(separator: "\n").contains { $0.hasPrefix("► Evaluatie") })
  }

  @Test func showsEveryStepAtOnceWithoutClearingWhenNobodyPressesEnter() {
    var interpreter = Self.steps()
    interpreter.interactive = false
    let all = interpreter.run("herhaal s.json stap")
    #expect(!all.clearsScreen && all.text.contains("Stap 8 van 8"))
  }
}
