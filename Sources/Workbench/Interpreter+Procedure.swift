import PlanKit

/// procedure: a procedure's steps as linked milestones with their legal minimum periods.
extension Interpreter {
  mutating func layOutProcedure(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let lotID = word.text.lowercased()
    guard let lotIndex = plan.lotIndex(lotID) else { throw unknownLot(lotID, at: word.span) }
    let kind = try procedure(command.argument(1))
    var options = ProcedureRules.Options()
    options.electronic = !(try command.clauses[.paper].map(flag) ?? false)
    options.urgent = try command.clauses[.urgent].map(flag) ?? false
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
    let ids = steps.map { "\(lotID).\($0.name)" }
    if let taken = ids.first(where: { plan.location(of: $0) != nil }) {
      throw PlanError(
        nl: "\(lotID) heeft al een procedure (\(taken) bestaat)",
        en: "\(lotID) already has a procedure (\(taken) exists)", at: word.span,
        hint: Phrase(
          nl: "verwijder eerst de mijlpalen van de vorige, of kies een ander perceel",
          en: "remove the previous one's milestones first, or choose another lot"))
    }
    let phase = "\(lotID).inkoopprocedure"
    let start = try command.clauses[.from].map { c throws(PlanError) in
      try dateParser.parse(c.words)
    }
    guard start != nil || plan.location(of: phase) != nil else {
      throw PlanError(
        nl: "wanneer begint de procedure? Geef 'vanaf DATUM' of maak eerst de fase \(phase)",
        en: "when does the procedure start? Give 'from DATE' or make the phase \(phase) first",
        at: command.span)
    }
    var items: [Item] = []
    var links: [Link] = []
    for (step, id) in zip(steps, ids) {
      var item = Item(
        id: id, type: .milestone, kind: step.name, title: text(step.title), start: PlanDate(today),
        end: PlanDate(today))
      item.fixed = false
      item.anchor = nil
      if let after = step.after {
        links.append(
          Link(
            from: "\(lotID).\(after)", to: id, lag: PlanDuration(step.days, .days),
            minimum: step.source.map { StatutoryPeriod(days: step.days, source: $0) }))
      } else if let start {
        item.anchor = start
      } else {
        links.append(Link(from: phase, to: id, kind: .startToStart))
      }
      items.append(item)
    }
    if ids.contains("\(lotID).laatste-nvi") && ids.contains("\(lotID).sluiting-inschrijving") {
      links.append(
        Link(
          from: "\(lotID).laatste-nvi", to: "\(lotID).sluiting-inschrijving",
          lag: PlanDuration(10, .days),
          minimum: ProcedureRules.isSelfDesigned(kind) ? nil : ProcedureRules.lastQuestions))
    }
    let added = items
    let newLinks = links
    try commit(command.verb.text, changed: ids) { plan throws(PlanError) in
      plan.lots[lotIndex].procedure = kind
      plan.lots[lotIndex].items += added
      plan.links += newLinks
    }
    var lines = [
      text(
        Phrase(
          nl:
            "Procedure \(kind.rawValue) voor \(lotID)\(options.urgent ? ", versneld" : "")\(options.electronic ? "" : ", op papier"):",
          en:
            "Procedure \(kind.rawValue) for \(lotID)\(options.urgent ? ", accelerated" : "")\(options.electronic ? "" : ", on paper"):"
        ))
    ]
    let width = ids.map(\.count).max() ?? 0
    for (step, id) in zip(steps, ids) {
      let item = plan.item(id)!
      var note = ""
      if let after = step.after {
        let days = Phrase(
          nl: step.days == 1 ? "1 dag" : "\(step.days) dagen",
          en: step.days == 1 ? "1 day" : "\(step.days) days")
        note =
          step.source.map {
            text(
              Phrase(
                nl: "ten minste \(days.nl) na \(after): \($0)",
                en: "at least \(days.en) after \(after): \($0)"))
          }
          ?? text(
            Phrase(
              nl: "\(days.nl) na \(after), geen wettelijke termijn",
              en: "\(days.en) after \(after), no statutory period"))
      }
      lines.append(
        "  \(id.fitted(to: width))  \(item.start.text(language).fitted(to: 13))  \(note)")
    }
    if let exemption = ProcedureRules.standstillExemption(kind) {
      lines.append(text(Phrase(nl: "Geen Alcatel-termijn: ", en: "No standstill: ") + exemption))
    }
    if ProcedureRules.isSelfDesigned(kind) {
      let basis =
        [.openHouse, .geslotenOpenHouse].contains(kind)
        ? Phrase(nl: "voor een toelatingsronde", en: "for an admission round")
        : Phrase(
          nl: "ontleend aan de niet-openbare procedure", en: "taken from the restricted procedure")
      lines.append(
        text(
          Phrase(
            nl:
              "De wet stelt voor \(kind.rawValue) geen termijnen: dit zijn voorzichtige standaardtermijnen \(basis.nl). Pas ze aan met 'koppel'.",
            en:
              "The law sets no periods for \(kind.rawValue): these are prudent defaults \(basis.en). Change them with 'link'."
          )))
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }
}
