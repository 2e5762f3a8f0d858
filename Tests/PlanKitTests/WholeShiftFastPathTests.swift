import Testing

@testable import PlanKit

/// The shortcuts a shift of the whole plan takes give what the long way gives: a graph's kept
/// order, dates compared and set in one access, a day's window, the standard phases found
/// in one pass, and milestones that are no decision passed over.
struct WholeShiftFastPathTests {
  static let day = Day(year: 2024, month: 3, day: 1)!

  static func phase(_ id: String, _ kind: String, _ from: Int, _ to: Int) -> Item {
    Item(
      id: id, type: .phase, kind: kind, start: PlanDate(day.adding(days: from)),
      end: PlanDate(day.adding(days: to)))
  }

  @Test func keepsTheOrderOfEveryNodeItFindsAfresh() throws {
    let plan = PlanEditTests.plan()
    let graph = PlanGraph(plan)
    var kept = graph
    kept.keepWholeOrder()
    let fresh = try graph.topologicalOrder().get()
    #expect(kept.wholeOrder == fresh)
    #expect(try kept.topologicalOrder().get() == fresh)
    // Some nodes are ordered as before, not from the kept order of all of them.
    #expect(
      try kept.topologicalOrder(of: [2, 0]).get() == graph.topologicalOrder(of: [2, 0]).get())
  }

  @Test func keepsNoOrderForLinksInACycle() {
    var plan = PlanEditTests.plan()
    plan.appendLinks([Link(from: "r1.f2", to: "r1.f1")])
    var graph = PlanGraph(plan)
    graph.keepWholeOrder()
    #expect(graph.wholeOrder == nil)
    guard case .failure = graph.topologicalOrder() else {
      Issue.record("a cycle was ordered")
      return
    }
  }

  @Test func movesDatesOnlyWhenTheyChangeAndRecordsTheMove() {
    var plan = PlanEditTests.plan()
    let before = plan
    let location = Plan.Location.lot(0, 1)
    let (start, end) = plan.dates(at: location)
    let later = (PlanDate(start.day.adding(days: 7)), PlanDate(end.day.adding(days: 7)))
    var outcomes: [PlanDiff.Span?] = []
    let change = plan.recording { plan in
      outcomes.append(plan.moveDates(at: location, start: start, end: end))
      outcomes.append(plan.moveDates(at: location, start: later.0, end: later.1))
    }
    #expect(outcomes[0] == nil)
    #expect(outcomes[1] == PlanDiff.Span(start: start, end: end, milestone: false))
    #expect(plan.dates(at: location) == later)
    #expect(change.inverse.count == 1)
    #expect(change.touchedIDs == ["r1.f2"])
    _ = plan.revert(change)
    #expect(plan == before)
  }

  @Test func findsTheWindowOfADayWithoutItsMonth() {
    for offset in [0, 9, 30, 300] {
      let day = Self.day.adding(days: offset)
      #expect(DatePrecision.day.windowStart(of: day) == day)
      #expect(PlanDate(day).windowEnd == day.adding(days: 1))
    }
  }

  @Test func findsTheStandardPhasesWhereverTheyStandInTheLot() {
    // An item of another kind as long as two standard names, and the standard phases out of
    // their order in the lot: the first of each kind still counts.
    let items = [
      Self.phase("r1.projectstart1", "projectstart1", 0, 100),
      Self.phase("r1.implementatie", "implementatie", 0, 30),
      Self.phase("r1.voorbereiding", "voorbereiding", 10, 40),
      Self.phase("r1.voorbereiding2", "voorbereiding", 200, 240),
    ]
    let plan = Plan(lots: [Lot(id: "r1", title: "Route", items: items)])
    let found = Checker(plan, today: nil).phaseOrder(items, of: "r1")
    #expect(found.map(\.kind) == [.outOfOrder])
    #expect(found.first?.items == ["r1.voorbereiding", "r1.implementatie"])
  }

  @Test func passesOverAMilestoneThatIsNoDecision() {
    let sunday = PlanDate(Day(year: 2024, month: 3, day: 3)!)
    var plain = Item(id: "gunning", type: .milestone, kind: "mijlpaal", start: sunday, end: sunday)
    plain.deadline = PlanDate(Day(year: 2024, month: 3, day: 1)!)
    var decision = plain
    decision.id = "besluit"
    decision.kind = DecisionKind.collegebesluit.rawValue
    let plan = Plan(milestones: [plain, decision])
    let checker = Checker(plan, today: nil)
    #expect(checker.meetingDay(plain) == nil)
    #expect(checker.meetingDay(decision)?.kind == .meetingDay)
  }
}
