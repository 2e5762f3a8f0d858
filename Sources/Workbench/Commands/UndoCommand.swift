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
    try interpreter.travel(back: true)
  }
}
