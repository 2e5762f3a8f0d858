import PropertyBased
import Testing

@testable import PlanKit
@testable import Workbench

/// What a command keeps instead of computing again (the plan's index and graph, the schedule of
/// what it touched, the warnings about what it touched) is what a computation from scratch gives,
/// after every command of random sessions.
struct KeptStatePropertyTests {
  @Test func keepsTheIndexScheduleAndWarningsAFreshComputationGives() async {
    await propertyCheck(count: 80, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers {
        let line = session.command(n)
        let before = session.interpreter.plan
        let today = session.interpreter.settings.today
        let outcome = session.interpreter.run(line)
        let plan = session.interpreter.plan
        #expect(plan.indexDefect == nil, "the index after '\(line)'")
        if let graph = session.interpreter.context.graphCache {
          let fresh = PlanGraph(plan)
          #expect(
            graph.locations == fresh.locations && graph.from == fresh.from && graph.to == fresh.to,
            "the kept graph after '\(line)'")
        }
        var scheduled = plan
        _ = Scheduler.schedule(&scheduled)
        #expect(scheduled == plan, "the schedule after '\(line)' is not what scheduling all gives")
        // A scheduled plan's links into items that are not fixed hold: a whole-plan change
        // does not measure them.
        let checker = Checker(plan, today: today)
        #expect(
          checker.findingsOfScheduledPlan().map(\.key) == checker.findings().map(\.key),
          "the findings of the scheduled plan after '\(line)'")
        guard !outcome.failed, plan != before, settings(session) == today,
          !["ongedaan", "opnieuw"].contains(line),
          // A plan put in place whole is not a change to check.
          session.interpreter.context.committed?.inverse.contains(where: {
            if case .whole = $0 { true } else { false }
          }) != true
        else { continue }
        let expected = Finding.new(
          Checker(plan, today: today).findings(), since: Checker(before, today: today).findings())
        #expect(
          Set(outcome.findings.map(\.key)) == Set(expected.map(\.key)),
          "warnings after '\(line)'")
      }
    }
  }

  /// A change of closing days schedules only the items whose dates ask the calendar about a
  /// changed day, and what follows them (`Scheduler.nodes(askingAbout:)`): on random plans,
  /// closings added and taken away again give the dates a schedule of the whole plan gives.
  @Test func schedulesAClosingAsAWholeScheduleWould() async {
    await propertyCheck(count: 80, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers.dropLast(2) { _ = session.interpreter.run(session.command(n)) }
      var plan = session.interpreter.plan
      let graph = PlanGraph(plan)
      // Short closings and long ones, on weekdays and weekends, at random places in the plan.
      let closings = numbers.suffix(2).map { n in
        let first = RandomSession.today.adding(days: n % 900)
        return first..<first.adding(days: [1, 2, 5, 12, 40][n / 900 % 5])
      }
      func expectPartial(_ change: (inout Plan) -> Void, _ days: [Range<Day>], _ what: String) {
        change(&plan)
        var whole = plan
        _ = Scheduler.schedule(&whole)
        let scheduler = Scheduler(plan, graph: graph)
        let nodes = graph.reachable(from: scheduler.nodes(askingAbout: days, in: plan))
        _ = scheduler.run(&plan, nodes: nodes)
        #expect(
          plan == whole, "\(what) \(days.map { "\($0.lowerBound.iso)..<\($0.upperBound.iso)" })")
        plan = whole
      }
      let added = closings.map { Closing(days: $0) }
      expectPartial({ $0.calendar.closings += added }, closings, "closed")
      expectPartial(
        { $0.calendar.closings.removeAll(where: added.contains) }, closings, "open again")
    }
  }

  func settings(_ session: RandomSession) -> Day? { session.interpreter.settings.today }
}
