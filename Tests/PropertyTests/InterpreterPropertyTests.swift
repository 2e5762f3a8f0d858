import PlanKit
import PropertyBased
import Testing

@testable import Workbench

/// Random sessions of commands on random plans: whatever is typed, undo and redo are exact,
/// a failing command changes nothing, and the journal rebuilds the plan.
struct InterpreterPropertyTests {
  static let sessions = Gen.int(in: 0...99_999).array(of: 1...30)

  @Test func undoesAndRedoesEveryChangeExactly() async {
    await propertyCheck(count: 60, input: Self.sessions) { numbers in
      var session = RandomSession()
      for n in numbers {
        let line = session.command(n)
        let before = session.interpreter.plan
        let outcome = session.interpreter.run(line)
        if outcome.failed {
          #expect(session.interpreter.plan == before, "a failed '\(line)' changed the plan")
          continue
        }
        let after = session.interpreter.plan
        guard after != before, !["ongedaan", "opnieuw"].contains(line) else { continue }
        _ = session.interpreter.run("ongedaan")
        #expect(session.interpreter.plan == before, "undo after '\(line)'")
        _ = session.interpreter.run("opnieuw")
        #expect(session.interpreter.plan == after, "redo after '\(line)'")
      }
    }
  }

  @Test func rebuildsThePlanFromItsJournal() async {
    await propertyCheck(count: 60, input: Self.sessions) { numbers in
      var session = RandomSession()
      var lines: [String] = []
      for n in numbers {
        let line = session.command(n)
        lines.append(line)
        _ = session.interpreter.run(line)
      }
      let interpreter = session.interpreter
      #expect(
        throws: Never.self, "replaying \(lines)",
        performing: { try Replay.verify(interpreter.journal, snapshot: interpreter.plan) })
      var replay = Replay(interpreter.journal)
      replay.finish()
      #expect(replay.interpreter.plan == interpreter.plan)
    }
  }

  @Test func exportsTheSameJSONForTheSamePlan() async {
    await propertyCheck(count: 40, input: Self.sessions) { numbers in
      let files = MemoryFiles()
      var session = RandomSession(files: files)
      for n in numbers { _ = session.interpreter.run(session.command(n)) }
      let first = session.interpreter.run("export json").text
      #expect(session.interpreter.run("export json").text == first)
      _ = session.interpreter.run("bewaar p.json")
      var reopened = Interpreter(files: files, today: RandomSession.today)
      _ = reopened.run("open p.json")
      #expect(reopened.run("export json").text == first)
    }
  }
}
