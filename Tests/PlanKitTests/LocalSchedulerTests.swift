import Testing

@testable import PlanKit

/// Scheduling a change through the plan's index of links (`Scheduler.runLocally`) against
/// the whole plan's graph: the items a change reaches get the dates a full schedule gives.
struct LocalSchedulerTests {
  typealias Fixture = SchedulerTests

  /// Lot `a`: a.x from 6 March 2023, then a milestone a.m and a chain a.y → a.z that also
  /// waits for a.m, and an unlinked a.w; scheduled whole, then a.x moved a week on.
  static func movedPlan() -> Plan {
    var plan = Fixture.plan(
      [
        Fixture.milestone("a.m"),
        Fixture.phase("a.y", PlanDuration(2, .weeks)),
        Fixture.phase("a.z", PlanDuration(5, .workingDays)),
        Fixture.phase("a.w", from: "2023-01-02", PlanDuration(1, .weeks)),
      ],
      [
        Link(from: "a.x", to: "a.m"), Link(from: "a.x", to: "a.y"),
        Link(from: "a.y", to: "a.z"), Link(from: "a.m", to: "a.z", lag: PlanDuration(3, .weeks)),
      ])
    Scheduler.schedule(&plan)
    plan.lots[0].items[0].anchor = Fixture.day("2023-03-13")
    return plan
  }

  @Test func schedulesWhatAChangeReachesAsAWholeScheduleDoes() {
    var local = Self.movedPlan()
    var whole = local
    let scheduler = Scheduler(local: local, workdays: nil, years: 2023...2023)
    // Named twice and out of order, as a typed command's changes and derived links name them.
    guard case .success(let moves) = scheduler.runLocally(&local, from: ["a.m", "a.x", "a.m"])
    else {
      Issue.record("cycle")
      return
    }
    Scheduler.schedule(&whole)
    #expect(local == whole)
    // Each moved item once, in an order its links allow; the unlinked a.w stays.
    let moved = moves.map { local[$0.location].id }
    #expect(moved.sorted() == ["a.m", "a.x", "a.y", "a.z"])
    #expect(moved.first == "a.x")
    #expect(moved.firstIndex(of: "a.y")! < moved.firstIndex(of: "a.z")!)
    #expect(moves.map(\.start.day.iso).first == "2023-03-06")
  }

  @Test func schedulesALongChainThroughATable() {
    // More items than an array is searched for: the reached items are found in a table.
    let ids = (0..<24).map { "a.p\($0)" }
    var local = Fixture.plan(
      ids.map { Fixture.phase($0, PlanDuration(1, .weeks)) },
      zip(["a.x"] + ids.dropLast(), ids).map { Link(from: $0, to: $1) })
    Scheduler.schedule(&local)
    local.lots[0].items[0].anchor = Fixture.day("2023-04-03")
    var whole = local
    let scheduler = Scheduler(local: local, workdays: nil, years: 2023...2023)
    guard case .success(let moves) = scheduler.runLocally(&local, from: ["a.x"]) else {
      Issue.record("cycle")
      return
    }
    Scheduler.schedule(&whole)
    #expect(local == whole)
    #expect(moves.map { local[$0.location].id } == ["a.x"] + ids)
  }

  @Test func namesTheCycleAChangeReaches() {
    var plan = Fixture.plan(
      [
        Fixture.phase("a.y", PlanDuration(1, .weeks)),
        Fixture.phase("a.z", PlanDuration(1, .weeks)),
      ],
      [Link(from: "a.x", to: "a.y"), Link(from: "a.y", to: "a.z"), Link(from: "a.z", to: "a.y")])
    let scheduler = Scheduler(local: plan, workdays: nil, years: 2023...2023)
    guard case .failure(let cycle) = scheduler.runLocally(&plan, from: ["a.x"]) else {
      Issue.record("a cycle was scheduled")
      return
    }
    #expect(Set(cycle.ids) == ["a.y", "a.z"] && cycle.ids.count == 2)
  }
}
