import PlanKit
import PlanRender

/// `gantt`: the chart, for a lot or the plan, with its scale, window, width and baseline.
enum GanttCommand: PlanCommand {
  static let scales: [String: GanttChart.Scale] = [
    "week": .week, "weken": .week, "weeks": .week, "maand": .month, "maanden": .month,
    "month": .month, "months": .month, "kwartaal": .quarter, "kwartalen": .quarter,
    "quarter": .quarter, "quarters": .quarter,
  ]

  static let spec = CommandSpec(
    id: .gantt, group: .view, names: [.nl: ["gantt", "grafiek"], .en: ["gantt", "chart"]],
    arguments: [arg("perceel", "lot", .target, optional: true)],
    clauses: [.scale, .from, .to, .width, .baseline],
    summary: Phrase(
      nl:
        "Tekent het plan als balkenschema: per week, maand of kwartaal (vanzelf passend), met vandaag, uiterste data, het kritieke pad en eventueel een basislijn.",
      en:
        "Draws the plan as a bar chart: by week, month or quarter (fitted by itself), with today, deadlines, the critical path and optionally a baseline."
    ),
    usage: Phrase(
      nl:
        "gantt [PERCEEL] [schaal week|maand|kwartaal] [van DATUM] [tot DATUM] [breedte AANTAL] [basislijn NAAM]",
      en:
        "gantt [LOT] [scale week|month|quarter] [from DATE] [to DATE] [width NUMBER] [baseline NAME]"
    ),
    examples: [
      .nl: ["gantt", "gantt r1 schaal week", "gantt van jan 2023 tot jul 2023 breedte 120"],
      .en: ["gantt scale quarter", "gantt baseline agreed"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var chart = context.screenChart(of: context.plan)
    if let word = command.argument(0).first {
      let id = word.text.lowercased()
      guard context.plan.lotIndex(id) != nil else { throw context.unknownLot(id, at: word.span) }
      chart.lot = id
    }
    if let clause = command.clauses[.scale] {
      guard clause.words.count == 1, let scale = scales[clause.words[0].text.lowercased()]
      else {
        throw PlanError(
          nl: "'\(context.text(clause.words))' is geen schaal; kies week, maand of kwartaal",
          en: "'\(context.text(clause.words))' is not a scale; choose week, month or quarter",
          at: spanOf(clause.words))
      }
      chart.scale = scale
    }
    if let clause = command.clauses[.width] {
      guard clause.words.count == 1, let width = Int(clause.words[0].text),
        (40...1000).contains(width)
      else {
        throw PlanError(
          nl: "de breedte is een aantal tekens van 40 tot en met 1000",
          en: "the width is a number of characters from 40 to 1000", at: spanOf(clause.words))
      }
      chart.width = width
    }
    let from = try command.clauses[.from].map { c throws(PlanError) in
      try context.dateParser.parse(c.words)
    }
    let to = try command.clauses[.to].map { c throws(PlanError) in try context.endDate(c) }
    if from != nil || to != nil {
      let span = context.plan.span
      let low = from?.day ?? span?.lowerBound ?? context.today
      let high = to?.day ?? span?.upperBound ?? low.adding(days: 1)
      guard low < high else {
        throw PlanError(
          Messages.endNotAfterStart,
          at: command.clauses[.to].flatMap { spanOf($0.words) })
      }
      chart.range = low..<high
    }
    if let clause = command.clauses[.baseline] {
      let name = context.text(clause.words)
      guard let baseline = context.plan.baselines.first(where: { $0.name == name }) else {
        throw context.notFound(
          name, what: Phrase(nl: "basislijn ", en: "baseline "),
          among: context.plan.baselines.map(\.name),
          at: spanOf(clause.words),
          hint: Messages.baselinesListsThem)
      }
      chart.baseline = baseline
    }
    return Outcome(text: chart.render(context.plan))
  }
}
