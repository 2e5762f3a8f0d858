import PlanKit

/// Ends the session; the shell asks first when there are unsaved changes.
enum QuitCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .quit, group: .session, names: [.nl: ["stop", "einde"], .en: ["quit", "exit"]],
    arguments: [], clauses: [],
    summary: Phrase(
      nl: "Stopt Planwerk; vraagt eerst bij niet-bewaarde wijzigingen.",
      en: "Quits Planwerk; asks first when there are unsaved changes."),
    usage: Phrase(nl: "stop", en: "quit"), examples: [.nl: ["stop"], .en: ["quit"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    Outcome(quit: true)
  }
}
