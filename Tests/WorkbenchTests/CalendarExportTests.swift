import PlanKit
import Testing

@testable import Workbench

struct CalendarExportTests {
  @Test func countsAReminderInWorkingDaysOverChristmas() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let ics = interpreter.run("exporteer ics herinnering 5 werkdagen").text
    // 1 January 2024 less five working days, over Christmas and a weekend: 21 December.
    #expect(ics.contains("TRIGGER;RELATED=START:-P11D"))
    #expect(!interpreter.run("exporteer ics herinnering 2 weken").text.contains("-P11D"))
    #expect(interpreter.run("exporteer ics herinnering 2 weken").text.contains("-P14D"))
  }

  @Test func refusesAReminderOutsideACalendar() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let outcome = interpreter.run("exporteer csv herinnering 5 werkdagen")
    #expect(outcome.failed && outcome.text.contains("'herinnering' hoort bij ics"))
    #expect(interpreter.run("exporteer ics herinnering 0 dagen").failed)
  }
}
