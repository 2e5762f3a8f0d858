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
    #expect(try Autosave.decode(torn).steps.count == Fixtures.designSession.count - 1)
    let damaged = written.replacingOccurrences(
      "\"command\": \"perceel", with: "\"command\" \"perceel")
    #expect(throws: PlanError.self) { try Autosave.decode(damaged) }
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
}
