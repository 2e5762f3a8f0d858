import Testing

@testable import PlanKit

struct SchedulerTests {
  static func day(_ iso: String) -> PlanDate { PlanDate(Day(iso: iso)!) }

  static func phase(_ id: String, from iso: String? = nil, _ length: PlanDuration) -> Item {
    let start = day(iso ?? "2023-01-02")
    var item = Item(
      id: id, type: .phase, kind: "x", start: start, end: PlanDate(start.day.adding(days: 1)))
    item.anchor = iso.map(day)
    item.length = .duration(length)
    return item
  }

  static func milestone(_ id: String, on iso: String? = nil, fixed: Bool = false) -> Item {
    var item = Item(
      id: id, type: .milestone, kind: "mijlpaal", start: day(iso ?? "2023-01-02"),
      end: day(iso ?? "2023-01-02"))
    item.anchor = iso.map(day)
    item.fixed = fixed
    return item
  }

  /// A lot `a` with a phase a.x from Monday 6 March 2023 for 4 weeks, plus `items`.
  static func plan(_ items: [Item], _ links: [Link]) -> Plan {
    var plan = Plan(title: "t")
    plan.lots = [
      Lot(
        id: "a", title: "a",
        items: [phase("a.x", from: "2023-03-06", PlanDuration(4, .weeks))] + items)
    ]
    plan.links = links
    return plan
  }

  func scheduled(_ items: [Item], _ links: [Link]) -> Plan {
    var plan = Self.plan(items, links)
    guard case .success = Scheduler.schedule(&plan) else {
      Issue.record("cycle")
      return plan
    }
    #expect(plan.defect == nil)
    return plan
  }

  static let lags: [(Link.Kind, PlanDuration, String, String)] = [
    // a.x runs 6 March – 3 April 2023 (exclusive).
    (.finishToStart, .zero, "2023-04-03", "2023-04-17"),
    (.finishToStart, PlanDuration(2, .weeks), "2023-04-17", "2023-05-01"),
    (.finishToStart, PlanDuration(-3, .days), "2023-03-31", "2023-04-14"),
    (.finishToStart, PlanDuration(1, .months), "2023-05-03", "2023-05-17"),
    // Municipal staff work on Goede Vrijdag (7 april); Tweede Paasdag (10 april) is off.
    (.finishToStart, PlanDuration(5, .workingDays), "2023-04-11", "2023-04-25"),
    (.finishToStart, PlanDuration(-2, .workingDays), "2023-03-30", "2023-04-13"),
    (.startToStart, .zero, "2023-03-06", "2023-03-20"),
    (.startToStart, PlanDuration(1, .weeks), "2023-03-13", "2023-03-27"),
    (.startToStart, PlanDuration(-1, .weeks), "2023-02-27", "2023-03-13"),
    (.finishToFinish, .zero, "2023-03-20", "2023-04-03"),
    (.finishToFinish, PlanDuration(3, .days), "2023-03-23", "2023-04-06"),
    (.finishToFinish, PlanDuration(-1, .weeks), "2023-03-13", "2023-03-27"),
  ]

  @Test(arguments: lags)
  func followsEveryLinkKindAndLag(
    _ kind: Link.Kind, _ lag: PlanDuration, _ start: String, _ end: String
  ) {
    let plan = scheduled(
      [Self.phase("a.y", PlanDuration(2, .weeks))],
      [Link(from: "a.x", to: "a.y", kind: kind, lag: lag)])
    let y = plan.item("a.y")!
    #expect(y.start.day.iso == start)
    #expect(y.end.day.iso == end)
  }

