import PlanKit
import PlanRender

/// `lijst`: every item with its dates, per lot. Read only.
enum ListCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .list, group: .view, names: [.nl: ["lijst"], .en: ["list"]],
    arguments: [arg("perceel", "lot", .target, optional: true)],
    clauses: [.owner, .kind, .from, .to],
    summary: Phrase(
      nl:
        "Zet alle fasen en mijlpalen onder elkaar, met data en duur; alleen die van een perceel, een eigenaar, een soort of die in een periode vallen als dat gevraagd wordt.",
      en:
        "Lists every phase and milestone with dates and duration; only those of a lot, an owner, a kind or within a period when asked."
    ),
    usage: Phrase(
      nl: "lijst [PERCEEL] [eigenaar WIE] [soort SOORT] [van DATUM] [tot DATUM]",
      en: "list [LOT] [owner WHO] [kind KIND] [from DATE] [to DATE]"),
    examples: [
      .nl: [
        "lijst", "lijst r1", "lijst eigenaar \"Jan de Vries\"",
        "lijst van 1 mei 2023 tot 1 juli 2023",
      ],
      .en: ["list", "list kind collegebesluit"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var lots = context.plan.lots
    var milestones = context.plan.milestones
    if let word = command.argument(0).first {
      guard let l = context.plan.lotIndex(word.text.lowercased()) else {
        throw context.unknownLot(word.text.lowercased(), at: word.span)
      }
      lots = [context.plan.lots[l]]
      milestones = []
    }
    guard context.plan.itemCount > 0 || !context.plan.lots.isEmpty else {
      return Outcome(
        text: context.text(
          Phrase(
            nl: "Het plan is nog leeg: begin met 'perceel'.",
            en: "The plan is still empty: start with 'lot'.")))
    }
    let filter = try Filter(command, context)
    if filter.active {
      lots = lots.compactMap { lot in
        var shown = lot
        shown.items = lot.items.filter { filter.keeps($0, in: lot) }
        return shown.items.isEmpty ? nil : shown
      }
      milestones = milestones.filter { filter.keeps($0, in: nil) }
      guard !lots.isEmpty || !milestones.isEmpty else {
        return Outcome(
          text: context.text(
            Phrase(nl: "Geen onderdelen die daaraan voldoen.", en: "No items match.")))
      }
    }
    var blocks: [String] = lots.map { lot in
      "\(lot.id)  \(lot.title.inert)"
        + (lot.items.isEmpty ? "" : "\n" + context.itemLines(lot.items))
        + (filter.active ? "" : context.processLine(lot))
    }
    if !milestones.isEmpty {
      blocks.append(
        context.text(Phrase(nl: "plan", en: "plan")) + "\n" + context.itemLines(milestones))
    }
    return Outcome(text: blocks.joined(separator: "\n"))
  }

  /// What `lijst` was asked to keep: an owner (of the item, or of its lot when it has none),
  /// a kind, and a period the item must overlap.
  struct Filter {
    var owner: String?
    var kind: String?
    var from: Day?
    var to: Day?

    var active: Bool { owner != nil || kind != nil || from != nil || to != nil }

    init(_ command: ParsedCommand, _ context: CommandContext) throws(PlanError) {
      owner = command.clauses[.owner].map {
        $0.words.map(\.text).joined(separator: " ").lowercased()
      }
      kind = try command.clauses[.kind].map(\.words).map(CommandContext.kindName)
      from = try command.clauses[.from].map { clause throws(PlanError) in
        try context.dateParser.parse(clause.words).windowStart
      }
      to = try command.clauses[.to].map { clause throws(PlanError) in
        try context.dateParser.parse(clause.words).asEnd(
          inclusive: clause.keyword.text.lowercased() != "tot"
        ).day
      }
    }

    /// - Complexity: O(1).
    func keeps(_ item: Item, in lot: Lot?) -> Bool {
      if let owner {
        guard let named = item.owner ?? lot?.owner, named.lowercased().contains(owner) else {
          return false
        }
      }
      if let kind, item.kind != kind { return false }
      let end = item.type == .milestone ? item.start.day.adding(days: 1) : item.end.day
      if let from, end <= from { return false }
      if let to, item.start.day >= to { return false }
      return true
    }
  }
}
