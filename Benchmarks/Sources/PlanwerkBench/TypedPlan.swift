import PlanKit

/// The benchmark plan of `PlanGenerator.plan(phases:)` as a user types it: a `.plan` script of
/// one command a line, so that the interpreter's own path (parsing, checks, journal, autosave)
/// is what is measured. Issue 15: typed plans grew quadratically while built ones did not.
enum TypedPlan {
  static let lengths = [40, 120, 60, 20]

  /// Lots for `phases` phases, as `PlanGenerator` counts them.
  static func lots(phases: Int) -> Int { max(1, phases / 4) }

  /// Every line of the script, in the order a user would type them: a lot, its four phases,
  /// its milestone. `PlanGenerator` adds the tender's implicit links itself; here the
  /// interpreter derives them, as it does for any typed plan.
  static func lines(phases: Int) -> [String] {
    let lots = lots(phases: phases)
    let kinds = PhaseKind.allCases.map(\.rawValue)
    var lines = ["nieuw \"Benchmark \(phases)\""]
    lines.reserveCapacity(1 + lots * 6)
    for l in 0..<lots {
      let lot = "l\(l + 1)"
      let start = PlanGenerator.first.adding(days: l * 730 / lots)
      lines.append("perceel \(lot) \"Perceel \(l + 1)\"")
      for (k, kind) in kinds.enumerated() {
        let when = k == 0 ? "van \(start.iso)" : "na \(lot).\(kinds[k - 1])"
        lines.append("fase \(lot).\(kind) \(when) duur \(lengths[k]) werkdagen")
      }
      lines.append(
        "mijlpaal \(lot).gunning na \(lot).inkoopprocedure uiterlijk \(start.adding(days: 365).iso)"
      )
    }
    return lines
  }

  /// Lots enough for about `steps` journal steps: six typed lines (so six steps) a lot.
  static func phases(forSteps steps: Int) -> Int { max(1, steps / 6) * 4 }

  static func script(phases: Int) -> String { lines(phases: phases).joined(separator: "\n") + "\n" }

  /// Where a typed plan's items differ from the built one's (ids, dates, links), nil when they
  /// agree: both are measured as the same plan, so they must be the same plan.
  static func difference(typed: Plan, built: Plan) -> String? {
    let ours = typed.allItems
    let theirs = built.allItems
    guard ours.count == theirs.count else { return "\(ours.count) items, built \(theirs.count)" }
    for (a, b) in zip(ours, theirs) where a.id != b.id || a.start != b.start || a.end != b.end {
      return "\(a.id) \(a.start.day.iso)–\(a.end.day.iso), built \(b.id) "
        + "\(b.start.day.iso)–\(b.end.day.iso)"
    }
    let links = { (plan: Plan) in Set(plan.links.map { "\($0.from)>\($0.to)" }) }
    guard links(typed) == links(built) else {
      return "links differ: \(typed.links.count) typed, \(built.links.count) built"
    }
    return nil
  }
}