  @Test func startsAtTheLatestOfSeveralPredecessorsAndNotBefore() {
    var z = Self.phase("a.z", PlanDuration(1, .weeks))
    let links = [
      Link(from: "a.x", to: "a.z"),
      Link(from: "a.y", to: "a.z", lag: PlanDuration(1, .days)),
    ]
    let y = Self.phase("a.y", from: "2023-04-03", PlanDuration(2, .days))
    #expect(scheduled([y, z], links).item("a.z")!.start.day.iso == "2023-04-06")
    z.notBefore = Self.day("2023-05-01")
    #expect(scheduled([y, z], links).item("a.z")!.start.day.iso == "2023-05-01")
  }

  @Test func keepsAFixedItemWhereItIs() {
    let m = Self.milestone("a.m", on: "2023-03-20", fixed: true)
    let plan = scheduled([m], [Link(from: "a.x", to: "a.m")])
    #expect(plan.item("a.m")!.start.day.iso == "2023-03-20")
    let free = scheduled([Self.milestone("a.m")], [Link(from: "a.x", to: "a.m")])
    #expect(free.item("a.m")!.start.day.iso == "2023-04-03")
  }

  @Test func countsWorkingDayDurationsFromAWorkingDay() {
    // Starting on Good Friday's Saturday: work begins on Tuesday after Easter Monday.
    let y = Self.phase("a.y", from: "2023-04-08", PlanDuration(3, .workingDays))
    let plan = scheduled([y], [])
    #expect(plan.item("a.y")!.start.day.iso == "2023-04-11")
    #expect(plan.item("a.y")!.end.day.iso == "2023-04-14")
  }

  @Test func reschedulesOnlyWhatDependsOnAChange() {
    var plan = scheduled(
      [
        Self.phase("a.y", PlanDuration(2, .weeks)),
        Self.phase("a.z", from: "2023-01-02", PlanDuration(1, .weeks)),
      ],
      [Link(from: "a.x", to: "a.y")])
    plan.lots[0].items[0].anchor = Self.day("2023-03-13")
    plan.lots[0].items[2].anchor = Self.day("2023-06-05")
    let scheduler = Scheduler(plan)
    guard case .success(let moves) = scheduler.run(&plan, from: ["a.x"]) else {
      Issue.record("cycle")
      return
    }
    #expect(moves.map { plan[$0.location].id } == ["a.x", "a.y"])
    #expect(moves.map(\.start.day.iso) == ["2023-03-06", "2023-04-03"])
    #expect(plan.item("a.y")!.start.day.iso == "2023-04-10")
    // a.z was not asked about and keeps its dates until a full run.
    #expect(plan.item("a.z")!.start.day.iso == "2023-01-02")
  }

  @Test func namesTheCycleItRefusesToSchedule() {
    var plan = Self.plan(
      [Self.phase("a.y", PlanDuration(1, .weeks)), Self.phase("a.z", PlanDuration(1, .weeks))],
      [Link(from: "a.y", to: "a.z"), Link(from: "a.z", to: "a.y"), Link(from: "a.x", to: "a.y")])
    guard case .failure(let cycle) = Scheduler.schedule(&plan) else {
      Issue.record("a cycle was scheduled")
      return
    }
    let graph = PlanGraph(plan)
    let ids = cycle.nodes.map { plan[graph.locations[$0]].id }
    #expect(Set(ids) == ["a.y", "a.z"] && ids.count == 2)
  }

  @Test func keepsMonthPrecisionThroughALink() {
    var x = Item(
      id: "a.x", type: .phase, kind: "x", start: PlanDate(Day(iso: "2022-03-01")!, .month),
      end: PlanDate(Day(iso: "2022-06-01")!, .month))
    x.length = .until(PlanDate(Day(iso: "2022-06-01")!, .month))
    var plan = Plan(
      title: "t",
      lots: [Lot(id: "a", title: "a", items: [x, Self.phase("a.y", PlanDuration(2, .months))])])
    plan.links = [Link(from: "a.x", to: "a.y")]
    Scheduler.schedule(&plan)
    // Two months from June: June and July, shown the Dutch way, inclusively.
    #expect(plan.item("a.y")!.period(.nl) == "juni 2022 – juli 2022")
  }
}
