import PlanFiles
import PlanKit

/// Unlimited undo and redo of plan changes. Each state has a revision number, so the shell
/// can tell whether the plan differs from what was last saved, even after undoing. A step keeps
/// the change that undoes it (what the command changed, not a copy of the plan); a change that
/// replaced the whole session (`nieuw`, `open`) keeps the session it replaced as well: its
/// journal and the file it belongs to.
struct UndoHistory: Sendable {
  /// What a session is besides its plan: undoing `open` goes back to the file before it, so
  /// that `bewaar` does not write the earlier plan over the file that was opened.
  struct Session: Sendable {
    var journal: Journal
    var path: String?
    /// Which journal this is (`Interpreter.journalGeneration`).
    var generation: Int
    /// What was saved where (`Interpreter.markSaved`), so that undoing `open` does not call
    /// the plan before it unsaved, unless a file was saved since.
    var saved: Saved
    /// The settings to go back to, for a change that took a file's (`open`).
    var settings: Settings?

    /// This session in the place of `kept`: with settings only where `kept` has them.
    func replacing(_ kept: Session) -> Session {
      var session = self
      if kept.settings == nil { session.settings = nil }
      return session
    }
  }

  struct Saved: Sendable {
    /// The count of saves (`Interpreter.saves`) at which this still holds: after another save
    /// the file holds something else.
    var save: Int
    var revision: Int
    var steps: Int
    var generation: Int?
    var path: String?
    var published: [String: PublishedEvent] = [:]
  }

  struct State: Sendable {
    /// The change that leads to this state from the current one.
    var change: PlanChange
    var revision: Int
    var label: String
    /// The session and the day, boxed: few steps have them, and a session inline would make
    /// every step of a 100,000-step history as large as a plan's header.
    private let extras: Extras?

    /// The session to go back to, for a change that replaced it.
    var session: Session? { extras?.session }
    /// The day `vandaag` meant to go back to (nil inside: none was set), for a step that set it.
    var today: Day?? { extras?.today }

    init(change: PlanChange, revision: Int, label: String, session: Session?, today: Day??) {
      self.change = change
      self.revision = revision
      self.label = label
      extras = session == nil && today == nil ? nil : Extras(session: session, today: today)
    }
  }

  final class Extras: Sendable {
    let session: Session?
    let today: Day??

    init(session: Session?, today: Day??) {
      self.session = session
      self.today = today
    }
  }

  private(set) var past: [State] = []
  private(set) var future: [State] = []
  private(set) var revision = 0
  private var nextRevision = 1

  /// Records a change described by `label`.
  ///
  /// - Complexity: O(1) amortised; the future it drops is freed.
  mutating func record(
    _ change: PlanChange, label: String, session: Session? = nil, today: Day?? = nil
  ) {
    past.append(
      State(
        change: change.kept, revision: revision, label: label, session: session, today: today))
    future.removeAll()
    revision = nextRevision
    nextRevision += 1
  }

  /// Names the step just recorded by the whole line that made it ("verschuif r1.x 2 weken",
  /// not only "verschuif"): undoing it then says what it takes back.
  ///
  /// - Complexity: O(1).
  mutating func relabelLast(_ label: @autoclosure () -> String, recordedAt revision: Int) {
    guard let last = past.indices.last, past[last].revision == revision else { return }
    past[last].label = label()
  }

  /// The step to take back, without taking it.
  var lastDone: State? { past.last }
  var lastUndone: State? { future.last }

  /// Takes back the last step; `redo` is the change that does it again, made by undoing it,
  /// and `session` the current one, kept for a redo.
  mutating func undo(redo: PlanChange, session: Session, today: Day??) {
    let state = past.removeLast()
    future.append(
      State(
        change: redo.kept, revision: revision, label: state.label,
        session: state.session.map(session.replacing), today: state.today == nil ? nil : today))
    revision = state.revision
  }

  mutating func redo(undo: PlanChange, session: Session, today: Day??) {
    let state = future.removeLast()
    past.append(
      State(
        change: undo.kept, revision: revision, label: state.label,
        session: state.session.map(session.replacing), today: state.today == nil ? nil : today))
    revision = state.revision
  }
}
