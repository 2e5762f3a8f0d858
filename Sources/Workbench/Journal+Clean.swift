import PlanFiles
import PlanKit

extension Journal {
  /// The journal without the steps that were undone and not redone, and without the undo
  /// and redo steps themselves: what a meeting needs to see of a session full of experiments.
  /// Every step of the journal is one step of undo, so undo takes back the last step kept.
  ///
  /// - Complexity: O(steps).
  func withoutUndone() -> Journal {
    var kept: [Step] = []
    var undone: [Step] = []
    for step in steps {
      let verb = step.command.split(separator: " ").first.map(String.init) ?? ""
      switch CommandTable.spec(named: verb)?.id {
      case .undo:
        if let last = kept.popLast() { undone.append(last) }
      case .redo:
        if let last = undone.popLast() { kept.append(last) }
      default:
        kept.append(step)
        undone.removeAll()
      }
    }
    var journal = self
    journal.steps = kept
    return journal
  }
}
