import PlanKit

/// `procedure`: a procedure's steps as linked milestones with their legal minimum periods.
enum ProcedureCommand: PlanCommand {
  /// Names a lot's milestone may already have for a step: the seeds call the award "gunning".
  static let stepAliases: [String: [String]] = [
    "gunningsbeslissing": ["gunning"], "sluiting-inschrijving": ["indiening-gunning", "indiening"],
    "sluiting-aanmelding": ["indiening-selectie", "aanmelding"],
  ]

  static let spec = CommandSpec(
    id: .procedure, group: .timing, names: [.nl: ["procedure"], .en: ["procedure"]],
    arguments: [
      arg("perceel", "lot", .target),
      arg("soort", "kind", .suggested(ProcedureKind.allCases.map(\.rawValue))),
    ],
    clauses: [.from, .paper, .urgent],
    summary: Phrase(
      nl:
        "Zet de stappen van een aanbestedingsprocedure in een perceel als gekoppelde mijlpalen, met de Nederlandse minimumtermijnen (Aw 2012, sinds \(ProcedureRules.validFrom)); zonder 'vanaf' begint ze met de fase inkoopprocedure. 'papier' zonder elektronische verkorting, 'versneld' bij spoed.",
      en:
        "Lays out a procurement procedure's steps in a lot as linked milestones, with the Dutch minimum periods (Aw 2012, since \(ProcedureRules.validFrom)); without 'from' it starts with the lot's inkoopprocedure phase. 'paper' without the electronic reduction, 'urgent' for an accelerated one."
    ),
    usage: Phrase(
      nl: "procedure PERCEEL SOORT [vanaf DATUM] [papier] [versneld]",
      en: "procedure LOT KIND [from DATE] [paper] [urgent]"),
    examples: [
      .nl: ["procedure r1 niet-openbaar vanaf 1 april 2021", "procedure r2 sas"],
      .en: ["procedure r1 open from 1 April 2021 urgent"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let lotID = word.text.lowercased()
    guard let lotIndex = context.plan.lotIndex(lotID) else {
      throw context.unknownLot(lotID, at: word.span)
    }
    let kind = try context.procedure(command.argument(1))
    var options = ProcedureRules.Options()
    options.electronic = !(try command.clauses[.paper].map(CommandContext.flag) ?? false)
    options.urgent = try command.clauses[.urgent].map(CommandContext.flag) ?? false
    if options.urgent && !ProcedureRules.hasUrgentVariant(kind) {
      throw PlanError(
        nl: "de \(kind.rawValue)-procedure kent geen versnelde variant",
        en: "the \(kind.rawValue) procedure has no accelerated variant",
        at: command.clauses[.urgent]!.keyword.span,
        hint: Phrase(
          nl: "versneld kan bij openbaar, niet-openbaar en mededingingsprocedure",
          en: "urgent works with openbaar, niet-openbaar and mededingingsprocedure"))
    }
    let steps = ProcedureRules.steps(kind, options)
    // A milestone the lot already has for a step (its publication, its award) is that step:
    // the procedure is laid out around it instead of being refused.
    let ids = steps.map { step in
      ([step.name] + (stepAliases[step.name] ?? [])).map { "\(lotID).\($0)" }
        .first { context.plan.item($0)?.type == .milestone } ?? "\(lotID).\(step.name)"
    }
    let adopted = Set(ids.filter { context.plan.location(of: $0) != nil })
    if let taken = ids.first(where: { context.plan.item($0)?.type == .phase })
      ?? (adopted.count == ids.count ? ids.last : nil)
    {
      throw PlanError(
        nl: "\(lotID) heeft al een procedure (\(taken) bestaat)",
        en: "\(lotID) already has a procedure (\(taken) exists)", at: word.span,
        hint: Phrase(
          nl: "verwijder eerst de mijlpalen van de vorige, of kies een ander perceel",
          en: "remove the previous one's milestones first, or choose another lot"))
    }
    let phase = "\(lotID).inkoopprocedure"
    let start = try command.clauses[.from].map { c throws(PlanError) in
      try context.dateParser.parse(c.words)
    }
    guard start != nil || context.plan.location(of: phase) != nil || adopted.contains(ids[0]) else {
      throw PlanError(
        nl: "wanneer begint de procedure? Geef 'vanaf DATUM' of maak eerst de fase \(phase)",
        en: "when does the procedure start? Give 'from DATE' or make the phase \(phase) first",
        at: command.span)
    }
    var items: [Item] = []
    var links: [Link] = []
    var moved: [String: PlanDate] = [:]
    let idOf = Dictionary(uniqueKeysWithValues: zip(steps.map(\.name), ids))
    for (step, id) in zip(steps, ids) {
      if let after = step.after {
        links.append(
          Link(
            from: idOf[after]!, to: id, lag: PlanDuration(step.days, .days),
            minimum: step.source.map { StatutoryPeriod(days: step.days, source: $0) }))
      } else if let start {
        moved[id] = start
      } else if !adopted.contains(id) {
        links.append(Link(from: phase, to: id, kind: .startToStart))
      }
      guard !adopted.contains(id) else { continue }
      var item = Item(
        id: id, type: .milestone, kind: step.name, title: context.text(step.title),
        start: PlanDate(context.today),
        end: PlanDate(context.today))
      item.fixed = false
      item.anchor = moved[id]
      items.append(item)
    }
    if let nvi = idOf["laatste-nvi"], let deadline = idOf["sluiting-inschrijving"] {
      links.append(
        Link(
          from: nvi, to: deadline, lag: PlanDuration(10, .days),
          minimum: ProcedureRules.isSelfDesigned(kind) ? nil : ProcedureRules.lastQuestions))
    }
    // The contract closes the lot's own procedure phase: not before its end.
    let phaseEnd = context.plan.item(phase)?.end
    if phaseEnd != nil, let contract = ids.last, !adopted.contains(contract) {
      links.append(Link(from: phase, to: contract, kind: .finishToFinish))
    }
    let added = items
    // A step the lot had keeps its own date; its links into the procedure replace any
    // others between the same two.
    let newLinks = links.filter { link in
      !context.plan.links.contains { $0.from == link.from && $0.to == link.to && !$0.implicit }
    }
    let anchors = moved
    let position = context.plan.lots[lotIndex].items.firstIndex {
      (Plan.stage(of: $0) ?? 0) > 70
    }
    let committed = try context.commit(command.verb.text, changed: ids) { plan throws(PlanError) in
      var lot = plan.lots[lotIndex]
      lot.procedure = kind
      // Before the implementation and the contract start: where they belong in the lot.
      lot.items.insert(contentsOf: added, at: position ?? lot.items.endIndex)
      plan.setLot(lot, at: lotIndex)
      for (id, date) in anchors where adopted.contains(id) {
        if let location = plan.location(of: id) { plan[location].anchor = date }
      }
      plan.removeLinks(of: newLinks.map(\.to)) { link in
        link.implicit && newLinks.contains { $0.from == link.from && $0.to == link.to }
      }
      plan.appendLinks(newLinks)
    }
    var lines = [
      context.text(
        Phrase(
          nl:
            "Procedure \(kind.rawValue) voor \(lotID)\(options.urgent ? ", versneld" : "")\(options.electronic ? "" : ", op papier"):",
          en:
            "Procedure \(kind.rawValue) for \(lotID)\(options.urgent ? ", accelerated" : "")\(options.electronic ? "" : ", on paper"):"
        ))
    ]
    let width = ids.map(\.count).max() ?? 0
    for (step, id) in zip(steps, ids) {
      let item = context.plan.item(id)!
      var note = ""
      if let after = step.after {
        let days = Phrase(
          nl: step.days == 1 ? "1 dag" : "\(step.days) dagen",
          en: step.days == 1 ? "1 day" : "\(step.days) days")
        note =
          step.source.map {
            context.text(
              Phrase(
                nl: "ten minste \(days.nl) na \(after): \($0)",
                en: "at least \(days.en) after \(after): \($0)"))
          }
          ?? context.text(
            Phrase(
              nl: "\(days.nl) na \(after), geen wettelijke termijn",
              en: "\(days.en) after \(after), no statutory period"))
      }
      if id == ids.last, let phaseEnd, item.start.day == phaseEnd.day, step.after != nil {
        // Held by the phase, not by the period before it.
        note =
          context.text(
            Phrase(nl: "bij het einde van \(phase)", en: "when \(phase) ends") + Phrase("; "))
          + note
      }
      lines.append(
        "  \(id.fitted(to: width))  \(item.start.text(context.language).fitted(to: 13))  \(note)")
    }
    if let exemption = ProcedureRules.standstillExemption(kind) {
      lines.append(
        context.text(Phrase(nl: "Geen Alcatel-termijn: ", en: "No standstill: ") + exemption))
    }
    if !adopted.isEmpty {
      lines.append(
        context.text(
          Phrase(
            nl:
              "Bestaande mijlpalen zijn stappen geworden: \(adopted.sorted().joined(separator: ", ")).",
            en: "Existing milestones became steps: \(adopted.sorted().joined(separator: ", "))."))
      )
    }
    if let phaseEnd, let contract = context.plan.item(ids.last!), contract.start.day > phaseEnd.day
    {
      lines.append(
        context.text(
          Phrase(
            nl:
              "  ! de procedure past niet in \(phase): het contract komt op \(contract.start.text(.nl)), na het einde van de fase (\(phaseEnd.closingText(.nl))); verleng de fase of begin eerder",
            en:
              "  ! the procedure does not fit in \(phase): the contract comes on \(contract.start.text(.en)), after the phase ends (\(phaseEnd.closingText(.en))); lengthen the phase or start earlier"
          )))
    }
    if ProcedureRules.isSelfDesigned(kind) {
      let basis =
        [.openHouse, .geslotenOpenHouse].contains(kind)
        ? Phrase(nl: "voor een toelatingsronde", en: "for an admission round")
        : Phrase(
          nl: "ontleend aan de niet-openbare procedure", en: "taken from the restricted procedure")
      lines.append(
        context.text(
          Phrase(
            nl:
              "De wet stelt voor \(kind.rawValue) geen termijnen: dit zijn voorzichtige standaardtermijnen \(basis.nl). Pas ze aan met 'koppel'.",
            en:
              "The law sets no periods for \(kind.rawValue): these are prudent defaults \(basis.en). Change them with 'link'."
          )))
    }
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
