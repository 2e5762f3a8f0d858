import PlanKit

/// Unlimited undo and redo of plan changes. Each state has a revision number, so the shell
/// can tell whether the plan differs from what was last saved, even after undoing. A change
/// that replaced the whole session (`nieuw`, `open`) keeps the journal it replaced as well.
struct UndoHistory: Sendable {
  struct State: Sendable {
    var plan: Plan
    var revision: Int
    var label: String
    /// The journal to go back to, for a change that replaced it.
    var journal: Journal?
  }

  private(set) var past: [State] = []
  private(set) var future: [State] = []
  private(set) var revision = 0
  private var nextRevision = 1

  /// Records that `previous` was replaced by a change described by `label`.
  mutating func record(previous: Plan, label: String, journal: Journal? = nil) {
    past.append(State(plan: previous, revision: revision, label: label, journal: journal))
    future.removeAll()
    revision = nextRevision
    nextRevision += 1
  }

  /// The state to return to; `journal` is the current one, kept for a redo.
  mutating func undo(current: Plan, journal: Journal) -> State? {
    guard let state = past.popLast() else { return nil }
    future.append(
      State(
        plan: current, revision: revision, label: state.label,
        journal: state.journal == nil ? nil : journal))
    revision = state.revision
    return state
  }

  mutating func redo(current: Plan, journal: Journal) -> State? {
    guard let state = future.popLast() else { return nil }
    past.append(
      State(
        plan: current, revision: revision, label: state.label,
        journal: state.journal == nil ? nil : journal))
    revision = state.revision
    return state
  }
}
