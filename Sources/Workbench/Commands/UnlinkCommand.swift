import PlanKit

/// `ontkoppel`: takes away a link; what it held is scheduled again.
enum UnlinkCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .unlink, group: .timing, names: [.nl: ["ontkoppel"], .en: ["unlink"]],
    arguments: [arg("naam", "name", .target)], clauses: [.from],
    summary: Phrase(
      nl:
        "Haalt de koppelingen van een onderdeel weg (of alleen die van één voorganger); het houdt zijn data.",
      en: "Removes an item's links (or those to one predecessor); it keeps its dates."),
    usage: Phrase(nl: "ontkoppel ONDERDEEL [van ONDERDEEL]", en: "unlink ITEM [from ITEM]"),
    examples: [
      .nl: ["ontkoppel r1.implementatie van r1.inkoopprocedure"], .en: ["unlink r1.start"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let id = context.plan.id(at: try context.existingLocation(word))
    var from: String?
    if let clause = command.clauses[.from] {
      guard clause.words.count == 1 else {
        throw PlanError(Messages.giveOneItem, at: spanOf(clause.words))
      }
      from = context.plan[try context.existingLocation(clause.words[0])].id
    }
    let removed = context.plan.links.filter { $0.to == id && (from == nil || $0.from == from) }
    guard !removed.isEmpty else {
      throw PlanError(
        nl: "\(id) is niet gekoppeld\(from.map { " aan \($0)" } ?? "")",
        en: "\(id) is not linked\(from.map { " to \($0)" } ?? "")", at: command.span,
        hint: Phrase(
          nl: "'toon \(id)' laat zijn koppelingen zien", en: "'show \(id)' lists its links"))
    }
    let committed = try context.commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      plan.removeLinks(of: [id]) { $0.to == id && (from == nil || $0.from == from) }
      // What the tender's order would link again stays unlinked, as asked.
      plan.keepUnlinked(removed)
      plan.anchorOrphans([id])
    }
    var lines = removed.map {
      context.text(Phrase(nl: "ontkoppeld: ", en: "unlinked: ")) + $0.text(context.language)
    }
    lines += context.movedLines(committed.moved)
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
