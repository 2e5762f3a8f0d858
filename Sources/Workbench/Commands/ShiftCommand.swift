import PlanKit

/// Moves an item, a lot or the plan, and everything that depends on it. What the user
/// gave moves: a start date, an end date. A phase whose start follows a link ends later
/// (it takes longer); a milestone that follows a link waits longer. With `alleen`, the
/// items that wait for the moved ones stay where they are and their links show as broken.
enum ShiftCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .shift, group: .timing, names: [.nl: ["verschuif"], .en: ["shift", "move"]],
    arguments: [arg("naam", "name", .target), arg("duur", "duration", .rest)],
    clauses: [.only],
    summary: Phrase(
      nl:
        "Verschuift een onderdeel, een perceel of het hele plan, en alles wat erop wacht; met 'alleen' blijven de opvolgers staan.",
      en:
        "Shifts an item, a lot or the whole plan, and everything waiting for it; with 'only' the successors stay put."
    ),
    usage: Phrase(
      nl: "verschuif (ONDERDEEL | PERCEEL | plan) DUUR [alleen]",
      en: "shift (ITEM | LOT | plan) DURATION [only]"),
    examples: [
      .nl: [
        "verschuif r1.inkoopprocedure 2 maanden", "verschuif r1 -2w",
        "verschuif r1.inkoopprocedure 10 werkdagen alleen",
      ],
      .en: ["shift r1 +1m", "shift r1.procurement 2 months only"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    let by = try DurationParser.parse(command.argument(1))
    let only = try command.clauses[.only].map(CommandContext.flag) ?? false
    let ids: [String]
    if id == "plan" {
      ids = context.plan.itemCount > 0 ? ["plan"] : []
    } else if let l = context.plan.lotIndex(id) {
      ids = context.plan.lots[l].items.map(\.id)
    } else {
      ids = [context.plan.id(at: try context.existingLocation(word))]
    }
    guard !ids.isEmpty else {
      throw PlanError(
        nl: "\(id) heeft geen onderdelen om te verschuiven", en: "\(id) has no items to shift",
        at: word.span)
    }
    let span = spanOf(command.argument(1))
    let workdays = context.workdays
    var pinned: [String] = []
    // The whole plan moves on its graph; a lot or an item from what it moved.
    let graph = id == "plan" ? context.graphCache ?? PlanGraph(context.plan) : nil
    if let graph { context.graphCache = graph }
    let committed = try context.commit(
      command.verb.text, changed: graph == nil ? ids : nil, structural: false
    ) {
      plan throws(PlanError) in
      if let graph {
        plan.shiftWhole(by: by, workdays: workdays, graph: graph)
        return
      }
      try plan.shift(ids, by: by, workdays: workdays, span: span)
      if only { pinned = plan.pinSuccessors(of: ids) }
    }
    var lines = context.movedLines(summarising: committed.moved)
    if lines.isEmpty {
      lines.append(context.text(Phrase(nl: "Niets verschoven.", en: "Nothing moved.")))
    }
    for id in Set(pinned).sorted() {
      lines.append(
        context.text(
          Phrase(
            nl:
              "  \(id) blijft staan en staat nu vast ('wijzig \(id) vast uit' laat het weer meebewegen)",
            en: "  \(id) stays put and is now fixed ('set \(id) fixed off' lets it follow again)")))
    }
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
