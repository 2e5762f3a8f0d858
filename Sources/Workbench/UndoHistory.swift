import PlanKit

/// Unlimited undo and redo of plan changes. Each state has a revision number, so the shell
/// can tell whether the plan differs from what was last saved, even after undoing. A change
/// that replaced the whole session (`nieuw`, `open`) keeps the session it replaced as well:
/// its journal and the file it belongs to.
struct UndoHistory: Sendable {
  /// What a session is besides its plan: undoing `open` goes back to the file before it, so
  /// that `bewaar` does not write the earlier plan over the file that was opened.
  struct Session: Sendable {
    var journal: Journal
    var path: String?
    /// Which journal this is (`Interpreter.journalGeneration`).
    var generation: Int
  }

  struct State: Sendable {
    var plan: Plan
    var revision: Int
    var label: String
    /// The session to go back to, for a change that replaced it.
    var session: Session?
  }

  private(set) var past: [State] = []
  private(set) var future: [State] = []
  private(set) var revision = 0
  private var nextRevision = 1

  /// Records that `previous` was replaced by a change described by `label`.
  mutating func record(previous: Plan, label: String, session: Session? = nil) {
    past.append(State(plan: previous, revision: revision, label: label, session: session))
    future.removeAll()
    revision = nextRevision
    nextRevision += 1
  }

  /// The state to return to; `session` is the current one, kept for a redo.
  mutating func undo(current: Plan, session: Session) -> State? {
    guard let state = past.popLast() else { return nil }
    future.append(
      State(
        plan: current, revision: revision, label: state.label,
        session: state.session == nil ? nil : session))
    revision = state.revision
    return state
  }

  mutating func redo(current: Plan, session: Session) -> State? {
    guard let state = future.popLast() else { return nil }
    past.append(
      State(
        plan: current, revision: revision, label: state.label,
        session: state.session == nil ? nil : session))
    revision = state.revision
    return state
  }
}
