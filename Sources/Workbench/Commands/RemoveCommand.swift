import PlanKit

/// `verwijder`: takes an item or a lot out; what waited for it is scheduled again.
enum RemoveCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .remove, group: .plan, names: [.nl: ["verwijder", "wis"], .en: ["remove", "delete"]],
    arguments: [arg("naam", "name", .target)], clauses: [],
    summary: Phrase(
      nl: "Verwijdert een onderdeel, of een perceel met al zijn onderdelen.",
      en: "Removes an item, or a lot with all its items."),
    usage: Phrase(nl: "verwijder NAAM", en: "remove NAME"),
    examples: [.nl: ["verwijder r1.implementatie"], .en: ["remove r3"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    if let lotIndex = context.plan.lotIndex(id) {
      let lot = context.plan.lots[lotIndex]
      let ids = Set(lot.items.map(\.id))
      let committed = try context.commit(
        command.verb.text, changed: [lot.id] + context.plan.successors(of: ids)
      ) {
        plan throws(PlanError) in
        plan.dropLinks(of: ids)
        plan.removeLot(at: lotIndex)
      }
      let items = lot.items.map(\.id).joined(separator: ", ")
      return Outcome(
        text: context.text(
          Phrase(
            nl:
              "Perceel \(id) verwijderd met \(lot.items.count) onderdelen\(items.isEmpty ? "" : ": \(items)"). 'ongedaan' haalt het terug.",
            en:
              "Lot \(id) removed with \(lot.items.count) items\(items.isEmpty ? "" : ": \(items)"). 'undo' brings it back."
          )), committed)
    }
    let location = try context.existingLocation(word)
    let removedID = context.plan[location].id
    // The item's lot derives its order again; what waited for the item keeps its dates.
    let committed = try context.commit(
      command.verb.text, changed: [removedID] + context.plan.successors(of: [removedID])
    ) { plan throws(PlanError) in
      plan.dropLinks(of: [removedID])
      plan.removeItem(at: location)
    }
    return Outcome(
      text: ([context.text(Phrase(nl: "\(id) verwijderd.", en: "\(id) removed."))]
        + context.movedLines(committed.moved))
        .joined(separator: "\n"), committed)
  }
}
