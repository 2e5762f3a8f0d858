import Testing

@testable import PlanKit

/// A goal of the whole plan against two lots: one that makes it, one that does not.
struct PlanGoalTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  static var plan: Plan {
    func start(_ id: String, _ day: Day) -> Item {
      var item = Item(
        id: id, type: .milestone, kind: "mijlpaal", start: PlanDate(day), end: PlanDate(day))
      item.fixed = true
      item.anchor = PlanDate(day)
      return item
    }
    var early = Lot(id: "r1", title: "Route 1")
    early.items = [start("r1.start", Self.day(2023, 1, 2))]
    var late = Lot(id: "r2", title: "Route 2")
    late.items = [start("r2.start", Self.day(2023, 3, 1))]
    var goal = start("doel", Self.day(2023, 2, 1))
    goal.kind = "doel"
    return Plan(lots: [early, late], milestones: [goal])
  }

  @Test func measuresEveryLotsTargetAgainstTheGoal() throws {
    let goal = try #require(PlanGoal(Self.plan, item: "doel", today: nil))
    #expect(goal.lots.map(\.lot) == ["r1", "r2"])
    #expect(goal.lots.map(\.slack) == [30, -28])
    #expect(!goal.isFeasible && goal.latest?.lot == "r2")
    let asked = try #require(
      PlanGoal(Self.plan, item: "doel", by: PlanDate(Self.day(2023, 3, 1)), today: nil))
    #expect(asked.isFeasible && asked.latest?.slack == 0)
  }

  @Test func takesNoLinkedItemOrDecisionForAGoal() {
    var linked = Self.plan
    linked.appendLinks([Link(from: "r2.start", to: "doel")])
    #expect(PlanGoal(linked, item: "doel", today: nil) == nil)
    var decision = Self.plan
    decision.milestones[0].kind = DecisionKind.collegebesluit.rawValue
    #expect(PlanGoal.goals(in: decision, graph: PlanGraph(decision)).isEmpty)
    #expect(PlanGoal.goals(in: Self.plan, graph: PlanGraph(Self.plan)).map(\.id) == ["doel"])
    #expect(PlanGoal(Self.plan, item: "r1.start", today: nil) == nil)
  }
}
