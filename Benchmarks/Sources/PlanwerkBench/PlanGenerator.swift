import PlanKit

/// The benchmark plan: lots of four standard phases in finish-to-start order with durations
/// in working days, plus one milestone each, the lots' starts spread over two years.
enum PlanGenerator {
  static let first = Day(year: 2025, month: 1, day: 6)!

  static func plan(phases: Int) -> Plan {
    let lots = max(1, phases / 4)
    // Built as arrays and handed over whole: changing a plan's arrays in place rebuilds its
    // index each time.
    var built: [Lot] = []
    var links: [Link] = []
    built.reserveCapacity(lots)
    links.reserveCapacity(lots * 6)
    let kinds = PhaseKind.allCases
    let lengths = [40, 120, 60, 20]
    for l in 0..<lots {
      let lot = "l\(l + 1)"
      let start = PlanDate(first.adding(days: l * 730 / lots))
      var items: [Item] = []
      for (k, kind) in kinds.enumerated() {
        var item = Item(
          id: "\(lot).\(kind.rawValue)", type: .phase, kind: kind.rawValue, start: start,
          end: PlanDate(start.day.adding(days: 1)))
        item.length = .duration(PlanDuration(lengths[k], .workingDays))
        item.anchor = k == 0 ? start : nil
        items.append(item)
        if k > 0 {
          links.append(Link(from: "\(lot).\(kinds[k - 1].rawValue)", to: item.id))
        }
      }
      var milestone = Item(
        id: "\(lot).gunning", type: .milestone, kind: "mijlpaal", start: start, end: start)
      milestone.fixed = false
      milestone.anchor = nil
      milestone.deadline = PlanDate(start.day.adding(days: 365))
      items.append(milestone)
      links.append(Link(from: "\(lot).inkoopprocedure", to: milestone.id))
      // The tender's order adds what the typed links leave out, as a typed plan holds it
      // (`Plan.deriveProcess`; checked in `make test` by the benchmark package's build only).
      links.append(Link(from: "\(lot).voorbereiding", to: milestone.id, implicit: true))
      links.append(Link(from: milestone.id, to: "\(lot).implementatie", implicit: true))
      built.append(Lot(id: lot, title: "Perceel \(l + 1)", items: items))
    }
    return Plan(title: "Benchmark \(phases)", lots: built, links: links)
  }
}
