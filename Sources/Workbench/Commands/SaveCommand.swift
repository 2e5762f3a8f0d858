import PlanFiles
import PlanKit

/// `bewaar`: writes the session (plan, settings and journal) to its file.
enum SaveCommand: Command {
  static let spec = CommandSpec(
    id: .save, group: .session, names: [.nl: ["bewaar"], .en: ["save"]],
    arguments: [arg("bestand", "file", .file, optional: true)], clauses: [],
    summary: Phrase(
      nl: "Bewaart de sessie als JSON; zonder bestand in het laatst gebruikte.",
      en: "Saves the session as JSON; without a file, to the one used last."),
    usage: Phrase(nl: "bewaar [BESTAND.json]", en: "save [FILE.json]"),
    examples: [.nl: ["bewaar sessions/route1.json"], .en: ["save plan.json"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    guard let target = command.argument(0).first?.text ?? interpreter.path else {
      throw PlanError(
        nl: "in welk bestand?", en: "which file?", at: command.verb.span,
        hint: Phrase(
          nl: "bijvoorbeeld: bewaar sessions/route1.json",
          en: "for example: save sessions/route1.json"))
    }
    var file = target
    if file.hasSuffix(".plan") {
      throw PlanError(
        nl: "een sessie wordt als .json bewaard; .plan is voor scripts",
        en: "a session is saved as .json; .plan is for scripts", at: command.argument(0).first?.span
      )
    }
    if !file.split(separator: "/").last!.contains(".") { file += ".json" }
    try interpreter.files.write(
      file, SessionFile.encode(interpreter.plan, interpreter.settings, journal: interpreter.journal)
    )
    interpreter.markSaved(path: file)
    return Outcome(
      text: interpreter.text(
        Phrase(
          nl:
            "Bewaard in \(file) (\(count(interpreter.plan.itemCount, "onderdeel", "onderdelen"))).",
          en: "Saved to \(file) (\(count(interpreter.plan.itemCount, "item", "items"))).")))
  }
}
