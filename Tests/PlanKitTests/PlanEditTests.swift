import Testing

@testable import PlanKit

/// The edits a plan is changed by keep its index true, and a recorded change undoes and
/// redoes exactly.
struct PlanEditTests {
  static let day = Day(year: 2024, month: 3, day: 1)!

  static func item(_ id: String, _ offset: Int) -> Item {
    Item(
      id: id, type: .phase, kind: "voorbereiding", start: PlanDate(day.adding(days: offset)),
      end: PlanDate(day.adding(days: offset + 30)))
  }

  static func plan() -> Plan {
    var plan = Plan(title: "Edits")
    for l in 1...3 {
      plan.appendLot(Lot(id: "r\(l)", title: "Route \(l)"))
      for i in 1...3 { plan.appendItem(item("r\(l).f\(i)", l * 10 + i), toLot: l - 1) }
    }
    plan.appendItem(item("besluit", 5), toLot: nil)
    plan.appendLinks([Link(from: "r1.f1", to: "r1.f2"), Link(from: "r2.f1", to: "r2.f3")])
    return plan
  }

  /// Every id found where it is, and no id found that is not there.
  static func expectIndexTrue(_ plan: Plan, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(plan.indexDefect == nil, sourceLocation: sourceLocation)
  }

  /// One edit of every kind, chosen by `n`.
  static func edit(_ plan: inout Plan, _ n: Int, _ step: Int) {
    let lots = plan.lots.count
    switch n % 9 {
    case 0: plan.appendLot(Lot(id: "n\(step)", title: "Nieuw"))
    case 1 where lots > 0:
      let l = step % lots
      plan.insertItem(
        item("\(plan.lots[l].id).x\(step)", step),
        at: .lot(l, step % (plan.lots[l].items.count + 1)))
    case 2 where lots > 0 && !plan.lots[step % lots].items.isEmpty:
      let l = step % lots
      plan.removeItem(at: .lot(l, step % plan.lots[l].items.count))
    case 3 where lots > 1: plan.removeLot(at: step % lots)
    case 4 where lots > 0:
      var lot = plan.lots[step % lots]
      lot.id = "h\(step)"
      for i in lot.items.indices { lot.items[i].id = "h\(step).\(lot.items[i].name)" }
      plan.setLot(lot, at: step % lots)
    case 5:
      plan.insertLot(Lot(id: "v\(step)", title: "Voor", items: [item("v\(step).a", 1)]), at: 0)
    case 6 where !plan.milestones.isEmpty:
      var moved = plan[.plan(0)]
      moved.start = PlanDate(moved.start.day.adding(days: 7))
      moved.end = moved.start
      plan[.plan(0)] = moved
    case 7:
      plan.appendLinks([Link(from: "a\(step)", to: "b\(step % 3)")])
      plan.insertLink(Link(from: "b\(step % 3)", to: "c"), at: step % plan.links.count)
    default:
      plan.removeLinks(of: ["r1.f1", "b\(step % 3)", "c"]) { !$0.from.hasSuffix("2") }
      if !plan.links.isEmpty {
        var link = plan.links[step % plan.links.count]
        link.to = "d\(step)"
        plan.setLink(link, at: step % plan.links.count)
      }
    }
  }

  @Test(arguments: 0..<40)
  func keepsTheIndexTrueAndUndoesAndRedoesEveryEdit(_ seed: Int) {
    var plan = Self.plan()
    let start = plan
    var numbers = SplitMix(seed: UInt64(seed))
    let change = plan.recording { plan in
      for step in 0..<12 {
        Self.edit(&plan, Int(numbers.next() % 1000), step)
        Self.expectIndexTrue(plan)
      }
    }
    let changed = plan
    let back = plan.takeBack(change)
    #expect(plan == start)
    plan.putBack(back)
    #expect(plan == changed)
    Self.expectIndexTrue(plan)
    let redo = plan.revert(change)
    #expect(plan == start)
    Self.expectIndexTrue(plan)
    _ = plan.revert(redo)
    #expect(plan == changed)
    Self.expectIndexTrue(plan)
  }

  @Test func takesBackEveryEditOfAChangeThatFails() {
    struct Refused: Error {}
    var plan = Self.plan()
    let start = plan
    #expect(throws: Refused.self) {
      _ = try plan.recording { plan throws(Refused) in
        for step in 0..<9 { Self.edit(&plan, step, step) }
        throw Refused()
      }
    }
    #expect(plan == start)
    Self.expectIndexTrue(plan)
  }

  @Test func keepsWhatAChangeTouchedNotThePlan() {
    var plan = Self.plan()
    for l in 0..<200 {
      plan.appendLot(Lot(id: "x\(l)", title: "X", items: [Self.item("x\(l).a", l)]))
    }
    let change = plan.recording { plan in
      plan.setDates(
        at: .lot(0, 0), start: PlanDate(Self.day), end: PlanDate(Self.day.adding(days: 9)))
      plan.appendItem(Self.item("r1.nieuw", 3), toLot: 0)
    }
    #expect(change.inverse.count == 2)
    let effect = change.effect(in: plan)!.changes.map(\.record)
    #expect(
      effect == [
        "r1.f1 2024-03-12/2024-04-11 → 2024-03-01/2024-03-10", "+ r1.nieuw 2024-03-04/2024-04-03",
      ])
  }

  @Test func tellsTheEffectOfARenamedLotAsItsItemsGoneAndNew() {
    var plan = Self.plan()
    let before = plan
    let change = plan.recording { plan in Self.edit(&plan, 4, 0) }
    let told = Set(change.effect(in: plan)!.changes.map(\.record))
    #expect(told == Set(PlanDiff(from: before, to: plan).changes.map(\.record)))
  }
}

/// A small deterministic random number generator, so that a failing seed fails again.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
