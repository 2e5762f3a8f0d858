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
    try replay.finish()
    #expect(replay.interpreter.plan == interpreter.plan)
    #expect(replay.interpreter.journal.steps.map(\.effect) == journal.steps.map(\.effect))
  }

  @Test func readsVandaagAsItWasOnTheDayOfTheStep() throws {
    var interpreter = Fixtures.after(["nieuw P", "perceel r1 x"])
    _ = interpreter.run("fase r1.a van vandaag duur 1 maand")
    let journal = interpreter.journal
    // Replayed on another day, "vandaag" still means the day the step was taken.
    var replay = Replay(journal)
    try replay.finish()
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

  @Test func refusesAJournalThatDoesNotLeadToTheSnapshot() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    _ = interpreter.run("verschuif r1.inkoopprocedure 2 maanden")
    _ = interpreter.run("bewaar route.json")
    let good = try files.read("route.json")
    func refusal(_ text: String) -> String {
      let bad = MemoryFiles(["bad.json": text])
      var other = Fixtures.interpreter(bad)
      let outcome = other.run("open bad.json")
      #expect(outcome.failed)
      #expect(other.plan == Plan())
      return outcome.text
    }
    let changed = good.replacingOccurrences(
      "\"command\": \"verschuif r1.inkoopprocedure 2 maanden\"",
      with: "\"command\": \"verschuif r1.inkoopprocedure 3 maanden\"")
    #expect(
      refusal(changed).contains(
        "stap 7 (verschuif r1.inkoopprocedure 3 maanden) doet nu iets anders"))
    let broken = good.replacingOccurrences(
      "\"command\": \"verschuif r1.inkoopprocedure 2 maanden\"",
      with: "\"command\": \"verschuif r1.onbekend 2 maanden\"")
    #expect(refusal(broken).contains("stap 7 (verschuif r1.onbekend 2 maanden) lukt niet meer"))
    // Dates are recomputed on opening; a rule changed by hand is caught by the replay.
    let longer = good.replacingOccurrences(
      "\"duration\": \"6 months\"", with: "\"duration\": \"7 months\"")
    #expect(
      refusal(longer).contains(
        "het journaal leidt niet tot het bewaarde plan: r1.implementatie is in de herhaling 2023-09-01/2024-03-01 en in het bestand 2023-09-01/2024-04-01"
      ))
  }
}
