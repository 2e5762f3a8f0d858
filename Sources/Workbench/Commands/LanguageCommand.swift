import PlanFiles
import PlanKit

/// `taal`: the language of the answers.
enum LanguageCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .language, group: .settings, names: [.nl: ["taal"], .en: ["lang", "language"]],
    arguments: [arg("taal", "language", .choice(["nl", "en"]), optional: true)], clauses: [],
    summary: Phrase(
      nl: "Kiest de taal van de meldingen: nl of en.",
      en: "Chooses the language of messages: nl or en."),
    usage: Phrase(nl: "taal nl|en", en: "lang nl|en"),
    examples: [.nl: ["taal en"], .en: ["lang nl"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    if let word = command.argument(0).first {
      context.settings.language = Language(rawValue: word.text.lowercased())!
      if context.chosenLanguage != nil { context.chosenLanguage = context.settings.language }
    }
    return Outcome(text: context.text(Phrase(nl: "Taal: Nederlands", en: "Language: English")))
  }
}
