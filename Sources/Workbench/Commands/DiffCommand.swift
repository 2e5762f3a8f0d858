import PlanFiles
import PlanKit
import PlanRender

/// `diff`: what moved since a baseline or compared with another session file. Read only.
enum DiffCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .diff, group: .timing, names: [.nl: ["diff", "verschil"], .en: ["diff"]],
    arguments: [arg("basislijn-of-bestand", "baseline-or-file", .file(["json"]), optional: true)],
    clauses: [],
    summary: Phrase(
      nl:
        "Toont elk onderdeel waarvan de data afwijken van een basislijn (zonder naam: de laatste) of van een andere sessie, met oud, nieuw en verschil, en wat erbij kwam of wegging.",
      en:
        "Shows every item whose dates differ from a baseline (without a name: the latest) or from another session, with old, new and the difference, and what was added or removed."
    ),
    usage: Phrase(nl: "diff [BASISLIJN | BESTAND.json]", en: "diff [BASELINE | FILE.json]"),
    examples: [
      .nl: ["diff", "diff \"besluit college\"", "diff sessions/002-routes.json"],
      .en: ["diff agreed"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let name = context.text(command.argument(0))
    let old: [PlanDiff.Entry]
    let what: String
    if name.isEmpty {
      guard let latest = context.plan.baselines.last else {
        throw PlanError(
          nl: "er is nog geen basislijn om mee te vergelijken",
          en: "there is no baseline to compare with yet",
          hint: Phrase(
            nl: "'basislijn' legt het schema vast; 'diff BESTAND.json' vergelijkt met een sessie",
            en: "'baseline' stores the schedule; 'diff FILE.json' compares with a session"))
      }
      (old, what) = (latest.items, latest.name)
    } else if let baseline = context.plan.baselines.first(where: { $0.name == name }) {
      (old, what) = (baseline.items, baseline.name)
    } else if name.hasSuffix(".json") {
      let other = try context.files.withBytes(of: name, SessionFile.decode).plan
      (old, what) = (PlanDiff.entries(other), name)
    } else {
      throw context.notFound(
        name, what: Phrase(nl: "basislijn ", en: "baseline "),
        among: context.plan.baselines.map(\.name),
        at: spanOf(command.argument(0)),
        hint: Messages.baselinesListsThem)
    }
    let changes = PlanDiff(from: old, to: PlanDiff.entries(context.plan)).changes
    guard !changes.isEmpty else {
      return Outcome(
        text: context.text(
          Phrase(
            nl: "Geen verschil met \(what.inert).", en: "No difference from \(what.inert).")))
    }
    return Outcome(
      text: ([
        context.text(
          Phrase(nl: "Verschil met \(what.inert):", en: "Difference from \(what.inert):"))
      ]
        + context.diffLines(changes)).joined(separator: "\n"))
  }
}
