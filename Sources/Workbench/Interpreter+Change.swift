import PlanKit

/// wijzig, hernoem, verwijder, verschuif.
extension Interpreter {
  static let noneWords: Set<String> = ["geen", "none", "-"]

  func isNone(_ words: [Word]) -> Bool {
    words.count == 1 && !words[0].quoted && Self.noneWords.contains(words[0].text.lowercased())
  }

  mutating func change(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let target = word.text.lowercased()
    guard !command.clauses.isEmpty else {
      throw PlanError(
        nl: "wat moet er veranderen aan \(target)?", en: "what should change about \(target)?",
        at: word.span,
        hint: Phrase(nl: "zo: ", en: "like this: ") + command.spec.usage)
    }
    if ["plan", "project"].contains(target) {
      try onlyClauses(
        command, [.title, .organisation], what: Phrase(nl: "het plan", en: "the plan"))
      let title = command.clauses[.title].map { text($0.words) }
      let organisation = command.clauses[.organisation].map {
        isNone($0.words) ? nil : text($0.words)
      }
      try commit(command.verb.text, changed: []) { plan throws(PlanError) in
        if let title { plan.title = title }
        if let organisation { plan.organisation = organisation }
      }
      return Outcome(text: text(Phrase(nl: "Plan gewijzigd.", en: "Plan changed.")))
    }
    if let lotIndex = plan.lotIndex(target) {
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
      try onlyClauses(
        command, [.title, .procedure, .value], what: Phrase(nl: "een perceel", en: "a lot"))
      var lot = plan.lots[lotIndex]
      if let c = command.clauses[.title] { lot.title = text(c.words) }
      if let c = command.clauses[.procedure] {
        lot.procedure = isNone(c.words) ? nil : try procedure(c.words)
      }
      if let c = command.clauses[.value] {
        let parsed = isNone(c.words) ? nil : try ContractValue.parse(c.words)
        (lot.value, lot.annual, lot.term) = (parsed?.total, parsed?.annual, parsed?.term)
      }
      let changed = lot
      try commit(command.verb.text, changed: [lot.id] + lot.items.map(\.id)) {
        plan throws(PlanError) in plan.setLot(changed, at: lotIndex)
      }
      return Outcome(
        text: text(Phrase(nl: "Perceel \(target) gewijzigd.", en: "Lot \(target) changed.")))
    }
    return try changeItem(command, word)
  }

  /// wijzig on a phase or milestone: its start (a date or links), its length, constraints,
  /// title and kind. Dependents move with it and are listed.
  mutating func changeItem(_ command: ParsedCommand, _ word: Word) throws(PlanError) -> Outcome {
    let location = try existingLocation(word)
    var item = plan[location]
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
    if let c = command.clauses[.kind] { item.kind = try kindName(c.words) }
    try applyConstraints(command, to: &item)
    let changed = item
    let moved = try commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
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
    let others = moved.filter { $0.item.id != id }
    return Outcome(
      text: (["~ " + describe(plan[location])] + movedLines(others)).joined(separator: "\n"))
  }

  /// The working days of the plan's calendar, for durations counted in them, over the plan's
  /// years when they are known.
  var workdays: WorkdayTable {
    WorkdayTable(
      plan.calendar, planYears: graphCache?.years ?? today.year...today.year,
      reusing: workdayCache)
  }

  func onlyClauses(_ command: ParsedCommand, _ allowed: Set<ClauseID>, what: Phrase)
    throws(PlanError)
  {
    for (id, clause) in command.clauses where !allowed.contains(id) {
      let names = allowed.map { $0.keywords[language]![0] }.sorted().joined(separator: ", ")
      throw PlanError(
        nl: "'\(clause.keyword.text)' kan niet bij \(what.nl)",
        en: "'\(clause.keyword.text)' does not apply to \(what.en)",
        at: clause.keyword.span,
        hint: Phrase(nl: "wel: \(names)", en: "these do: \(names)"))
    }
  }

