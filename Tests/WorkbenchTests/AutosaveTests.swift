import PlanFiles
import PlanKit
import Testing

@testable import Workbench

struct AutosaveTests {
  func interpreter(_ lines: [String], files: MemoryFiles = MemoryFiles()) -> Interpreter {
    Fixtures.after(lines, files: files)
  }

  func text(_ contents: Autosave.Contents) -> String {
    ([Autosave.headerLine(contents.header)] + contents.steps.map(Autosave.stepLine))
      .joined(separator: "\n") + "\n"
  }

  @Test func writesOneLinePerStepAndReadsThemBack() throws {
    let pending = Autosave.pending(interpreter(Fixtures.designSession))
    #expect(pending.header == Autosave.Header(session: nil, after: 0, base: nil))
    let written = text(pending)
    #expect(written.split(separator: "\n").count == 1 + Fixtures.designSession.count)
    let read = try Autosave.decode(written)
    #expect(read.header == pending.header && read.steps == pending.steps)
  }

  @Test func leavesOutALastLineCutOffByACrash() throws {
    let written = text(Autosave.pending(interpreter(Fixtures.designSession)))
    let torn = String(written.dropLast(20))
    let read = try Autosave.decode(torn)
    #expect(read.steps.count == Fixtures.designSession.count - 1)
    #expect(read.unread == nil, "a torn last line was never answered: nothing to say")
  }

  @Test func readsAnAutosaveCopiedThroughWindows() throws {
    let written = text(Autosave.pending(interpreter(Fixtures.designSession)))
    let windows = "\u{FEFF}" + written.replacingOccurrences("\n", with: "\r\n")
    let read = try Autosave.decode(windows)
    #expect(read.steps == (try Autosave.decode(written)).steps)
    #expect(read.steps.count == Fixtures.designSession.count && read.unread == nil)
  }

  @Test func readsADamagedAutosaveUpToItsLastWholeStep() throws {
    let written = text(Autosave.pending(interpreter(Fixtures.designSession)))
    let damaged = written.replacingOccurrences(
      "\"command\": \"perceel", with: "\"command\" \"perceel")
    let read = try Autosave.decode(damaged)
    // nieuw comes first, perceel second: one whole step, then the damage.
    #expect(read.steps.map(\.command) == [Fixtures.designSession[0]])
    let unread = try #require(read.unread)
    #expect(unread.line == 3)
    #expect(unread.lines == Fixtures.designSession.count - 1)
    #expect(unread.reason.nl.contains("steps[1]"))
  }

  @Test func refusesAnAutosaveWhoseHeaderIsDamaged() throws {
    let written = text(Autosave.pending(interpreter(Fixtures.designSession)))
    #expect(throws: PlanError.self) { try Autosave.decode("{" + written) }
  }

  @Test func startsAfterTheSavedStepsOfASession() throws {
    let files = MemoryFiles()
    var session = interpreter(Fixtures.designSession + ["bewaar s.json"], files: files)
    #expect(Autosave.pending(session).steps.isEmpty)
    _ = session.run("verschuif r1 1m")
    let pending = Autosave.pending(session)
    #expect(pending.header == Autosave.Header(session: "s.json", after: 6, base: nil))
    let journal = try Autosave.recover(pending, session: try files.read("s.json"))
    var recovered = Fixtures.interpreter(files)
    #expect(recovered.recovered(journal, path: "s.json", savedSteps: 6).isEmpty)
    #expect(recovered.plan == session.plan)
    #expect(recovered.hasUnsavedChanges)
    _ = session.run("bewaar")
    #expect(throws: PlanError.self) {
      try Autosave.recover(pending, session: try files.read("s.json"))
    }
  }

  @Test func keepsTheBaseOfAPlanThatWasNeverSaved() throws {
    var session = interpreter(
      Fixtures.designSession + ["herhaal s.json"], files: InterpreterTests.savedSession())
    _ = session.run("verschuif r1 1m")
    let pending = Autosave.pending(session)
    #expect(pending.header.session == nil)
    let journal = try Autosave.recover(try Autosave.decode(text(pending)), session: nil)
    var recovered = Fixtures.interpreter()
    #expect(recovered.recovered(journal, path: nil, savedSteps: 0).isEmpty)
    #expect(recovered.plan == session.plan)
  }

  /// Found by the property test: save, change, open the file again, undo the open, save,
  /// redo the open, change. The journal then no longer continues the file's, and the
  /// autosave keeps it whole instead of counting the file's steps as its own.
  @Test func keepsTheWholeJournalWhenAnUndoneOpenPartsItFromTheFile() throws {
    let files = MemoryFiles()
    var session = interpreter(
      Fixtures.designSession + [
        "bewaar p.json", "perceel p2 x", "open p.json", "ongedaan", "bewaar p.json", "opnieuw",
        "perceel p7 y",
      ], files: files)
    let pending = Autosave.pending(session)
    #expect(pending.header.whole && pending.header.session == "p.json")
    let read = try Autosave.decode(text(pending))
    #expect(read.header == pending.header)
    let journal = try Autosave.recover(read, session: try files.read("p.json"))
    var recovered = Fixtures.interpreter(files)
    #expect(recovered.recovered(journal, path: "p.json", savedSteps: nil).isEmpty)
    #expect(recovered.plan == session.plan)
    #expect(recovered.plan.lotIndex("p7") != nil && recovered.plan.lotIndex("p2") == nil)
    #expect(recovered.journal == session.journal)
    // Saved, it continues the file again.
    _ = session.run("bewaar")
    #expect(!Autosave.pending(session).header.whole)
  }
}
