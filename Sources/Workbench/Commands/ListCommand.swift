import PlanKit
import PlanRender

/// `lijst`: every item with its dates, per lot. Read only.
enum ListCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .list, group: .view, names: [.nl: ["lijst"], .en: ["list"]],
    arguments: [arg("perceel", "lot", .target, optional: true)], clauses: [],
    summary: Phrase(
      nl: "Zet alle fasen en mijlpalen onder elkaar, met data en duur.",
      en: "Lists every phase and milestone with dates and duration."),
    usage: Phrase(nl: "lijst [PERCEEL]", en: "list [LOT]"),
    examples: [.nl: ["lijst", "lijst r1"], .en: ["list"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var lots = context.plan.lots
    var milestones = context.plan.milestones
    if let word = command.argument(0).first {
      guard let l = context.plan.lotIndex(word.text.lowercased()) else {
        throw context.unknownLot(word.text.lowercased(), at: word.span)
      }
      lots = [context.plan.lots[l]]
      milestones = []
    }
    guard context.plan.itemCount > 0 || !context.plan.lots.isEmpty else {
      return Outcome(
        text: context.text(
          Phrase(
            nl: "Het plan is nog leeg: begin met 'perceel'.",
            en: "The plan is still empty: start with 'lot'.")))
    }
    var blocks: [String] = lots.map { lot in
      "\(lot.id)  \(lot.title.inert)"
        + (lot.items.isEmpty ? "" : "\n" + context.itemLines(lot.items))
        + context.processLine(lot)
    }
    if !milestones.isEmpty {
      blocks.append(
        context.text(Phrase(nl: "plan", en: "plan")) + "\n" + context.itemLines(milestones))
    }
    return Outcome(text: blocks.joined(separator: "\n"))
  }
}
