import PlanFiles
import PlanKit
import PlanRender

/// basislijn, basislijnen, diff.
extension Interpreter {
  mutating func storeBaseline(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    guard plan.itemCount > 0 else {
      throw PlanError(
        nl: "het plan heeft nog geen onderdelen om vast te leggen",
        en: "the plan has no items to store yet")
    }
    var name = text(command.argument(0))
    if name.isEmpty {
      name = today.iso
      var n = 2
      while plan.baselines.contains(where: { $0.name == name }) {
        name = "\(today.iso)-\(n)"
        n += 1
      }
    }
    let baseline = Baseline(name: name, taken: today, of: plan)
    let replaced = plan.baselines.contains { $0.name == name }
    try commit(command.verb.text, changed: []) { plan throws(PlanError) in
      plan.baselines.removeAll { $0.name == name }
      plan.baselines.append(baseline)
    }
    return Outcome(
      text: text(
        replaced
          ? Phrase(
            nl:
              "Basislijn \(name.inert) vervangen (\(count(baseline.items.count, "onderdeel", "onderdelen"))).",
            en: "Baseline \(name.inert) replaced (\(count(baseline.items.count, "item", "items")))."
          )
          : Phrase(
            nl:
              "Basislijn \(name.inert) vastgelegd (\(count(baseline.items.count, "onderdeel", "onderdelen"))).",
            en: "Baseline \(name.inert) stored (\(count(baseline.items.count, "item", "items")))."))
    )
  }

  func listBaselines() -> Outcome {
    guard !plan.baselines.isEmpty else {
      return Outcome(
        text: text(
          Phrase(
            nl: "Nog geen basislijnen: 'basislijn' legt het schema vast.",
            en: "No baselines yet: 'baseline' stores the schedule.")))
    }
    let width = plan.baselines.map { $0.name.columns }.max() ?? 0
    return Outcome(
      text: plan.baselines.map { baseline in
        "  \(baseline.name.inert.fitted(to: width))  \(baseline.taken.text(language))  "
          + text(
            Phrase(nl: "\(baseline.items.count) onderdelen", en: "\(baseline.items.count) items"))
      }.joined(separator: "\n"))
  }

  func diff(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let name = text(command.argument(0))
    let old: [PlanDiff.Entry]
    let what: String
    if name.isEmpty {
      guard let latest = plan.baselines.last else {
        throw PlanError(
          nl: "er is nog geen basislijn om mee te vergelijken",
          en: "there is no baseline to compare with yet",
          hint: Phrase(
            nl: "'basislijn' legt het schema vast; 'diff BESTAND.json' vergelijkt met een sessie",
            en: "'baseline' stores the schedule; 'diff FILE.json' compares with a session"))
      }
      (old, what) = (latest.items, latest.name)
    } else if let baseline = plan.baselines.first(where: { $0.name == name }) {
      (old, what) = (baseline.items, baseline.name)
    } else if name.hasSuffix(".json") {
      let other = try files.withBytes(of: name, SessionFile.decode).plan
      (old, what) = (PlanDiff.entries(other), name)
    } else {
      throw notFound(
        name, what: Phrase(nl: "basislijn ", en: "baseline "), among: plan.baselines.map(\.name),
        at: spanOf(command.argument(0)),
        hint: Phrase(nl: "'basislijnen' toont ze", en: "'baselines' lists them"))
    }
    let changes = PlanDiff(from: old, to: PlanDiff.entries(plan)).changes
    guard !changes.isEmpty else {
      return Outcome(
        text: text(
          Phrase(
            nl: "Geen verschil met \(what.inert).", en: "No difference from \(what.inert).")))
    }
    return Outcome(
      text: ([text(Phrase(nl: "Verschil met \(what.inert):", en: "Difference from \(what.inert):"))]
        + diffLines(changes)).joined(separator: "\n"))
  }

  /// Moved items as `verschuif` shows them, then what came and what went.
  func diffLines(_ changes: [PlanDiff.Change]) -> [String] {
    var moved: [Moved] = []
    var others: [String] = []
    for change in changes {
      switch (change.before, change.after) {
      case (let before?, let after?):
        let item = Item(
          id: change.id, type: after.milestone ? .milestone : .phase, kind: "", start: after.start,
          end: after.end)
        moved.append(Moved(item: item, start: before.start, end: before.end))
      case (nil, let after?):
        others.append(
          "  + \(change.id)  \(period(after))  "
            + text(Phrase(nl: "(nieuw)", en: "(new)")))
      case (let before?, nil):
        others.append(
          "  - \(change.id)  \(period(before))  "
            + text(Phrase(nl: "(niet meer in het plan)", en: "(no longer in the plan)")))
      case (nil, nil): break
      }
    }
    return movedLines(moved) + others
  }

  func period(_ span: PlanDiff.Span) -> String {
    span.milestone
      ? span.start.text(language)
      : "\(span.start.text(language)) – \(span.end.endText(after: span.start, language))"
  }
}
