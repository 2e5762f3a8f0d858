import PlanKit

/// Unlimited undo and redo of plan changes. Each state has a revision number, so the shell
/// can tell whether the plan differs from what was last saved, even after undoing.
struct UndoHistory: Sendable {
  struct State: Sendable {
    var plan: Plan
    var revision: Int
    var label: String
  }

  private(set) var past: [State] = []
  private(set) var future: [State] = []
  private(set) var revision = 0
  private var nextRevision = 1

  /// Records that `previous` was replaced by a change described by `label`.
  mutating func record(previous: Plan, label: String) {
    past.append(State(plan: previous, revision: revision, label: label))
    future.removeAll()
    revision = nextRevision
    nextRevision += 1
  }

  /// The plan to return to, and the label of the change undone.
  mutating func undo(current: Plan) -> (Plan, String)? {
    guard let state = past.popLast() else { return nil }
    future.append(State(plan: current, revision: revision, label: state.label))
    revision = state.revision
    return (state.plan, state.label)
  }

  mutating func redo(current: Plan) -> (Plan, String)? {
    guard let state = future.popLast() else { return nil }
    past.append(State(plan: current, revision: revision, label: state.label))
    revision = state.revision
    return (state.plan, state.label)
  }
}
