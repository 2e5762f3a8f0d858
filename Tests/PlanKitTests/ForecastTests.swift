import Testing

@testable import PlanKit

/// A lot of a phase of ten working days from Wednesday 1 March 2023, a month after it, and a
/// contract start fixed on 1 June 2023, checked by hand against the 2023 calendar (Easter
/// Monday 10 April).
struct ForecastTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static func plan() -> Plan {
    var first = Item(
      id: "r.a", type: .phase, kind: "voorbereiding", start: PlanDate(day("2023-03-01")),
      end: PlanDate(day("2023-03-02")))
    first.length = .duration(PlanDuration(10, .workingDays))
    var second = Item(
      id: "r.b", type: .phase, kind: "inkoopprocedure", start: PlanDate(day("2023-03-01")),
      end: PlanDate(day("2023-03-02")))
    second.anchor = nil
    second.length = .duration(PlanDuration(1, .months))
    let start = Item(
      id: "r.start", type: .milestone, kind: "start", start: PlanDate(day("2023-06-01")),
      end: PlanDate(day("2023-06-01")))
    var plan = Plan(
      title: "Forecast", lots: [Lot(id: "r", title: "R", items: [first, second, start])])
    plan.links = [Link(from: "r.a", to: "r.b"), Link(from: "r.b", to: "r.start")]
    Scheduler.schedule(&plan)
    return plan
  }

  @Test func leavesAPlanAloneWhenNothingIsLate() throws {
    let plan = Self.plan()
    // 1 March itself: the phase is due to start today, not late.
    let forecast = try #require(Forecast(plan, on: Self.day("2023-03-01")))
    #expect(forecast.held.isEmpty && forecast.moves.isEmpty)
    #expect(forecast.plan == plan)
  }

  @Test func startsWorkThatHasNotStartedOnTheNextWorkingDayFromToday() throws {
    let plan = Self.plan()
    // Saturday 4 March: ten working days start on Monday 6 March and end after Friday 17.
    let forecast = try #require(Forecast(plan, on: Self.day("2023-03-04")))
    #expect(forecast.held == [Forecast.Hold(id: "r.a", started: false, days: 3)])
    let a = try #require(forecast.plan.item("r.a"))
    #expect(a.start.day == Self.day("2023-03-06") && a.end.day == Self.day("2023-03-18"))
    // What follows moves with it; the fixed contract start does not.
    #expect(forecast.plan.item("r.b")?.start.day == Self.day("2023-03-18"))
    #expect(forecast.plan.item("r.start")?.start.day == Self.day("2023-06-01"))
    let moved = try #require(forecast.moves.first { forecast.plan[$0.location].id == "r.b" })
    #expect(moved.start.day == Self.day("2023-03-15"))
    // The plan itself keeps its dates.
    #expect(plan.item("r.a")?.start.day == Self.day("2023-03-01"))
  }

  @Test func skipsEasterMondayWhenLateWorkStartsOverEaster() throws {
    // Saturday 8 April 2023: Monday 10 April is Easter Monday, so work starts on Tuesday.
    let forecast = try #require(Forecast(Self.plan(), on: Self.day("2023-04-08")))
    #expect(forecast.plan.item("r.a")?.start.day == Self.day("2023-04-11"))
    // What waits for it is late too: it should have started on 15 March.
    #expect(forecast.held.map(\.days) == [38, 24])
  }

  @Test func keepsARunningPhaseGoingThroughTodayAndMovesWhatFollows() throws {
    var plan = Self.plan()
    let location = try #require(plan.location(of: "r.a"))
    var a = plan[location]
    a.progress = Progress(started: Self.day("2023-03-01"), percent: 80)
    a.fixed = true
    plan[location] = a
    Scheduler.schedule(&plan)
    // The phase's last planned day was Tuesday 14 March; on Monday 20 March it still runs.
    let forecast = try #require(Forecast(plan, on: Self.day("2023-03-20")))
    #expect(
      forecast.held == [
        Forecast.Hold(
          id: "r.a", started: true, days: 6,
          share: Forecast.Share(
            percent: 80, reported: Self.day("2023-03-20"), until: Self.day("2023-03-23"))),
        Forecast.Hold(id: "r.b", started: false, days: 5),
      ])
    // 80% done of its 14 days leaves 3 (2.8, rounded up) from today: it ends after 22 March.
    #expect(forecast.plan.item("r.a")?.end.day == Self.day("2023-03-23"))
    #expect(forecast.plan.item("r.a")?.start.day == Self.day("2023-03-01"))
    #expect(forecast.plan.item("r.b")?.start.day == Self.day("2023-03-23"))
  }

  @Test func runsARunningPhaseWithoutAPercentageThroughTodayOnly() throws {
    var plan = Self.plan()
    let location = try #require(plan.location(of: "r.a"))
    plan[location].progress = Progress(started: Self.day("2023-03-01"))
    plan[location].fixed = true
    Scheduler.schedule(&plan)
    let forecast = try #require(Forecast(plan, on: Self.day("2023-03-20")))
    #expect(forecast.plan.item("r.a")?.end.day == Self.day("2023-03-21"))
  }

  @Test func takesWhatIsDoneAndAFixedDateInThePastAsFacts() throws {
    var plan = Self.plan()
    let location = try #require(plan.location(of: "r.a"))
    var a = plan[location]
    a.progress = Progress(started: Self.day("2023-03-01"), finished: Self.day("2023-03-10"))
    a.fixed = true
    a.length = .until(PlanDate(Self.day("2023-03-11")))
    plan[location] = a
    Scheduler.schedule(&plan)
    // r.b follows the real end and is not late on 11 March; the fixed start has not come.
    let forecast = try #require(Forecast(plan, on: Self.day("2023-03-11")))
    #expect(forecast.held.isEmpty)
    // A month on, r.b should have started and has not: only it is held.
    let later = try #require(Forecast(plan, on: Self.day("2023-04-11")))
    #expect(later.held.map(\.id) == ["r.b"])
    #expect(later.plan.item("r.a") == plan.item("r.a"))
  }

  /// A percentage is how far a phase was on the day it was reported: what was left then counts
  /// from that day, so the forecast does not jump on the day after the planned end.
  @Test func countsWhatAPercentageLeftFromTheDayItWasReported() throws {
    var plan = Self.plan()
    let location = try #require(plan.location(of: "r.a"))
    var a = plan[location]
    // 14 days from 1 March; 50% on 3 March leaves 7 days, to 10 March.
    a.progress = Progress(
      started: Self.day("2023-03-01"), percent: 50, percentOn: Self.day("2023-03-03"))
    a.fixed = true
    plan[location] = a
    Scheduler.schedule(&plan)
    let ends = ["2023-03-14", "2023-03-15", "2023-03-16"].map { day in
      Forecast(plan, on: Self.day(day))?.plan.item("r.a")?.end.day
    }
    #expect(ends == ["2023-03-15", "2023-03-16", "2023-03-17"].map(Self.day))
    // 10% on 10 March leaves 13 days from then: the forecast says so before the planned end.
    plan[location].progress?.percent = 10
    plan[location].progress?.percentOn = Self.day("2023-03-10")
    let before = try #require(Forecast(plan, on: Self.day("2023-03-12")))
    #expect(before.plan.item("r.a")?.end.day == Self.day("2023-03-23"))
    #expect(before.held.first?.days == 0 && before.held.first?.share?.percent == 10)
    let after = try #require(Forecast(plan, on: Self.day("2023-03-16")))
    #expect(after.plan.item("r.a")?.end.day == Self.day("2023-03-23"))
  }
}
