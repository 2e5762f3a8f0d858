import PlanKit
import Testing

@testable import Workbench

/// Undo keeps what each command changed, never a copy of the plan.
struct UndoMemoryTests {
  @Test func keepsEditsInProportionToWhatEachCommandChanged() {
    var interpreter = Fixtures.after([])
    for l in 1...60 {
      for line in [
        "perceel r\(l) \"Route \(l)\"",
        "fase r\(l).voorbereiding van 1 feb 2024 duur 40 werkdagen",
        "fase r\(l).inkoopprocedure na r\(l).voorbereiding duur 120 werkdagen",
        "mijlpaal r\(l).gunning na r\(l).inkoopprocedure",
      ] {
        let outcome = interpreter.run(line)
        #expect(!outcome.failed, "\(outcome.text)")
      }
    }
    let steps = interpreter.history.past
    #expect(steps.count == 240)
    for step in steps {
      // A lot, an item with its links and the implicit ones, and the dates of what a new
      // item settles: a few edits, however large the plan has grown.
      #expect(step.change.inverse.count <= 12, "\(step.label): \(step.change.inverse.count)")
      for edit in step.change.inverse {
        switch edit {
        case .whole, .lots, .milestones, .links: Issue.record("\(step.label) kept a whole array")
        default: break
        }
      }
    }
    #expect(!interpreter.run("verschuif plan 1 week").failed)
    // Every item moves: its own rule and its dates, two edits each.
    #expect(interpreter.history.past.last!.change.inverse.count <= 2 * interpreter.plan.itemCount)
  }
}
