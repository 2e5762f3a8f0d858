import PlanFiles
import PlanKit
import PlanRender

/// `basislijnen`: the stored baselines. Read only.
enum BaselinesCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .baselines, group: .timing, names: [.nl: ["basislijnen"], .en: ["baselines"]],
    arguments: [], clauses: [],
    summary: Phrase(
      nl: "Zet de bewaarde basislijnen onder elkaar.", en: "Lists the stored baselines."),
    usage: Phrase(nl: "basislijnen", en: "baselines"),
    examples: [.nl: ["basislijnen"], .en: ["baselines"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    guard !context.plan.baselines.isEmpty else {
      return Outcome(
        text: context.text(
          Phrase(
            nl: "Nog geen basislijnen: 'basislijn' legt het schema vast.",
            en: "No baselines yet: 'baseline' stores the schedule.")))
    }
    let width = context.plan.baselines.map { $0.name.columns }.max() ?? 0
    return Outcome(
      text: context.plan.baselines.map { baseline in
        "  \(baseline.name.inert.fitted(to: width))  \(baseline.taken.text(context.language))  "
          + context.text(
            Phrase(nl: "\(baseline.items.count) onderdelen", en: "\(baseline.items.count) items"))
      }.joined(separator: "\n"))
  }
}
