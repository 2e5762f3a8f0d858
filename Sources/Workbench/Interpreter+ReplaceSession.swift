import PlanFiles
import PlanKit

extension Interpreter {
  /// Replaces the plan and its journal as one undoable step (`nieuw`, `open`); with
  /// `settings`, the session's settings too, which undo brings back. A step that goes on to
  /// mark the new plan saved (`open`) says so with `marksSaved`: what was saved before it still
  /// holds after that one save.
  mutating func replaceSession(
    _ newPlan: Plan, journal newJournal: Journal, label: String, settings: Settings? = nil,
    marksSaved: Bool = false
  ) {
    var previous = session
    if settings == nil { previous.settings = nil }
    if marksSaved { previous.saved.save += 1 }
    let change = plan.recording { $0.replaceWhole(with: newPlan) }
    context.committed = change
    history.record(change, label: label, session: previous)
    journal = newJournal
    if let settings {
      self.settings = settings
      if let chosen = context.chosenLanguage { self.settings.language = chosen }
    }
    journalGeneration = nextGeneration()
    context.forgetDerived()
  }
}
