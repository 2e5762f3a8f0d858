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

  @Test func keepsTheCalendarsVersionsInTheSavedSession() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession + ["bewaar s.json"], files: files)
    #expect(!interpreter.hasUnsavedChanges)
    #expect(!interpreter.run("exporteer ics m.ics").failed)
    // The versions given to calendars are the session's to keep.
    #expect(interpreter.hasUnsavedChanges)
    #expect(!interpreter.run("verschuif r1.start 1 maand").failed)
    #expect(!interpreter.run("exporteer ics m.ics").failed)
    #expect(files.files["m.ics"]!.contains("SEQUENCE:1"))
    #expect(!interpreter.run("bewaar s.json").failed)
    var reopened = Fixtures.interpreter(files)
    #expect(!reopened.run("open s.json").failed)
    #expect(reopened.settings.published == interpreter.settings.published)
    #expect(!reopened.run("verschuif r1.start 1 maand").failed)
    #expect(!reopened.run("exporteer ics m.ics").failed)
    #expect(files.files["m.ics"]!.contains("SEQUENCE:2"))
  }
}
