import PlanKit
import Testing
import Workbench

/// Undo and redo of every kind of change restore the exact plan.
struct UndoHistoryTests {
  static let changes = [
    "nieuw \"Ander plan\"",
    "perceel r2 \"Route 2\" procedure open-house",
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
  ]

  @Test(arguments: changes)
  func undoRestoresThePlanAndRedoTheChange(_ change: String) {
    var interpreter = Fixtures.after(Fixtures.designSession)
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
