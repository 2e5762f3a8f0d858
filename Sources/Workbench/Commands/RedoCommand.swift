import PlanFiles
import PlanKit

/// `opnieuw`: does an undone step again.
enum RedoCommand: Command {
  static let spec = CommandSpec(
    id: .redo, group: .session, names: [.nl: ["opnieuw"], .en: ["redo"]],
    arguments: [], clauses: [],
    summary: Phrase(
      nl: "Voert een ongedaan gemaakte wijziging opnieuw uit.", en: "Redoes an undone change."),
    usage: Phrase(nl: "opnieuw", en: "redo"), examples: [.nl: ["opnieuw"], .en: ["redo"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    guard let state = interpreter.history.lastUndone else {
      throw PlanError(nl: "er is niets om opnieuw te doen", en: "there is nothing to redo")
    }
    let (current, today) = (interpreter.session, interpreter.settings.today)
    let undo = interpreter.restore(state)
    interpreter.history.redo(undo: undo, session: current, today: today)
    var outcome = Outcome(
      text: interpreter.text(Phrase(nl: "Opnieuw: \(state.label)", en: "Redone: \(state.label)")))
    // Undoing `nieuw` or `open`, or redoing it, brings back the journal that went with it.
    outcome.journalsItself = state.session != nil
    return outcome
  }
}
