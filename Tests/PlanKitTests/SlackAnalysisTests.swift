import Testing

@testable import PlanKit

/// A plan checked by hand, in working days (gemeente calendar, October 2023, no holidays):
/// a.p 10 wd from Monday 2 Oct (2–13 Oct), then a.q 5 wd (16–20 Oct) and a.r 2 wd
/// (16–17 Oct), then milestone a.m after both (Saturday 21 Oct), due Friday 27 Oct.
struct SlackAnalysisTests {
  static func day(_ iso: String) -> PlanDate { PlanDate(Day(iso: iso)!) }

  static func phase(_ id: String, _ workdays: Int, from: String? = nil) -> Item {
    var item = Item(
      id: id, type: .phase, kind: "x", start: day("2023-10-02"), end: day("2023-10-03"))
    item.anchor = from.map(day)
    item.length = .duration(PlanDuration(workdays, .workingDays))
    return item
  }

  static var plan: Plan {
    var m = Item(
      id: "a.m", type: .milestone, kind: "mijlpaal", start: day("2023-10-02"),
      end: day("2023-10-02"))
    m.fixed = false
    m.anchor = nil
    m.deadline = day("2023-10-27")
    var plan = Plan(
      title: "t",
      lots: [
        Lot(
          id: "a", title: "a",
          items: [phase("a.p", 10, from: "2023-10-02"), phase("a.q", 5), phase("a.r", 2), m])
      ])
    plan.links = [
      Link(from: "a.p", to: "a.q"), Link(from: "a.p", to: "a.r"), Link(from: "a.q", to: "a.m"),
      Link(from: "a.r", to: "a.m"),
    ]
    Scheduler.schedule(&plan)
    return plan
  }

  @Test func schedulesTheHandCheckedPlan() {
    let plan = Self.plan
    #expect(
      plan.allItems.map { "\($0.start.day.iso)/\($0.end.day.iso)" } == [
        "2023-10-02/2023-10-14", "2023-10-16/2023-10-21", "2023-10-16/2023-10-18",
        "2023-10-21/2023-10-21",
      ])
  }

  @Test func computesTotalAndFreeSlackTowardsAMilestoneDeadline() {
    let analysis = SlackAnalysis(Self.plan, towards: "a.m")
    #expect(analysis.targetDate.iso == "2023-10-27")
    let rows = Dictionary(uniqueKeysWithValues: analysis.rows.map { ($0.item.id, $0) })
    // a.q may end as late as 27 Oct (exclusive), so start on Friday 20 Oct: 4 days, 4 wd.
    #expect(rows["a.q"]?.lateStart.iso == "2023-10-20")
    #expect(rows["a.q"]?.totalDays == 4 && rows["a.q"]?.totalWorkdays == 4)
    #expect(rows["a.r"]?.lateStart.iso == "2023-10-25")
    #expect(rows["a.r"]?.totalDays == 9 && rows["a.r"]?.totalWorkdays == 7)
    #expect(rows["a.p"]?.lateStart.iso == "2023-10-06")
    #expect(rows["a.p"]?.totalDays == 4 && rows["a.p"]?.totalWorkdays == 4)
    #expect(rows["a.m"]?.totalDays == 6 && rows["a.m"]?.totalWorkdays == 4)
    #expect(rows["a.p"]?.freeDays == 0 && rows["a.q"]?.freeDays == 0)
    #expect(rows["a.r"]?.freeDays == 3 && rows["a.r"]?.freeWorkdays == 3)
    #expect(analysis.path == ["a.p", "a.q", "a.m"])
    #expect(analysis.leastSlack == 4)
  }

  @Test func showsNegativeSlackWhenTheDeadlineIsMissed() {
    var plan = Self.plan
    plan.lots[0].items[3].deadline = Self.day("2023-10-17")
    let analysis = SlackAnalysis(plan, towards: "a.m")
    #expect(analysis.leastSlack == -6)
    #expect(analysis.rows.first { $0.item.id == "a.q" }?.totalWorkdays == -4)
  }

  @Test func measuresSlackToTheEndOfThePlanWithoutATarget() {
    let analysis = SlackAnalysis(Self.plan, towards: nil)
    #expect(analysis.targetDate.iso == "2023-10-21")
    #expect(analysis.path == ["a.p", "a.q", "a.m"])
    #expect(analysis.rows.first { $0.item.id == "a.r" }?.totalDays == 3)
  }
}
