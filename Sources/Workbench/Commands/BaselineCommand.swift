import PlanFiles
import PlanKit
import PlanRender

/// `basislijn`: stores the current schedule under a name, to compare with later.
enum BaselineCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .baseline, group: .timing, names: [.nl: ["basislijn"], .en: ["baseline"]],
    arguments: [arg("naam", "name", .text, optional: true)], clauses: [],
    summary: Phrase(
      nl:
        "Legt het huidige schema vast onder een naam (zonder naam: de datum van vandaag), om later met 'diff' te zien wat er verschoof.",
      en:
        "Stores the current schedule under a name (without one: today's date), to see later with 'diff' what moved."
    ),
    usage: Phrase(nl: "basislijn [NAAM]", en: "baseline [NAME]"),
    examples: [.nl: ["basislijn", "basislijn \"besluit college\""], .en: ["baseline agreed"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    guard context.plan.itemCount > 0 else {
      throw PlanError(
        nl: "het plan heeft nog geen onderdelen om vast te leggen",
        en: "the plan has no items to store yet")
    }
    var name = context.text(command.argument(0))
    if name.isEmpty {
      name = context.today.iso
      var n = 2
      while context.plan.baselines.contains(where: { $0.name == name }) {
        name = "\(context.today.iso)-\(n)"
        n += 1
      }
    }
    let baseline = Baseline(name: name, taken: context.today, of: context.plan)
    let replaced = context.plan.baselines.first { $0.name == name }
    let committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
      plan.baselines.removeAll { $0.name == name }
      plan.baselines.append(baseline)
    }
    let items = (
      nl: count(baseline.items.count, "onderdeel", "onderdelen"),
      en: count(baseline.items.count, "item", "items")
    )
    // What a replaced one held is gone from the plan: say from when, and how to have it back.
    let said =
      replaced.map { old in
        Phrase(
          nl:
            "Basislijn \(name.inert) vervangen (\(items.nl)); de vorige, van \(old.taken.text(.nl)), is weg: 'ongedaan' zet die terug.",
          en:
            "Baseline \(name.inert) replaced (\(items.en)); the one of \(old.taken.text(.en)) is gone: 'undo' brings it back."
        )
      }
      ?? Phrase(
        nl: "Basislijn \(name.inert) vastgelegd (\(items.nl)).",
        en: "Baseline \(name.inert) stored (\(items.en)).")
    return Outcome(
      text: context.text(said),
      committed)
  }
}
