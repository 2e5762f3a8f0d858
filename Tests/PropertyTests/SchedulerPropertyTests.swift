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
          required = link.lag.added(to: base, in: workdays)
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
}
