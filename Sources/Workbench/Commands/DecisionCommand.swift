import PlanKit

/// `besluit`: a decision milestone (college, raad, raadsinformatiebrief, wensen en
/// bedenkingen, or a regional decision that waits for the last of several colleges).
enum DecisionCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .decision, group: .plan, names: [.nl: ["besluit"], .en: ["decision"]],
    arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
    clauses: [.on, .after, .deadline, .notBefore, .fixed, .kind, .title],
    summary: Phrase(
      nl:
        "Voegt een besluit toe: collegebesluit, raadsbesluit, raadsinformatiebrief, wensen-en-bedenkingen of een regiobesluit dat wacht tot het laatste college besloten heeft.",
      en:
        "Adds a decision: collegebesluit, raadsbesluit, raadsinformatiebrief, wensen-en-bedenkingen or a regional decision that waits until the last college has decided."
    ),
    usage: Phrase(
      nl:
        "besluit [PERCEEL.]NAAM [\"TITEL\"] (op DATUM | na ONDERDEEL | na college GEMEENTE, ...) [uiterlijk DATUM] [soort SOORT]",
      en:
        "decision [LOT.]NAME [\"TITLE\"] (on DATE | after ITEM | after college MUNICIPALITY, ...) [by DATE] [kind KIND]"
    ),
    examples: [
      .nl: [
        "besluit college-amersfoort \"College Amersfoort: inkoopdocumenten\" op 2 maart 2021",
        "besluit raad-wensen op 15 december 2020 soort wensen-en-bedenkingen",
        "besluit regio na college Amersfoort, Baarn en Leusden",
      ],
      .en: ["decision college-baarn on 9 March 2021"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let (lotIndex, id, word) = try context.newItemID(command, needsLot: false)
    let kind: DecisionKind
    if let clause = command.clauses[.kind] {
      guard clause.words.count == 1, let named = DecisionKind.named(clause.words[0].text) else {
        throw PlanError(
          nl: "'\(context.text(clause.words))' is geen soort besluit",
          en: "'\(context.text(clause.words))' is not a kind of decision", at: spanOf(clause.words),
          hint: Messages.chooseFrom(DecisionKind.allNames))
      }
      kind = named
    } else if let after = command.clauses[.after], context.namesColleges(after.words) {
      kind = .regiobesluit
    } else {
      kind = .suggested(by: id.split(separator: ".").last.map(String.init) ?? id)
    }
    let placeholder = PlanDate(context.today)
    let item = Item(
      id: id, type: .milestone, kind: kind.rawValue, title: try context.title(command),
      start: placeholder,
      end: placeholder)
    var outcome = try context.add(item, command, lot: lotIndex, dateClause: .on, span: word.span)
    let waits = context.plan.links.filter { $0.to == id }
    if waits.count > 1, let decided = context.plan.item(id) {
      // Say which of the colleges (or other decisions) it waits for decides last.
      let last = waits.compactMap { context.plan.item($0.from) }.max { $0.end.day < $1.end.day }!
      outcome.text +=
        "\n"
        + context.text(
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
