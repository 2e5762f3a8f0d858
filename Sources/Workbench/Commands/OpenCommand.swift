import PlanFiles
import PlanKit

/// Opens a session. A journal that no longer leads to the saved plan does not keep the file
/// shut: the plan opens as it was saved, its journal starts afresh from it, and the answer
/// says what the replay found.
///
/// - Complexity: O(plan) to read it, plus a replay of its journal.
enum OpenCommand: Command {
  static let spec = CommandSpec(
    id: .open, group: .session, names: [.nl: ["open"], .en: ["open", "load"]],
    arguments: [arg("bestand", "file", .file(["json"]))], clauses: [],
    summary: Phrase(
      nl: "Opent een bewaarde sessie (ongedaan brengt het vorige plan terug).",
      en: "Opens a saved session (undo brings the previous plan back)."),
    usage: Phrase(nl: "open BESTAND.json", en: "open FILE.json"),
    examples: [.nl: ["open sessions/002-routes.json"], .en: ["open plan.json"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    try interpreter.open(path: command.argument(0)[0].text, verb: command.verb.text)
  }
}
