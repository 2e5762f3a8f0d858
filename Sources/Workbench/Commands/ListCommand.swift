import PlanKit
import PlanRender

/// `lijst`: every item with its dates, per lot. Read only.
enum ListCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .list, group: .view, names: [.nl: ["lijst"], .en: ["list"]],
    arguments: [arg("perceel", "lot", .target, optional: true)],
    clauses: [.owner, .kind, .status, .from, .to],
    summary: Phrase(
      nl:
        "Zet alle fasen en mijlpalen onder elkaar, met data en duur; alleen die van een perceel, een eigenaar, een soort of die in een periode vallen als dat gevraagd wordt.",
      en:
        "Lists every phase and milestone with dates and duration; only those of a lot, an owner, a kind or within a period when asked."
    ),
    usage: Phrase(
      nl:
        "lijst [PERCEEL] [eigenaar WIE] [soort SOORT] [stand gepland|loopt|gereed|te-laat|voorbij] [van DATUM] [tot DATUM]",
      en:
        "list [LOT] [owner WHO] [kind KIND] [status planned|running|done|late|passed] [from DATE] [to DATE]"
    ),
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
        + (lot.items.isEmpty
          ? "" : "\n" + context.itemLines(lot.items, stand: filter.status != nil))
        + (filter.active ? "" : context.processLine(lot))
    }
    if !milestones.isEmpty {
      blocks.append(
        context.text(Phrase(nl: "plan", en: "plan")) + "\n"
          + context.itemLines(milestones, stand: filter.status != nil))
    }
    return Outcome(text: blocks.joined(separator: "\n"))
  }

  /// What `lijst` was asked to keep: an owner (of the item, or of its lot when it has none),
  /// a kind, and a period the item must overlap.
  struct Filter {
    var owner: String?
    /// The owner asked for, in lowercase name parts: "jan" finds Jan and Jan de Vries, not
    /// Marjan Bos or Jansen.
    var ownerParts: [Substring] = []
    var kind: String?
    var status: String?
    var today: Day
    var from: Day?
    var to: Day?

    var active: Bool { owner != nil || kind != nil || status != nil || from != nil || to != nil }

    /// `soort fase` and `soort mijlpaal` ask for the type, whatever the kind.
    static let types: [String: Item.ItemType] = [
      "fase": .phase, "fasen": .phase, "phase": .phase, "phases": .phase,
      "mijlpaal": .milestone, "mijlpalen": .milestone, "milestone": .milestone,
      "milestones": .milestone,
    ]

    static let statuses = [
      "gepland": "planned", "planned": "planned", "loopt": "running", "running": "running",
      "gereed": "done", "klaar": "done", "done": "done", "te-laat": "late", "te laat": "late",
      "laat": "late", "late": "late", "voorbij": "passed", "passed": "passed",
    ]

    init(_ command: ParsedCommand, _ context: CommandContext) throws(PlanError) {
      today = context.today
      if let clause = command.clauses[.status] {
        let typed = clause.words.map(\.text).joined(separator: " ").lowercased()
        guard let known = Self.statuses[typed] else {
          throw PlanError(
            nl: "'\(typed)' is geen stand", en: "'\(typed)' is not a status",
            at: spanOf(clause.words) ?? clause.keyword.span,
            hint: Phrase(
              nl: "gepland, loopt, gereed, te-laat of voorbij",
              en: "planned, running, done, late or passed"))
        }
        status = known
      }
      owner = command.clauses[.owner].map { $0.words.map(\.text).joined(separator: " ") }
      ownerParts = owner.map(Self.nameParts) ?? []
      kind = try command.clauses[.kind].map(\.words).map(CommandContext.kindName)
      from = try command.clauses[.from].map { clause throws(PlanError) in
        try context.presentDateParser.parse(clause.words).windowStart
      }
      to = try command.clauses[.to].map { clause throws(PlanError) in
        var parser = context.presentDateParser
        let inclusive = clause.keyword.text.lowercased() != "tot"
        var end = try parser.parse(clause.words).asEnd(inclusive: inclusive).day
        // "van 1 december tot 1 februari": without a year (a plan's parser refuses it), the
        // February after.
        if let from, end <= from, (try? context.dateParser.parse(clause.words)) == nil {
          parser.defaultYear = from.year + 1
          end = try parser.parse(clause.words).asEnd(inclusive: inclusive).day
        }
        return end
      }
      if let from, let to, to <= from, let clause = command.clauses[.to] {
        throw PlanError(
          nl: "van \(from.text(.nl)) tot \(to.text(.nl)) is een lege periode",
          en: "from \(from.text(.en)) to \(to.text(.en)) is an empty period",
          at: spanOf(clause.words) ?? clause.keyword.span,
          hint: Phrase(
            nl:
              "'tot' is tot die dag; 'tot en met' neemt hem mee, zoals 'van 23 maart 2021 tot en met 23 maart 2021'",
            en: "'to' stops before that day; 'through' takes it in"))
      }
      if let kind, let clause = command.clauses[.kind], Self.types[kind] == nil,
        !context.plan.items.contains(where: { $0.kind == kind })
      {
        let kinds = Set(context.plan.items.map(\.kind)).sorted()
        throw PlanError(
          nl: "het plan heeft geen onderdelen van de soort '\(kind)'",
          en: "the plan has no items of the kind '\(kind)'", at: spanOf(clause.words),
          hint: Messages.chooseFrom(kinds.joined(separator: ", ")))
      }
    }

    /// The lowercase parts of a name, split at spaces, commas, hyphens and the like.
    ///
    /// - Complexity: O(the name).
    static func nameParts(_ name: String) -> [Substring] {
      name.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether the parts asked for stand in `name` as whole parts, one after another: "bos"
    /// and "marjan bos" name Marjan Bos, "jan" does not.
    ///
    /// - Complexity: O(the name's parts × the parts asked for).
    static func names(_ name: String, owner parts: [Substring]) -> Bool {
      let named = nameParts(name)
      guard !parts.isEmpty, parts.count <= named.count else { return false }
      return (0...(named.count - parts.count)).contains { at in
        named[at..<(at + parts.count)].elementsEqual(parts)
      }
    }

    /// - Complexity: O(the owner's name).
    func keeps(_ item: Item, in lot: Lot?) -> Bool {
      if owner != nil {
        guard let named = item.owner ?? lot?.owner, Self.names(named, owner: ownerParts) else {
          return false
        }
      }
      if let kind {
        if let type = Self.types[kind] {
          if item.type != type { return false }
        } else if item.kind != kind {
          return false
        }
      }
      if let status, item.status(on: today).word(.en) != status { return false }
      let end = item.type == .milestone ? item.start.day.adding(days: 1) : item.end.day
      if let from, end <= from { return false }
      if let to, item.start.day >= to { return false }
      return true
    }
  }
}
