import PlanKit
import PlanRender

/// `gantt`: the chart, for a lot or the plan, with its scale, window, width and baseline.
enum GanttCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .gantt, group: .view, names: [.nl: ["gantt", "grafiek"], .en: ["gantt", "chart"]],
    arguments: [arg("perceel", "lot", .target, optional: true)],
    clauses: CommandContext.chartClauses,
    summary: Phrase(
      nl:
        "Tekent het plan als balkenschema: per week, maand of kwartaal (vanzelf passend), met vandaag, uiterste data, het kritieke pad en eventueel een basislijn (alleen wat verschoof). Dezelfde keuzes gelden voor exporteer.",
      en:
        "Draws the plan as a bar chart: by week, month or quarter (fitted by itself), with today, deadlines, the critical path and optionally a baseline (only what moved). export takes the same choices."
    ),
    usage: Phrase(
      nl:
        "gantt [PERCEEL] [percelen PERCEEL,PERCEEL] [schaal week|maand|kwartaal] [van DATUM] [tot DATUM] [breedte AANTAL] [basislijn NAAM]",
      en:
        "gantt [LOT] [lots LOT,LOT] [scale week|month|quarter] [from DATE] [to DATE] [width NUMBER] [baseline NAME]"
    ),
    examples: [
      .nl: [
        "gantt", "gantt r1 schaal week", "gantt van jan 2023 tot jul 2023 breedte 120",
        "gantt percelen r1, r2",
      ],
      .en: ["gantt scale quarter", "gantt baseline agreed"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    try context.refuseChoices(
      command, allowed: ExportFormat.text.chartClauses, shownAs: Phrase(nl: "gantt", en: "gantt"))
    var chart = context.screenChart(of: context.plan, followed: true)
    var options = try context.chartOptions(command)
    if let word = command.argument(0).first {
      let id = word.text.lowercased()
      guard context.plan.lotIndex(id) != nil else { throw context.unknownLot(id, at: word.span) }
      options.lots = (options.lots ?? []).union([id])
    }
    chart.apply(options)
    return Outcome(text: chart.render(context.plan))
  }
}
