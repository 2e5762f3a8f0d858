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
      var next = plan
      if let c = command.clauses[.title] { next.title = text(c.words) }
      if let c = command.clauses[.organisation] {
        next.organisation = isNone(c.words) ? nil : text(c.words)
      }
      let changed = next
      try commit(command.verb.text) { plan throws(PlanError) in plan = changed }
      return Outcome(text: text(Phrase(nl: "Plan gewijzigd.", en: "Plan changed.")))
    }
    if let lotIndex = plan.lotIndex(target) {
      try onlyClauses(
        command, [.title, .procedure, .value], what: Phrase(nl: "een perceel", en: "a lot"))
      var lot = plan.lots[lotIndex]
      if let c = command.clauses[.title] { lot.title = text(c.words) }
      if let c = command.clauses[.procedure] {
        lot.procedure = isNone(c.words) ? nil : try procedure(c.words)
      }
      if let c = command.clauses[.value] {
        lot.value = isNone(c.words) ? nil : try MoneyParser.parse(c.words)
      }
      let changed = lot
      try commit(command.verb.text) { plan throws(PlanError) in plan.lots[lotIndex] = changed }
      return Outcome(
        text: text(Phrase(nl: "Perceel \(target) gewijzigd.", en: "Lot \(target) changed.")))
    }
    let location = try existingLocation(word)
    var item = plan[location]
    if item.type == .milestone {
      try onlyClauses(
        command, [.title, .on, .after, .kind], what: Phrase(nl: "een mijlpaal", en: "a milestone"))
      if let date = try startDate(command, required: false, dateClause: .on) {
        item.start = date
        item.end = date
      }
    } else {
      try onlyClauses(
        command, [.title, .from, .after, .to, .duration, .kind],
        what: Phrase(nl: "een fase", en: "a phase"))
      let oldLength = PlanDuration.between(item.start.day, item.end.day)
      if let start = try startDate(command, required: false) {
        item.start = start
      }
      if command.clauses[.to] != nil || command.clauses[.duration] != nil {
        item.end = try endDate(command, start: item.start)
      } else if command.clauses[.from] != nil || command.clauses[.after] != nil {
        // A new start alone keeps the phase's length, as moving a bar in a chart would.
        item.end = item.start.shifted(by: oldLength)
      }
    }
    if let c = command.clauses[.title] { item.title = isNone(c.words) ? nil : text(c.words) }
    if let c = command.clauses[.kind] { item.kind = try kindName(c.words) }
    if let defect = item.defect {
      throw PlanError(defect, at: command.span)
    }
    let changed = item
    try commit(command.verb.text) { plan throws(PlanError) in plan[location] = changed }
    return Outcome(text: "~ " + describe(changed))
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
      try commit(command.verb.text) { plan throws(PlanError) in
        plan.lots[lotIndex].id = new
        for i in plan.lots[lotIndex].items.indices {
          plan.lots[lotIndex].items[i].id = "\(new).\(plan.lots[lotIndex].items[i].name)"
        }
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
    try commit(command.verb.text) { plan throws(PlanError) in plan[location].id = new }
    return Outcome(text: "\(old) → \(new)")
  }

  mutating func remove(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    if let lotIndex = plan.lotIndex(id) {
      let lot = plan.lots[lotIndex]
      try commit(command.verb.text) { plan throws(PlanError) in plan.lots.remove(at: lotIndex) }
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
    try commit(command.verb.text) { plan throws(PlanError) in
      switch location {
      case .lot(let l, let i): plan.lots[l].items.remove(at: i)
      case .plan(let i): plan.milestones.remove(at: i)
      }
    }
    return Outcome(text: text(Phrase(nl: "\(id) verwijderd.", en: "\(id) removed.")))
  }

  mutating func shift(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let id = word.text.lowercased()
    let duration = try DurationParser.parse(command.argument(1))
    let locations: [Plan.Location]
    if id == "plan" {
      locations =
        plan.lots.indices.flatMap { l in plan.lots[l].items.indices.map { Plan.Location.lot(l, $0) }
        }
        + plan.milestones.indices.map(Plan.Location.plan)
    } else if let l = plan.lotIndex(id) {
      locations = plan.lots[l].items.indices.map { Plan.Location.lot(l, $0) }
    } else {
      locations = [try existingLocation(word)]
    }
    guard !locations.isEmpty else {
      throw PlanError(
        nl: "\(id) heeft geen onderdelen om te verschuiven", en: "\(id) has no items to shift",
        at: word.span)
    }
    var moved: [Item] = []
    for location in locations {
      var item = plan[location]
      item.start = item.start.shifted(by: duration)
      item.end = item.type == .milestone ? item.start : item.end.shifted(by: duration)
      if let defect = item.defect {
        throw PlanError(Phrase("\(item.id): ") + defect, at: spanOf(command.argument(1)))
      }
      moved.append(item)
    }
    let changes = Array(zip(locations, moved))
    try commit(command.verb.text) { plan throws(PlanError) in
      for (location, item) in changes { plan[location] = item }
    }
    let width = moved.map(\.id.count).max() ?? 0
    let lines = moved.map { item in
      "  \(item.id.fitted(to: width))   \(item.period(language))  (\(duration.delta(language)))"
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }
}
