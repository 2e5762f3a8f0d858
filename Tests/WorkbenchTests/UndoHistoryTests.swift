import PlanKit
import Testing
import Workbench

/// Undo and redo of every kind of change restore the exact plan.
struct UndoHistoryTests {
  static let changes = [
    "nieuw \"Ander plan\"",
    "perceel r3 \"Route 3\" procedure open-house",
    "fase r1.extra van 1 feb 2024 duur 2w",
    "mijlpaal r1.gunning op 1 april 2023",
    "mijlpaal college op 2 mrt 2021",
    "wijzig r1.implementatie van 1 aug. 2023",
    "wijzig r1 waarde 900.000",
    "wijzig plan titel \"Nieuwe titel\"",
    "hernoem r1 ouderen",
    "hernoem r1.start r1.ingang",
    "verwijder r1",
    "verwijder r1.implementatie",
    "verschuif r1.inkoopprocedure 2 maanden",
    "verschuif r1 -1m",
    "koppel r2.implementatie na r1.implementatie", "ontkoppel r2.gunning",
    "verschuif r1.inkoopprocedure 1m alleen", "verschuif r2 -1w", "verschuif plan 10 wd",
    "wijzig r1.start vast uit", "wijzig r1.implementatie uiterlijk 1 dec. 2023",
    "wijzig r2.implementatie niet eerder dan 1 juli 2023",
    "wijzig r2.implementatie na r1.voorbereiding", "wijzig r1.implementatie van 1 aug. 2023",
    "wijzig r1.inkoopprocedure tot 1 sept. 2023", "kalender atw",
    "vrij 1 mei 2023 tot 1 juni 2023", "hernoem r2 jeugd", "verwijder r2",
    "fase r1.extra einde met einde van r1.inkoopprocedure duur 2 maanden",
    "basislijn akkoord",
  ]

  @Test(arguments: changes)
  func undoRestoresThePlanAndRedoTheChange(_ change: String) {
    // Two routes with links of every kind, so that undo must restore the exact schedule.
    var interpreter = Fixtures.after(InterpreterTests.twoRoutes)
    let before = interpreter.plan
    let outcome = interpreter.run(change)
    #expect(!outcome.failed, "\(outcome.text)")
    let after = interpreter.plan
    #expect(after != before)
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan == before)
    #expect(!interpreter.run("opnieuw").failed)
    #expect(interpreter.plan == after)
  }

  @Test func undoesAWholeSessionStepByStep() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    for _ in Fixtures.designSession { #expect(!interpreter.run("undo").failed) }
    #expect(interpreter.plan == Plan())
    #expect(interpreter.run("undo").failed)
    for _ in Fixtures.designSession { #expect(!interpreter.run("redo").failed) }
    #expect(interpreter.plan == Fixtures.after(Fixtures.designSession).plan)
  }

  @Test func undoesOpeningAFile() {
    let files = MemoryFiles()
    var saver = Fixtures.after(Fixtures.designSession, files: files)
    _ = saver.run("bewaar a.json")
    var interpreter = Fixtures.after(["nieuw \"Eerder\""], files: files)
    #expect(!interpreter.run("open a.json").failed)
    #expect(interpreter.plan.title == "Inkoop Wmo en Participatie 2024")
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.title == "Eerder")
  }

  /// Undoing `open` goes back to the saved plan before it as it was: saved, with its own
  /// `vandaag`, in its own file; redoing it, to the opened file as it was opened.
  @Test func undoesOpeningAFileWithWhatWasSavedAndItsSettings() {
    let files = MemoryFiles()
    var other = Fixtures.after(["nieuw Ander", "perceel a A", "vandaag 1 mei 2022"], files: files)
    _ = other.run("bewaar a.json")
    var interpreter = Fixtures.after(["nieuw eerst", "perceel z Z"], files: files)
    _ = interpreter.run("bewaar z.json")
    let today = interpreter.settings.today
    #expect(!interpreter.run("open a.json").failed)
    #expect(interpreter.settings.today == Day(year: 2022, month: 5, day: 1))
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.title == "eerst" && interpreter.path == "z.json")
    #expect(!interpreter.hasUnsavedChanges, "z.json holds this plan")
    #expect(interpreter.continuesSavedFile)
    #expect(interpreter.settings.today == today)
    #expect(!interpreter.run("opnieuw").failed)
    #expect(interpreter.plan.title == "Ander" && interpreter.path == "a.json")
    #expect(!interpreter.hasUnsavedChanges)
    #expect(interpreter.settings.today == Day(year: 2022, month: 5, day: 1))
    // A file saved over since holds something else: the plan undo brings back is unsaved.
    _ = interpreter.run("nieuw derde")
    _ = interpreter.run("bewaar a.json")
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.title == "Ander" && interpreter.hasUnsavedChanges)
  }

  @Test func aNewChangeClearsRedo() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    _ = interpreter.run("verschuif r1.start 1m")
    _ = interpreter.run("ongedaan")
    _ = interpreter.run("verschuif r1.start 2m")
    #expect(interpreter.run("opnieuw").failed)
  }

  @Test func knowsWhenUndoReturnsToTheSavedState() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    _ = interpreter.run("bewaar a.json")
    #expect(!interpreter.hasUnsavedChanges)
    _ = interpreter.run("verschuif r1.start 1m")
    #expect(interpreter.hasUnsavedChanges)
    _ = interpreter.run("ongedaan")
    #expect(!interpreter.hasUnsavedChanges)
  }
}

/// `vandaag` is a step of its own: undo takes it back, not the command before it.
struct TodayUndoTests {
  @Test func takesBackTheDayAndLeavesThePlan() {
    var interpreter = Fixtures.after([
      "nieuw v", "perceel a A", "fase a.x van 1-3-2024 duur 1 maand",
    ])
    let plan = interpreter.plan
    let before = interpreter.settings.today
    let set = interpreter.run("vandaag 1 jun 2024")
    #expect(set.text.contains("a.x"), "what now starts before today is said: \(set.text)")
    #expect(interpreter.run("ongedaan").text == "Ongedaan: vandaag 1 jun 2024")
    #expect(interpreter.settings.today == before)
    #expect(interpreter.plan == plan)
    #expect(!interpreter.run("opnieuw").failed)
    #expect(interpreter.settings.today == Day(year: 2024, month: 6, day: 1))
    #expect(interpreter.plan == plan)
    _ = interpreter.run("ongedaan")
    #expect(interpreter.run("ongedaan").text == "Ongedaan: fase a.x van 1-3-2024 duur 1 maand")
  }
}
