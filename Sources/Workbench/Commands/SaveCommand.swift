import PlanFiles
import PlanKit

/// `bewaar`: writes the session (plan, settings and journal) to its file.
enum SaveCommand: Command {
  static let spec = CommandSpec(
    id: .save, group: .session, names: [.nl: ["bewaar"], .en: ["save"]],
    arguments: [arg("bestand", "file", .file(["json"]), optional: true)], clauses: [],
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
    let name = file.split(separator: "/").last.map(String.init) ?? file
    if let dot = name.lastIndex(of: "."), name[name.index(after: dot)...].lowercased() != "json" {
      // Another program opening a session under another extension would misread it.
      let given = String(name[dot...])
      throw PlanError(
        given.lowercased() == ".plan"
          ? Phrase(
            nl: "een sessie wordt als .json bewaard; .plan is voor scripts",
            en: "a session is saved as .json; .plan is for scripts")
          : Phrase(
            nl: "een sessie wordt als .json bewaard, niet als \(given)",
            en: "a session is saved as .json, not as \(given)"),
        at: command.argument(0).first?.span,
        hint: Phrase(
          nl: "bewaar \(file.dropLast(given.count)).json, of 'exporteer' voor andere formaten",
          en: "save \(file.dropLast(given.count)).json, or 'export' for other formats"))
    }
    if !name.contains(".") { file += ".json" }
    try interpreter.files.write(
      file,
      bytes: SessionFile.encodedBytes(
        interpreter.plan, interpreter.settings, journal: interpreter.journal))
    interpreter.markSaved(path: file)
    return Outcome(
      text: interpreter.text(
        Phrase(
          nl:
            "Bewaard in \(file) (\(count(interpreter.plan.itemCount, "onderdeel", "onderdelen"))).",
          en: "Saved to \(file) (\(count(interpreter.plan.itemCount, "item", "items"))).")))
  }
}
