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
    try interpreter.travel(back: false)
  }
}
