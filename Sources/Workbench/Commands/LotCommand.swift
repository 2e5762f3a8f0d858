import PlanFiles
import PlanKit

/// `perceel`: a new lot, with its procedure and estimated value.
enum LotCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .lot, group: .plan, names: [.nl: ["perceel", "route"], .en: ["lot"]],
    arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
    clauses: [.procedure, .value, .title],
    summary: Phrase(
      nl:
        "Voegt een perceel (route) toe, met titel en eventueel procedure en geraamde waarde. Een aanhalingsteken in een titel schrijft u dubbel (\"\") of als \\\".",
      en:
        "Adds a lot (route), with a title and optionally a procedure and estimated value. A quote inside a title is written doubled (\"\") or as \\\"."
    ),
    usage: Phrase(
      nl: "perceel NAAM \"TITEL\" [procedure SOORT] [waarde BEDRAG]",
      en: "lot NAME \"TITLE\" [procedure KIND] [value AMOUNT]"),
    examples: [
      .nl: [
        "perceel r1 \"Route 1: Gebiedsgerichte zorg ouderen en HbH\" procedure sas",
        "perceel r2 \"Route 2: \"\"Samen Sterk\"\" (gesloten Open House)\"",
      ],
      .en: [
        "lot youth \"Jeugdhulp\" procedure restricted value 1.200.000",
        "lot r3 \"Route 3: \\\"Vervoer\\\" naar dagbesteding\"",
      ],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let id = try Identifier.validate(word.text, span: word.span, allowDot: false)
    try context.ensureFree(id, at: word.span)
    let title = try context.title(command) ?? id
    var lot = Lot(id: id, title: title)
    if let clause = command.clauses[.procedure] {
      lot.procedure = try context.procedure(clause.words)
    }
    if let clause = command.clauses[.value] {
      let parsed = try ContractValue.parse(clause.words)
      (lot.value, lot.annual, lot.term) = (parsed.total, parsed.annual, parsed.term)
    }
    let committed = try context.commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      plan.appendLot(lot)
    }
    var details = [title]
    if let procedure = lot.procedure { details.append(procedure.rawValue) }
    if let value = ContractValue.text(lot, context.language) { details.append(value) }
    return Outcome(text: "+ \(id)  " + details.joined(separator: ", "), committed)
  }
}
