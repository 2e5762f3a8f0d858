import PlanKit
import PropertyBased
import Testing

@testable import Workbench

/// Saving and opening again gives back the same plan, settings and journal, for any plan the
/// commands can make.
struct SessionFilePropertyTests {
  @Test func opensWhatItSavedUnchanged() async {
    await propertyCheck(count: 60, input: InterpreterPropertyTests.sessions) { numbers in
      var session = RandomSession()
      for n in numbers { _ = session.interpreter.run(session.command(n)) }
      let interpreter = session.interpreter
      let text = SessionFile.encode(
        interpreter.plan, interpreter.settings, journal: interpreter.journal)
      let contents = try SessionFile.decode(text)
      #expect(contents.plan == interpreter.plan)
      #expect(contents.settings == interpreter.settings)
      #expect(contents.journal == interpreter.journal)
      #expect(
        SessionFile.encode(contents.plan, contents.settings, journal: contents.journal) == text)
    }
  }
}
