import PlanFiles
import PlanKit

/// `instelling`: the settings of the screen (ascii).
enum SettingCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .setting, group: .settings, names: [.nl: ["instelling"], .en: ["setting"]],
    arguments: [
      arg("naam", "name", .choice(["ascii"]), optional: true),
      arg("waarde", "value", .choice(["aan", "uit", "on", "off"]), optional: true),
    ],
    clauses: [],
    summary: Phrase(
      nl: "Toont of wijzigt een instelling: ascii aan|uit tekent het schema in gewone tekens.",
      en: "Shows or changes a setting: ascii on|off draws the chart in plain characters."),
    usage: Phrase(nl: "instelling [ascii aan|uit]", en: "setting [ascii on|off]"),
    examples: [.nl: ["instelling ascii aan"], .en: ["setting ascii off"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    if command.argument(0).first != nil {
      guard let value = command.argument(1).first else {
        throw PlanError(
          nl: "aan of uit?", en: "on or off?", at: command.argument(0).first?.span,
          hint: Phrase(nl: "zo: instelling ascii aan", en: "like this: setting ascii on"))
      }
      context.settings.ascii = ["aan", "on"].contains(value.text.lowercased())
    }
    let state = context.settings.ascii ? Phrase(nl: "aan", en: "on") : Phrase(nl: "uit", en: "off")
    return Outcome(text: "ascii: " + context.text(state))
  }
}
