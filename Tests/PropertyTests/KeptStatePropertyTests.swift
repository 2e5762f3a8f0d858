import PropertyBased
import Testing

@testable import PlanKit
@testable import Workbench

/// What a command keeps instead of computing again (the plan's index, the schedule of what it
/// touched, the warnings about what it touched) is what a computation from scratch gives,
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
        var scheduled = plan
        _ = Scheduler.schedule(&scheduled)
        #expect(scheduled == plan, "the schedule after '\(line)' is not what scheduling all gives")
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

  func settings(_ session: RandomSession) -> Day? { session.interpreter.settings.today }
}
