import PlanFiles
import PlanKit

/// `nieuw`: a new, empty plan with a journal of its own, as one undoable step.
enum NewCommand: Command {
  static let spec = CommandSpec(
    id: .new, group: .plan, names: [.nl: ["nieuw"], .en: ["new"]],
    arguments: [arg("titel", "title", .text)], clauses: [.organisation],
    summary: Phrase(nl: "Begint een nieuw, leeg plan.", en: "Starts a new, empty plan."),
    usage: Phrase(
      nl: "nieuw \"TITEL\" [organisatie \"NAAM\"]", en: "new \"TITLE\" [organisation \"NAME\"]"),
    examples: [
      .nl: ["nieuw \"Inkoop Wmo en Participatie 2024\""],
      .en: ["new \"Procurement Wmo 2024\" organisation \"Regio Amersfoort\""],
    ])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    let title = command.argument(0).map(\.text).joined(separator: " ")
    var next = Plan(title: title)
    next.organisation = command.clauses[.organisation].map { interpreter.context.text($0.words) }
    let lost = interpreter.plan.itemCount
    interpreter.replaceSession(next, journal: Journal(), label: command.verb.text)
    interpreter.path = nil
    interpreter.savedSteps = 0
    let note =
      lost > 0
      ? Phrase(
        nl: " (het vorige plan met \(lost) onderdelen komt terug met 'ongedaan')",
        en: " (the previous plan with \(lost) items comes back with 'undo')")
      : Phrase("")
    return Outcome(
      text: interpreter.text(Phrase(nl: "Nieuw plan: \(title)", en: "New plan: \(title)") + note))
  }
}
