import PlanKit

/// besluit: a decision milestone (college, raad, raadsinformatiebrief, wensen en bedenkingen,
/// or a regional decision that waits for the last of several colleges).
extension Interpreter {
  mutating func addDecision(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let (lotIndex, id, word) = try newItemID(command, needsLot: false)
    let kind: DecisionKind
    if let clause = command.clauses[.kind] {
      guard clause.words.count == 1, let named = DecisionKind.named(clause.words[0].text) else {
        throw PlanError(
          nl: "'\(text(clause.words))' is geen soort besluit",
          en: "'\(text(clause.words))' is not a kind of decision", at: spanOf(clause.words),
          hint: Phrase(nl: "kies uit: ", en: "choose from: ") + Phrase(DecisionKind.allNames))
      }
      kind = named
    } else if let after = command.clauses[.after], namesColleges(after.words) {
      kind = .regiobesluit
    } else {
      kind = .suggested(by: id.split(separator: ".").last.map(String.init) ?? id)
    }
    let placeholder = PlanDate(today)
    let item = Item(
      id: id, type: .milestone, kind: kind.rawValue, title: try title(command), start: placeholder,
      end: placeholder)
    var outcome = try add(item, command, lot: lotIndex, dateClause: .on, span: word.span)
    let waits = plan.links.filter { $0.to == id }
    if waits.count > 1, let decided = plan.item(id) {
      // Say which of the colleges (or other decisions) it waits for decides last.
      let last = waits.compactMap { plan.item($0.from) }.max { $0.end.day < $1.end.day }!
      outcome.text +=
        "\n"
        + text(
          Phrase(
            nl:
              "  wacht op \(waits.count) besluiten; het laatste, \(last.id) (\(last.end.closingText(.nl))), bepaalt \(decided.start.text(.nl))",
            en:
              "  waits for \(waits.count) decisions; the last, \(last.id) (\(last.end.closingText(.en))), sets \(decided.start.text(.en))"
          ))
    }
    return outcome
  }
}
