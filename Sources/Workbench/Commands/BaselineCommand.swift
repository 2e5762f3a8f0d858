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
    let replaced = context.plan.baselines.contains { $0.name == name }
    let committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
      plan.baselines.removeAll { $0.name == name }
      plan.baselines.append(baseline)
    }
    return Outcome(
      text: context.text(
        replaced
          ? Phrase(
            nl:
              "Basislijn \(name.inert) vervangen (\(count(baseline.items.count, "onderdeel", "onderdelen"))).",
            en: "Baseline \(name.inert) replaced (\(count(baseline.items.count, "item", "items")))."
          )
          : Phrase(
            nl:
              "Basislijn \(name.inert) vastgelegd (\(count(baseline.items.count, "onderdeel", "onderdelen"))).",
            en: "Baseline \(name.inert) stored (\(count(baseline.items.count, "item", "items"))).")),
      committed)
  }
}
