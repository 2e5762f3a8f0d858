import PlanKit
import PropertyBased
import Testing

@testable import Workbench

/// The scheduler's dates, checked against each link and constraint with the calendar's own
/// arithmetic rather than the scheduler's: every link into an item that is not fixed holds,
/// every `niet eerder dan` holds, and a link into a fixed item that does not hold is reported.
struct SchedulerPropertyTests {
  @Test func satisfiesEveryLinkAndConstraintItDoesNotReport() async {
    await propertyCheck(count: 60, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers { _ = session.interpreter.run(session.command(n)) }
      let plan = session.interpreter.plan
      var again = plan
      Scheduler.schedule(&again)
      #expect(again == plan, "scheduling twice moves nothing")
      let scheduler = Scheduler(plan)
      let workdays = scheduler.workdays
      let reported = Set(
        Checker(plan, today: nil).findings().filter {
          $0.kind == .brokenLink || $0.kind == .concludesTooEarly
        }.map { Set($0.items) })
      for link in plan.links {
        let from = plan.item(link.from)!
        let to = plan.item(link.to)!
        let base = link.kind == .startToStart ? from.start.day : from.end.day
        var required: Day
        if link.lag.unit == .workingDays {
          required = workdays.nextWorkingDay(
            onOrAfter: workdays.advance(base, by: link.lag.amount))
        } else {
          // A lag in months counts from where `from` was before a shift by days moved both
          // ends (`Link.dayShift`); other lags are the same in any frame.
          let frame = [.months, .years].contains(link.lag.unit) ? link.dayShift : 0
          required = link.lag.added(to: base.adding(days: -frame), in: workdays)
            .adding(days: frame)
        }
        if link.kind != .finishToFinish, case .duration(let length) = to.length,
          length.unit == .workingDays
        {
          required = workdays.nextWorkingDay(onOrAfter: required)
        }
        let actual = link.kind == .finishToFinish ? to.end.day : to.start.day
        if actual < required {
          #expect(
            to.fixed && reported.contains([from.id, to.id]),
            "\(link.text(.en)): \(to.id) at \(actual.iso), the link asks \(required.iso)")
        }
      }
      for item in plan.allItems {
        if let notBefore = item.notBefore, !item.fixed {
          #expect(item.start.day >= notBefore.day, "\(item.id) starts before its niet eerder dan")
        }
        #expect(item.type == .milestone ? item.start == item.end : item.end.day > item.start.day)
      }
    }
  }

  /// The backward step is the inverse of the forward one: the latest start from which an item
  /// still ends by a day, for durations in days, weeks, working days and months (month ends
  /// clamp: one month from 31 August ends 30 September, and so does one from 30 August).
  @Test func stepsBackAsTheInverseOfStepsForward() async {
    let input = Gen.int(in: 0...2_000).array(of: 3...3)
    let units: [PlanDuration.Unit] = [.days, .weeks, .workingDays, .months, .years]
    await propertyCheck(count: 300, input: input) { numbers in
      let start = Day(year: 2022, month: 1, day: 1)!.adding(days: numbers[0])
      let length = PlanDuration(numbers[1] % 24 + 1, units[numbers[2] % units.count])
      var item = Item(
        id: "a.x", type: .phase, kind: "x", start: PlanDate(start), end: PlanDate(start))
      item.length = .duration(length)
      let plan = Plan(title: "t", lots: [Lot(id: "a", title: "a", items: [item])])
      let scheduler = Scheduler(plan)
      let end = scheduler.end(of: item, from: PlanDate(start)).day
      let latest = scheduler.latestStart(of: item, endingBy: end)
      #expect(latest >= start, "\(length) from \(start.iso)")
      #expect(scheduler.end(of: item, from: PlanDate(latest)).day <= end)
      #expect(scheduler.end(of: item, from: PlanDate(latest.adding(days: 1))).day > end)
      let lag = scheduler.latest(end, before: length)
      #expect(scheduler.lagged(PlanDate(lag), length).day <= end)
      #expect(scheduler.lagged(PlanDate(lag.adding(days: 1)), length).day > end)
    }
  }
}

/// One answer for one question: on random plans, `kritiek naar` a milestone with a deadline
/// finds negative slack exactly when `haalbaar` does not call it feasible (late, or an error
/// on the way to it), where no statutory period is cut; and the items it marks critical are
/// exactly those without slack.
struct SlackPropertyTests {
  @Test func findsNegativeSlackExactlyWhenHaalbaarSaysNo() async {
    await propertyCheck(count: 80, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers { _ = session.interpreter.run(session.command(n)) }
      let plan = session.interpreter.plan
      guard plan.item("a.start") != nil,
        let answer = Feasibility(plan, item: "a.start"), answer.goal != nil,
        answer.shortened == 0
      else { return }
      let analysis = SlackAnalysis(plan, towards: "a.start")
      let said = session.interpreter.run("haalbaar a.start").text
      #expect(
        (analysis.leastSlack >= 0) == said.contains(": haalbaar"),
        "least slack \(analysis.leastSlack): \(said)")
      #expect(
        analysis.critical == Set(analysis.rows.filter { $0.totalDays <= 0 }.map(\.item.id)))
    }
  }
}
