import PlanKit

/// `notitie`: a note on a step or a lot, shown by `toon` and carried by the exports.
enum NoteCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .note, group: .plan, names: [.nl: ["notitie"], .en: ["note"]],
    arguments: [arg("naam", "name", .target), arg("tekst", "text", .rest)], clauses: [],
    summary: Phrase(
      nl: "Zet een notitie bij een onderdeel of perceel; 'geen' haalt haar weg.",
      en: "Sets a note on an item or lot; 'none' takes it away."),
    usage: Phrase(nl: "notitie NAAM \"TEKST\" | geen", en: "note NAME \"TEXT\" | none"),
    examples: [
      .nl: ["notitie r1.inkoopprocedure \"wacht op advies jurist\""],
      .en: ["note r1 \"budget approved\""],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let words = command.argument(1)
    guard !words.isEmpty else {
      throw PlanError(
        nl: "welke notitie?", en: "which note?", at: command.argument(0)[0].span,
        hint: Messages.likeThis(spec.usage))
    }
    let note = CommandContext.freeText(words[...])
    let (id, committed) = try context.annotate(command.argument(0)[0], label: command.verb.text) {
      _, current, _ throws(PlanError) in current = note
    }
    return Outcome(
      text: context.text(
        note == nil
          ? Phrase(nl: "\(id): geen notitie", en: "\(id): no note")
          : Phrase(nl: "\(id): notitie gezet", en: "\(id): note set")), committed)
  }
}
