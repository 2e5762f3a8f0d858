import PlanKit
import PlanRender

/// `besluiten`: the decision calendar, for the project leader on screen and for the
/// secretariat as a file (DOMAIN §d).
enum DecisionsCommand: PlanCommand {
  static let formats = ["ics", "csv", "markdown", "md"]

  static let spec = CommandSpec(
    id: .decisions, group: .timing, names: [.nl: ["besluiten"], .en: ["decisions"]],
    arguments: [
      arg("formaat", "format", .choice(formats), optional: true),
      arg("bestand", "file", .file(["ics", "csv", "md"]), optional: true),
    ],
    clauses: [],
    summary: Phrase(
      nl:
        "Toont elk college-, raads-, regio- en portefeuillehoudersbesluit op datum, met de vergadering (en de commissie vóór de raad), de laatste dag om het voorstel aan te leveren (de aanlevertermijn) en of dat vandaag nog kan; als ics, csv of markdown voor het secretariaat.",
      en:
        "Shows every college, council, regional and portfolio-holder decision by date, with its meeting (and the committee before the council), the last day to hand in its proposal (the lead time) and whether that can still be done today; as ics, csv or markdown for the secretariat."
    ),
    usage: Phrase(
      nl: "besluiten [ics | csv | markdown [BESTAND]]",
      en: "decisions [ics | csv | markdown [FILE]]"),
    examples: [
      .nl: ["besluiten", "besluiten ics besluiten.ics", "besluiten markdown"],
      .en: ["decisions", "decisions csv decisions.csv"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    guard let format = command.argument(0).first?.text.lowercased() else {
      return Outcome(text: table(calendar(context), context))
    }
    let output = render(format: format, context)
    guard let file = command.argument(1).first, file.text != "-" else {
      return Outcome(text: format == "csv" ? String(output.dropFirst()) : output)
    }
    try context.files.export(file.text, output)
    return context.exported(to: file)
  }

  /// - Complexity: O(plan).
  static func calendar(_ context: CommandContext) -> DecisionCalendar {
    DecisionCalendar(context.plan, today: context.today, workdays: context.workdays)
  }

  /// The calendar as a file of `format` (ics, csv, markdown).
  static func render(format: String, _ context: CommandContext) -> String {
    let calendar = calendar(context)
    switch format {
    case "ics":
      return DecisionExport.ics(
        calendar, plan: context.plan, stamp: context.stamp, language: context.language)
    case "csv": return DecisionExport.csv(calendar, plan: context.plan, language: context.language)
    default:
      return DecisionExport.markdown(calendar, plan: context.plan, language: context.language)
    }
  }

  /// - Complexity: O(decisions).
  static func table(_ calendar: DecisionCalendar, _ context: CommandContext) -> String {
    let language = context.language
    guard !calendar.entries.isEmpty else {
      return context.text(
        Phrase(
          nl: "Het plan heeft geen besluiten; 'besluit NAAM op DATUM' voegt er een toe.",
          en: "The plan has no decisions; 'decision NAME on DATE' adds one."))
    }
    var rows = [DecisionExport.header(language)]
    rows += DecisionExport.rows(calendar, language).map { row in
      var row = row.map(\.inert)
      row[1] = row[1].truncated(to: 44)
      return row
    }
    let widths = (0..<5).map { column in rows.map { $0[column].columns }.max()! }
    let lines = rows.map { row in
      (0..<5).map { row[$0].fitted(to: widths[$0]) }.joined(separator: "  ") + "  " + row[5]
    }
    let today = context.today.text(language)
    let leads =
      DecisionKind.allCases.filter { kind in
        calendar.entries.contains { $0.kind == kind }
      }.map { kind in
        "\(kind.rawValue) \(context.plan.meetings.leadTime(kind).text(language))"
      }
      + (calendar.entries.contains { $0.committee != nil }
        ? [
          context.text(Phrase(nl: "commissie ", en: "committee "))
            + context.plan.meetings.committeeLead.text(language)
        ] : [])
    return context.text(
      Phrase(nl: "Besluiten, stand per \(today)", en: "Decisions as of \(today)")) + "\n"
      + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
      + context.text(Phrase(nl: "aanlevertermijnen: ", en: "lead times: "))
      + leads.joined(separator: ", ")
  }
}
