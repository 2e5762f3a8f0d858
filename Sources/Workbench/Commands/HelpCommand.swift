import PlanKit

/// `help` and `help COMMAND`, both read from the command table.
enum HelpCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .help, group: .session, names: [.nl: ["help", "hulp", "?"], .en: ["help"]],
    arguments: [arg("opdracht", "command", .command, optional: true)], clauses: [],
    summary: Phrase(
      nl: "Legt de opdrachten uit, of één opdracht met een voorbeeld.",
      en: "Explains the commands, or one command with an example."),
    usage: Phrase(nl: "help [OPDRACHT]", en: "help [COMMAND]"),
    examples: [.nl: ["help", "help fase"], .en: ["help phase"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    guard let word = command.argument(0).first else {
      return Outcome(text: HelpText.overview(context.language, width: context.settings.width))
    }
    guard let spec = CommandTable.spec(named: word.text) else {
      throw CommandParser.unknownCommand(word, context.language)
    }
    var text = HelpText.details(spec, context.language)
    if spec.id == .procedure { text += "\n" + ProcedureRules.reference(context.language) }
    return Outcome(text: text)
  }
}
