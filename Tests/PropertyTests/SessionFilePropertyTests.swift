import PlanFiles
import PlanKit
import PropertyBased
import Testing

@testable import Workbench

/// Saving and opening again gives back the same plan, settings and journal, for any plan the
/// commands can make.
struct SessionFilePropertyTests {
  @Test func opensWhatItSavedUnchanged() async {
    await propertyCheck(count: 60, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers { _ = session.interpreter.run(session.command(n)) }
      let interpreter = session.interpreter
      let text = SessionFile.encode(
        interpreter.plan, interpreter.settings, journal: interpreter.journal)
      let contents = try SessionFile.decode(text)
      #expect(contents.plan == interpreter.plan)
      #expect(contents.settings == interpreter.settings)
      #expect(contents.journal == interpreter.journal)
      #expect(
        SessionFile.encode(contents.plan, contents.settings, journal: contents.journal) == text)
    }
  }

  /// The way users lose work when this fails: a session saved after a shift that no longer
  /// opens, or an autosave that no longer recovers. Checked after every command of a session
  /// that saves and opens its own file along the way, so the journal's steps are taken both
  /// with and without the plan's graph at hand.
  @Test func reopensAndRecoversTheSessionAfterEveryCommand() async {
    await propertyCheck(count: 30, input: InterpreterPropertyTests.sessions) { numbers in
      let files = MemoryFiles()
      var session = RandomSession(files: files)
      for n in numbers {
        let line = session.command(n)
        _ = session.interpreter.run(line)
        let interpreter = session.interpreter
        files.files["check.json"] = SessionFile.encode(
          interpreter.plan, interpreter.settings, journal: interpreter.journal)
        var reopened = Interpreter(files: files, today: RandomSession.today)
        let opened = reopened.run("open check.json")
        #expect(!opened.failed && opened.notice.isEmpty, "after '\(line)': \(opened.text)")
        #expect(reopened.plan == interpreter.plan, "reopened after '\(line)'")
        #expect(reopened.journal == interpreter.journal, "journal reopened after '\(line)'")

        let pending = Autosave.pending(interpreter)
        guard !pending.steps.isEmpty else { continue }
        let autosave =
          ([Autosave.headerLine(pending.header)] + pending.steps.map(Autosave.stepLine))
          .joined(separator: "\n") + "\n"
        let saved = pending.header.session.flatMap { try? files.read($0) }
        let journal = try Autosave.recover(try Autosave.decode(autosave), session: saved)
        var recovered = Interpreter(files: files, today: RandomSession.today)
        let divergences = recovered.recovered(
          journal, path: pending.header.session,
          savedSteps: pending.header.whole ? nil : pending.header.after)
        #expect(divergences.isEmpty, "recovered after '\(line)': \(divergences)")
        #expect(recovered.plan == interpreter.plan, "recovered after '\(line)'")
        #expect(recovered.journal == interpreter.journal, "journal recovered after '\(line)'")
      }
    }
  }
}
