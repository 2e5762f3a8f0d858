import PlanKit

/// `eigenaar`: who owns a step or a lot, the person to chase; `lijst eigenaar NAAM` finds
/// what is theirs.
enum OwnerCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .owner, group: .plan, names: [.nl: ["eigenaar", "trekker"], .en: ["owner"]],
    arguments: [arg("naam", "name", .target), arg("eigenaar", "owner", .rest)], clauses: [],
    summary: Phrase(
      nl: "Zet wie een onderdeel of perceel trekt; 'geen' haalt het weg.",
      en: "Sets who owns an item or lot; 'none' takes it away."),
    usage: Phrase(nl: "eigenaar NAAM WIE | geen", en: "owner NAME WHO | none"),
    examples: [
      .nl: ["eigenaar r1.inkoopprocedure Jan de Vries", "eigenaar r1 \"Team Inkoop\""],
      .en: ["owner r1 Mary Smith"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let words = command.argument(1)
    guard !words.isEmpty else {
      throw PlanError(
        nl: "wie is de eigenaar?", en: "who is the owner?", at: command.argument(0)[0].span,
        hint: Messages.likeThis(spec.usage))
    }
    let owner = CommandContext.freeText(words[...])
    let (id, committed) = try context.annotate(command.argument(0)[0], label: command.verb.text) {
      current, _, _ throws(PlanError) in current = owner
    }
    return Outcome(
      text: context.text(
        owner.map { Phrase(nl: "\(id): eigenaar \($0.inert)", en: "\(id): owner \($0.inert)") }
          ?? Phrase(nl: "\(id): geen eigenaar", en: "\(id): no owner")), committed)
  }
}