  mutating func rename(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let newWord = command.argument(1)[0]
    let old = word.text.lowercased()
    if let lotIndex = plan.lotIndex(old) {
      let new = try Identifier.validate(newWord.text, span: newWord.span, allowDot: false)
      try ensureFree(new, at: newWord.span)
      try commit(command.verb.text, changed: []) { plan throws(PlanError) in
        var lot = plan.lots[lotIndex]
        lot.id = new
        var renamed: [String: String] = [:]
        for i in lot.items.indices {
          renamed[lot.items[i].id] = "\(new).\(lot.items[i].name)"
          lot.items[i].id = "\(new).\(lot.items[i].name)"
        }
        plan.setLot(lot, at: lotIndex)
        plan.renameLinks(renamed)
      }
      return Outcome(text: "\(old) → \(new)")
    }
    let location = try existingLocation(word)
    let item = plan[location]
    var new = try Identifier.validate(newWord.text, span: newWord.span, allowDot: true)
    if let lot = item.lotID, !new.contains(".") { new = "\(lot).\(new)" }
    guard new.split(separator: ".").count == (item.lotID == nil ? 1 : 2),
      item.lotID == (new.firstIndex(of: ".").map { String(new[..<$0]) })
    else {
      throw PlanError(
        nl: "hernoem houdt een onderdeel in zijn perceel", en: "rename keeps an item in its lot",
        at: newWord.span,
        hint: Phrase(
          nl: "bijvoorbeeld hernoem \(item.id) \(item.lotID.map { "\($0)." } ?? "")nieuwe-naam",
          en: "for example rename \(item.id) \(item.lotID.map { "\($0)." } ?? "")new-name"))
    }
    try ensureFree(new, at: newWord.span)
    try commit(command.verb.text, changed: []) { plan throws(PlanError) in
      plan[location].id = new
      plan.renameLinks([item.id: new])
    }
    return Outcome(text: "\(old) → \(new)")
  }

  mutating func remove(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    if let lotIndex = plan.lotIndex(id) {
      let lot = plan.lots[lotIndex]
      let ids = Set(lot.items.map(\.id))
      try commit(command.verb.text, changed: [lot.id] + plan.successors(of: ids)) {
        plan throws(PlanError) in
        plan.dropLinks(of: ids)
        plan.removeLot(at: lotIndex)
      }
      let items = lot.items.map(\.id).joined(separator: ", ")
      return Outcome(
        text: text(
          Phrase(
            nl:
              "Perceel \(id) verwijderd met \(lot.items.count) onderdelen\(items.isEmpty ? "" : ": \(items)"). 'ongedaan' haalt het terug.",
            en:
              "Lot \(id) removed with \(lot.items.count) items\(items.isEmpty ? "" : ": \(items)"). 'undo' brings it back."
          )))
    }
    let location = try existingLocation(word)
    let removedID = plan[location].id
    // The item's lot derives its order again; what waited for the item keeps its dates.
    let moved = try commit(
      command.verb.text, changed: [removedID] + plan.successors(of: [removedID])
    ) { plan throws(PlanError) in
      plan.dropLinks(of: [removedID])
      plan.removeItem(at: location)
    }
    return Outcome(
      text: ([text(Phrase(nl: "\(id) verwijderd.", en: "\(id) removed."))] + movedLines(moved))
        .joined(separator: "\n"))
  }

  /// Moves an item, a lot or the plan, and everything that depends on it. What the user
  /// gave moves: a start date, an end date. A phase whose start follows a link ends later
  /// (it takes longer); a milestone that follows a link waits longer. With `alleen`, the
  /// items that wait for the moved ones stay where they are and their links show as broken.
  mutating func shift(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    let by = try DurationParser.parse(command.argument(1))
    let only = try command.clauses[.only].map(flag) ?? false
    let ids: [String]
    if id == "plan" {
      ids = plan.itemCount > 0 ? ["plan"] : []
    } else if let l = plan.lotIndex(id) {
      ids = plan.lots[l].items.map(\.id)
    } else {
      ids = [plan[try existingLocation(word)].id]
    }
    guard !ids.isEmpty else {
      throw PlanError(
        nl: "\(id) heeft geen onderdelen om te verschuiven", en: "\(id) has no items to shift",
        at: word.span)
    }
    let span = spanOf(command.argument(1))
    let workdays = self.workdays
    var pinned: [String] = []
    // The whole plan moves on its graph; a lot or an item from what it moved.
    let graph = id == "plan" ? graphCache ?? PlanGraph(plan) : nil
    if let graph { graphCache = graph }
    let moved = try commit(
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
    var lines = movedLines(summarising: moved)
    if lines.isEmpty {
      lines.append(text(Phrase(nl: "Niets verschoven.", en: "Nothing moved.")))
    }
    for id in Set(pinned).sorted() {
      lines.append(
        text(
          Phrase(
            nl:
              "  \(id) blijft staan en staat nu vast ('wijzig \(id) vast uit' laat het weer meebewegen)",
            en: "  \(id) stays put and is now fixed ('set \(id) fixed off' lets it follow again)")))
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }

}
