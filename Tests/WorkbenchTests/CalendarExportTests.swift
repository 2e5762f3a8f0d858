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

struct CalendarFileTests {
  /// A calendar that follows a file saw what the file last held: a session not saved after an
  /// export still gives the next version.
  @Test func neverLowersAVersionTheFileAlreadyGave() {
    let files = MemoryFiles()
    var first = Fixtures.after(Fixtures.designSession, files: files)
    #expect(!first.run("verschuif r1.start 1 maand").failed)
    #expect(!first.run("exporteer ics m.ics").failed)
    #expect(!first.run("verschuif r1.start 1 maand").failed)
    #expect(!first.run("exporteer ics m.ics").failed)
    #expect(files.files["m.ics"]!.contains("SEQUENCE:1"))
    // Another session on the same plan, which knows nothing of those exports.
    var second = Fixtures.after(Fixtures.designSession, files: files)
    #expect(!second.run("exporteer ics m.ics").failed)
    #expect(files.files["m.ics"]!.contains("SEQUENCE:2"))
  }
}

struct DecisionsCommandTests {
  @Test func listsTheSeedsDecisionsWithMeetingHandInAndStatus() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    #expect(!interpreter.run("vandaag 10 februari 2021").failed)
    let text = interpreter.run("besluiten").text
    #expect(text.hasPrefix("Besluiten, stand per 10 feb. 2021"))
    let documents = text.split(separator: "\n").first { $0.contains("regio.inkoopdocumenten") }!
    #expect(documents.contains("di 23 mrt. 2021") && documents.contains("2 mrt. 2021"))
    #expect(documents.hasSuffix("nog 14 werkdagen"))
    #expect(text.contains("1 werkdag te laat; haalbaar: di 9 mrt. 2021"))
    #expect(!interpreter.run("aanlevertermijn college 15 werkdagen").failed)
    #expect(interpreter.run("besluiten").text.contains("collegebesluit 15 werkdagen"))
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.meetings.leadTimes.isEmpty)
  }

  @Test func keepsTheCommissieAndItsLeadTimeInTheSessionAndItsExports() throws {
    var interpreter = try Fixtures.seed("000-heerde")
    let files = interpreter.files as! MemoryFiles
    for line in [
      "vandaag 1 januari 2020", "vergadering raad 20 april 2020",
      "vergadering commissie 6 april 2020", "aanlevertermijn commissie 4 weken",
      "besluit hbh.mandaat op 14 mei 2020 soort portefeuillehouder", "bewaar s.json",
    ] {
      #expect(!interpreter.run(line).failed, "\(line)")
    }
    let row = { (text: String) in
      text.split(separator: "\n").first { $0.contains("hbh.raadsbesluit") }
    }
    #expect(
      row(interpreter.run("besluiten").text)?.contains("(commissie ma 6 apr. 2020)  9 mrt. 2020")
        == true)
    #expect(interpreter.run("besluiten").text.contains("portefeuillehouder  do 14 mei 2020"))
    #expect(files.files["s.json"]!.contains("\"version\": 8"))
    var opened = Fixtures.interpreter(files)
    #expect(!opened.run("open s.json").failed)
    #expect(opened.plan.meetings == interpreter.plan.meetings)
    #expect(opened.run("vergadering").text.contains("commissie: 6 apr. 2020"))
    #expect(!opened.run("besluiten csv b.csv").failed)
    #expect(files.files["b.csv"]!.contains(";raad;20-4-2020;6-4-2020;9-3-2020;"))
    // Undone, the commissie's lead time is the usual one again.
    #expect(!interpreter.run("ongedaan").failed)
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.meetings.committeeLeadTime == nil)
  }

  @Test func namesAMunicipalitysCollegeAndOneLateCollegeAsDutchWritesThem() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    for line in [
      "vandaag 1 februari 2021", "besluit college-oude-ijsselstreek op 2 februari 2021",
      "besluit regio.akkoord op 9 maart 2021 soort regio",
      "koppel regio.akkoord na college-oude-ijsselstreek",
    ] {
      #expect(!interpreter.run(line).failed, "\(line)")
    }
    let text = interpreter.run("besluiten").text
    #expect(text.contains("College Oude IJss"))
    #expect(text.contains("college Oude IJsselstreek"))
    #expect(text.contains("wacht op college-oude-ijsselstreek, dat te laat is"))
    #expect(interpreter.run("lang en").text == "Language: English")
    #expect(interpreter.run("meeting").text.hasPrefix("college: every Tuesday"))
  }

  @Test func saysInEachEventWhereItsItemStandsAndWhoOwnsItsLot() throws {
    var interpreter = try Fixtures.seed("002-routes")
    for line in ["vandaag 3 oktober 2022", "eigenaar r2 \"Marjan Bos\""] {
      #expect(!interpreter.run(line).failed, "\(line)")
    }
    let ics = interpreter.run("export ics - alles").text.split(separator: "\r\n ").joined()
    let event = ics.components(separatedBy: "BEGIN:VEVENT").first {
      $0.contains("UID:r2.inkoopprocedure@")
    }!
    #expect(event.contains("\\nStand per 3 okt. 2022 — te laat: 32 dagen\\nEigenaar: Marjan Bos"))
  }

  @Test func speaksTheLanguageChosenForTheRunInASessionItOpens() throws {
    let text = try String(
      contentsOfFile: SeedSessionTests.root + "/sessions/002-routes.json", encoding: .utf8)
    var interpreter = Fixtures.interpreter(MemoryFiles(["s.json": text]))
    interpreter.chosenLanguage = .en
    #expect(interpreter.run("open s.json").text.hasPrefix("Opened:"))
    #expect(interpreter.run("toon r1").text.contains("(lot)"))
    // Chosen again by hand, the next session speaks that.
    #expect(!interpreter.run("taal nl").failed)
    #expect(interpreter.run("open s.json").text.hasPrefix("Geopend:"))
  }

  @Test func writesTheCalendarForTheSecretariat() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    let files = interpreter.files as! MemoryFiles
    #expect(!interpreter.run("exporteer besluiten b.ics").failed)
    let unfolded = files.files["b.ics"]!.split(separator: "\r\n ").joined()
    #expect(
      unfolded.contains(
        "SUMMARY:Aanleveren: Collegebesluitvorming over inkoopdocumenten Wmo en jeugdhulp"))
    #expect(!interpreter.run("besluiten csv b.csv").failed)
    #expect(files.files["b.csv"]!.hasPrefix("\u{FEFF}Datum;Onderdeel;Besluit;Wie;Vergadering"))
    // Who to ask and where the proposal is, in every form for the secretariat.
    for line in [
      "eigenaar regio \"Ria Bos\"", "notitie regio.financien \"via de griffie\"",
      "document regio.financien voorstel https://ris.example.nl/1",
    ] {
      #expect(!interpreter.run(line).failed)
    }
    #expect(!interpreter.run("besluiten csv b.csv").failed)
    #expect(
      files.files["b.csv"]!.contains(
        ";Ria Bos;via de griffie;voorstel: https://ris.example.nl/1\r\n"))
    #expect(!interpreter.run("exporteer besluiten b.ics").failed)
    let calendar = files.files["b.ics"]!.split(separator: "\r\n ").joined()
    #expect(calendar.contains("URL:https://ris.example.nl/1"))
    #expect(
      calendar.contains(
        "\\nEigenaar: Ria Bos\\nvia de griffie\\nvoorstel: https://ris.example.nl/1"))
    #expect(
      interpreter.run("exporteer besluiten").text.contains("| Eigenaar | Notitie | Documenten |"))
    #expect(interpreter.run("exporteer besluiten").text.contains("| Datum | Besluit | Wie |"))
  }

  /// `exporteer rapport html` and `exporteer besluiten csv` name a form, as `rapport html` and
  /// `besluiten csv` do: to the screen without a file, and never a file called "html".
  @Test func takesAFormWordBeforeTheFileAsTheForm() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    let files = interpreter.files as! MemoryFiles
    #expect(interpreter.run("exporteer besluiten csv").text.hasPrefix("Datum;Onderdeel;Besluit"))
    #expect(interpreter.run("exporteer rapport html").text.hasPrefix("<!DOCTYPE html>"))
    #expect(!interpreter.run("exporteer rapport html stand.html").failed)
    #expect(files.files["stand.html"]?.hasPrefix("<!DOCTYPE html>") == true)
    #expect(!interpreter.run("exporteer besluiten ics agenda.txt").failed)
    #expect(files.files["agenda.txt"]?.hasPrefix("BEGIN:VCALENDAR") == true)
    #expect(files.files.keys.allSatisfy { !["html", "csv", "ics", "markdown"].contains($0) })
    let extra = interpreter.run("exporteer csv a.csv b.csv")
    #expect(extra.failed && extra.text.contains("'b.csv' past hier niet"))
  }
}
