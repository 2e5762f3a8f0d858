import PlanFiles
import PlanKit

/// `ongedaan`: takes back the last step, whatever it was (a change, `nieuw`, `open`).
enum UndoCommand: Command {
  static let spec = CommandSpec(
    id: .undo, group: .session, names: [.nl: ["ongedaan", "terug"], .en: ["undo"]],
    arguments: [], clauses: [],
    summary: Phrase(nl: "Maakt de laatste wijziging ongedaan.", en: "Undoes the last change."),
    usage: Phrase(nl: "ongedaan", en: "undo"), examples: [.nl: ["ongedaan"], .en: ["undo"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    guard let state = interpreter.history.lastDone else {
      throw PlanError(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
    }
    let (current, today) = (interpreter.session, interpreter.settings.today)
    let redo = interpreter.restore(state)
    interpreter.history.undo(redo: redo, session: current, today: today)
    var outcome = Outcome(
      text: interpreter.text(Phrase(nl: "Ongedaan: \(state.label)", en: "Undone: \(state.label)")))
    // Undoing `nieuw` or `open`, or redoing it, brings back the journal that went with it.
    outcome.journalsItself = state.session != nil
    return outcome
  }
}
