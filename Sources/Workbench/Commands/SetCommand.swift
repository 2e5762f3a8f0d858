import PlanKit

/// `wijzig`: changes the plan, a lot or an item: its title, dates, length, links,
/// constraints or kind. What depends on it moves and is listed.
enum SetCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .set, group: .plan, names: [.nl: ["wijzig"], .en: ["set", "change"]],
    arguments: [arg("naam", "name", .target)],
    clauses: [
      .title, .from, .after, .startAfterStart, .endWithEnd, .to, .duration, .on, .deadline,
      .notBefore, .fixed, .kind, .procedure, .value, .organisation,
    ],
    summary: Phrase(
      nl: "Wijzigt eigenschappen van het plan, een perceel of een onderdeel; 'geen' wist er een.",
      en: "Changes attributes of the plan, a lot or an item; 'none' clears one."),
    usage: Phrase(
      nl: "wijzig (plan | PERCEEL | ONDERDEEL) EIGENSCHAP WAARDE ...",
      en: "set (plan | LOT | ITEM) ATTRIBUTE VALUE ..."),
    examples: [
      .nl: [
        "wijzig r1.implementatie van 1 aug. 2023 duur 5 maanden", "wijzig r1 waarde 1.200.000",
        "wijzig r1.start uiterlijk 1 januari 2024", "wijzig r1.start vast uit",
      ],
      .en: ["set plan title \"Wmo 2024\"", "set r1.start not before 1 Dec 2023"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let target = word.text.lowercased()
    guard !command.clauses.isEmpty else {
      throw PlanError(
        nl: "wat moet er veranderen aan \(target)?", en: "what should change about \(target)?",
        at: word.span,
        hint: Messages.likeThis(command.spec.usage))
    }
    if ["plan", "project"].contains(target) {
      try context.onlyClauses(
        command, [.title, .organisation], what: Phrase(nl: "het plan", en: "the plan"))
      let title = command.clauses[.title].map { context.text($0.words) }
      let organisation = command.clauses[.organisation].map {
        context.isNone($0.words) ? nil : context.text($0.words)
      }
      let committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
        if let title { plan.title = title }
        if let organisation { plan.organisation = organisation }
      }
      return Outcome(
        text: context.text(Phrase(nl: "Plan gewijzigd.", en: "Plan changed.")), committed)
    }
    if let lotIndex = context.plan.lotIndex(target) {
      var command = command
      // "waarde 250.000 per jaar 1+1+1": here 'per' is part of the value, not the date clause.
      if let per = command.clauses[.on], let value = command.clauses[.value],
        per.keyword.text.lowercased() == "per",
        per.words.first.map({ ["jaar", "year"].contains($0.text.lowercased()) }) == true
      {
        command.clauses[.value] = ParsedCommand.Clause(
          keyword: value.keyword, words: value.words + [per.keyword] + per.words)
        command.clauses[.on] = nil
      }
      try context.onlyClauses(
        command, [.title, .procedure, .value], what: Phrase(nl: "een perceel", en: "a lot"))
      var lot = context.plan.lots[lotIndex]
      if let c = command.clauses[.title] { lot.title = context.text(c.words) }
      if let c = command.clauses[.procedure] {
        lot.procedure = context.isNone(c.words) ? nil : try context.procedure(c.words)
      }
      if let c = command.clauses[.value] {
        let parsed = context.isNone(c.words) ? nil : try ContractValue.parse(c.words)
        (lot.value, lot.annual, lot.term) = (parsed?.total, parsed?.annual, parsed?.term)
      }
      let changed = lot
      let committed = try context.commit(command.verb.text, changed: [lot.id] + lot.items.map(\.id))
      {
        plan throws(PlanError) in plan.setLot(changed, at: lotIndex)
      }
      return Outcome(
        text: context.text(
          Phrase(nl: "Perceel \(target) gewijzigd.", en: "Lot \(target) changed.")), committed)
    }
    return try context.changeItem(command, word)
  }
}

extension CommandContext {
  /// wijzig on a phase or milestone: its start (a date or links), its length, constraints,
  /// title and kind. Dependents move with it and are listed.
  fileprivate mutating func changeItem(_ command: ParsedCommand, _ word: Word) throws(PlanError)
    -> Outcome
  {
    let location = try existingLocation(word)
    var item = plan[location]
    let before = item
    let id = item.id
    let common: Set<ClauseID> = [
      .title, .after, .startAfterStart, .endWithEnd, .kind, .deadline, .notBefore, .fixed,
    ]
    if item.type == .milestone {
      try onlyClauses(
        command, common.union([.on]), what: Phrase(nl: "een mijlpaal", en: "a milestone"))
    } else {
      try onlyClauses(
        command, common.union([.from, .to, .duration]), what: Phrase(nl: "een fase", en: "a phase"))
    }
    let requests = try linkRequests(command, for: id)
    let dateClause = command.clauses[item.type == .milestone ? .on : .from]
    let startLink = [ClauseID.after, .startAfterStart].compactMap { command.clauses[$0] }.first
    try notBoth(dateClause, startLink)
    try refuseCycles(requests, into: id)
    var dropKinds = Set(requests.map(\.kind))
    if let dateClause {
      let date = try dateParser.parse(dateClause.words)
      if item.type == .phase, case .until(let until) = item.length {
        // A new start alone keeps the phase's length, as moving a bar in a chart would.
        item.length = .until(
          date.shifted(by: PlanDuration.between(item.start.day, until.day), in: workdays))
      }
      item.anchor = date
      if !item.fixed { dropKinds.formUnion([.finishToStart, .startToStart]) }
    }
    if command.clauses[.to] != nil || command.clauses[.duration] != nil {
      item.length = try length(command, start: item.anchor)
    }
    let untilSpan = command.clauses[.to].flatMap { spanOf($0.words) }
    if let c = command.clauses[.title] { item.title = isNone(c.words) ? nil : text(c.words) }
    if let c = command.clauses[.kind] { item.kind = try Self.kindName(c.words) }
    // A decision given as a vague date is taken at its meeting inside the window.
    if dateClause != nil || command.clauses[.kind] != nil, let anchor = item.anchor,
      item.type == .milestone, let landed = plan.landing(of: id, kind: item.kind, on: anchor)
    {
      item.anchor = landed
    }
    try applyConstraints(command, to: &item)
    let changed = item
    let committed = try commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      plan[location] = changed
      // Typed start links say what the item waits for now; the tender's own order into it
      // gives way, and stays away.
      if !requests.isEmpty {
        plan.keepUnlinked(plan.links.filter { $0.to == id && dropKinds.contains($0.kind) })
      }
      plan.removeLinks(of: [id]) { $0.to == id && dropKinds.contains($0.kind) }
      plan.appendLinks(
        requests.lazy.map { Link(from: $0.from, to: id, kind: $0.kind, lag: $0.lag) })
      if untilSpan != nil { try plan.settleEndDate(id, span: untilSpan) }
      plan.followLinks(id)
      plan.anchorOrphans([id])
    }
    let others = committed.moved.filter { $0.id != id }
    return Outcome(
      text: (["~ " + describe(plan[location])] + movedLines(others)
        + startGivenWay(before, plan[location]) + endNote(command))
        .joined(separator: "\n"),
      committed)
  }
}
