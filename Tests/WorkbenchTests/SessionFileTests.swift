import PlanFiles
import PlanKit
import PlanRender
import Testing
import Workbench

/// Save and open round trip, and every refusal of `open`, which leaves the plan untouched.
struct SessionFileTests {
  @Test func roundTripsThePlanAndSettings() throws {
    let interpreter = Fixtures.after(
      Fixtures.designSession + [
        "perceel r2 \"Route 2\" procedure gesloten-open-house waarde 800.000",
        "fase r2.voorbereiding van najaar 2021 tot Q2 2022", "mijlpaal college op medio 2023",
        "wijzig plan organisatie \"Gemeente Heerde\"", "vandaag 1 juni 2022",
        "instelling ascii aan",
      ])
    let text = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    let contents = try SessionFile.decode(text)
    #expect(contents.plan == interpreter.plan)
    #expect(contents.settings == interpreter.settings)
    #expect(contents.journal == interpreter.journal)
    // Every command but `instelling`, which changes neither the plan nor `vandaag`.
    #expect(contents.journal.steps.count == 11)
    #expect(
      SessionFile.encode(contents.plan, contents.settings, journal: contents.journal) == text)
  }

  @Test func roundTripsLinksConstraintsAndTheCalendar() throws {
    let interpreter = Fixtures.after(
      InterpreterTests.twoRoutes + [
        "wijzig r1.start uiterlijk 1 jan. 2024",
        "wijzig r2.implementatie niet eerder dan juni 2023",
        "fase r1.x einde met einde van r1.inkoopprocedure duur 20 wd vast",
        "kalender atw", "vrij 27 dec. 2022 tot 2 jan. 2023 titel Kerstsluiting",
      ])
    let text = SessionFile.encode(interpreter.plan, interpreter.settings)
    #expect(text.contains("\"duration\": \"20 working-days\""))
    #expect(text.contains("\"kind\": \"ss\", \"lag\": \"2 weeks\""))
    #expect(try SessionFile.decode(text).plan == interpreter.plan)
  }

  @Test func readsKeysAndDatesWrittenWithEscapes() throws {
    let interpreter = Fixtures.after(InterpreterTests.twoRoutes)
    let text = SessionFile.encode(interpreter.plan, interpreter.settings)
    let edited = text.replacingOccurrences(
      of: #""start": "2023-"#, with: #""st\u0061rt": "\u0032023-"#)
    #expect(edited != text)
    #expect(try SessionFile.decode(edited).plan == interpreter.plan)
  }

  @Test func refusesAKeyRepeatedOutOfOrder() {
    let interpreter = Fixtures.after(InterpreterTests.twoRoutes)
    let text = SessionFile.encode(interpreter.plan, interpreter.settings)
    let edited = text.replacingOccurrences(of: #"{"from": "#, with: #"{"to": "r1.x", "from": "#)
    #expect(edited != text)
    #expect {
      try SessionFile.decode(edited)
    } throws: { error in
      (error as? PlanError)?.message.nl.contains("sleutel 'to' staat er twee keer") == true
    }
  }

  @Test func losesNothingWhenSavingFails() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession + ["bewaar ro/s.json"], files: files)
    _ = interpreter.run("verschuif r1 1m")
    let plan = interpreter.plan
    files.readOnly = ["ro"]
    let outcome = interpreter.run("bewaar")
    #expect(outcome.failed && outcome.text.contains("het plan staat nog in het geheugen"))
    #expect(interpreter.plan == plan && interpreter.hasUnsavedChanges)
    #expect(try SessionFile.decode(try files.read("ro/s.json")).journal.steps.count == 6)
    files.readOnly = []
    #expect(!interpreter.run("bewaar").failed && !interpreter.hasUnsavedChanges)
  }

  @Test func refusesABrokenJournalNamingTheKeyPath() {
    #expect(
      refusal(
        good.replacingOccurrences("\"effect\": [], \"time\"", with: "\"effect\": [1], \"time\"")
      )
      .contains("journal.steps[0].effect[0]: verwacht string, vond number"))
    #expect(
      refusal(good.replacingOccurrences("\"command\": \"nieuw", with: "\"opdracht\": \"nieuw"))
        .contains("journal.steps[0].command ontbreekt"))
    #expect(
      refusal(
        good.replacingOccurrences("\"today\": \"2022-05-01\"", with: "\"today\": \"gisteren\"")
      )
      .contains("journal.steps[0].today: 'gisteren' is geen datum"))
    #expect(
      refusal(good.replacingOccurrences("\"base\": null", with: "\"base\": {\"title\": 1}"))
        .contains("journal.base.title: verwacht string"))
  }

  @Test func readsAVersionTwoFileAndStartsItsJournalThere() throws {
    let v2 = """
      {"format": "planwerk-session", "version": 2, "settings": {"ascii": false, "language": "nl"},
       "plan": {"title": "Twee", "milestones": [], "calendar": {"closings": [], "holidays": "atw"},
        "links": [{"from": "r1.a", "kind": "fs", "lag": "1 weeks", "to": "r1.b"}],
        "lots": [{"id": "r1", "title": "R", "items": [
        {"anchor": "2022-05-02", "anchorPrecision": "day", "duration": "10 working-days",
         "end": "2022-05-01", "endPrecision": "day", "id": "r1.a", "kind": "x",
         "start": "2022-05-01", "startPrecision": "day", "type": "phase"},
        {"duration": "2 weeks", "end": "2022-05-01", "endPrecision": "day", "id": "r1.b",
         "kind": "x", "start": "2022-05-01", "startPrecision": "day", "type": "phase"}]}]}}
      """
    var interpreter = Fixtures.interpreter(MemoryFiles(["twee.json": v2]))
    #expect(!interpreter.run("open twee.json").failed)
    // Derived dates are recomputed: ten working days from Monday 2 May 2022, with
    // Bevrijdingsdag (5 May, an Atw day) and Ascension on 26 May not in range.
    #expect(interpreter.plan.item("r1.a")?.end.day.iso == "2022-05-17")
    #expect(interpreter.plan.item("r1.b")?.start.day.iso == "2022-05-24")
    #expect(interpreter.journal == Journal(base: interpreter.plan))
  }

  @Test func refusesBrokenLinksAndLengths() {
    let linked = SessionFile.encode(
      Fixtures.after(InterpreterTests.twoRoutes).plan, Fixtures.interpreter().settings)
    #expect(
      refusal(
        linked.replacingOccurrences("\"from\": \"r1.implementatie\"", with: "\"from\": \"r1.weg\"")
      )
      .contains("noemt r1.weg, dat niet bestaat"))
    #expect(
      refusal(linked.replacingOccurrences("\"lag\": \"2 weeks\"", with: "\"lag\": \"2 eons\""))
        .contains("plan.links[3].lag: '2 eons' is geen duur"))
    #expect(
      refusal(
        linked.replacingOccurrences(
          "\"duration\": \"8 months\"",
          with: "\"duration\": \"8 months\", \"until\": \"2023-01-01\", \"untilPrecision\": \"day\""
        )
      )
      .contains("precies één van beide"))
    let cyclic = linked.replacingOccurrences(
      "\"from\": \"r1.voorbereiding\", \"kind\": \"fs\", \"lag\": \"0 days\", \"to\": \"r1.inkoopprocedure\"",
      with:
        "\"from\": \"r1.start\", \"kind\": \"fs\", \"lag\": \"0 days\", \"to\": \"r1.inkoopprocedure\""
    )
    #expect(refusal(cyclic).contains("de koppelingen vormen een kring: "))
    #expect(
      refusal(
        linked.replacingOccurrences("\"holidays\": \"gemeente\"", with: "\"holidays\": \"alle\"")
      )
      .contains("plan.calendar.holidays"))
  }

  @Test func writesSortedKeysAndOneItemPerLine() {
    let interpreter = Fixtures.after(Fixtures.designSession)
    let text = SessionFile.encode(interpreter.plan, interpreter.settings)
    let itemLines = text.split(separator: "\n").filter { $0.contains("\"id\": \"r1.") }
    #expect(itemLines.count == 4)
    #expect(itemLines.allSatisfy { $0.hasSuffix("},") || $0.hasSuffix("}") })
    let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.split(separator: "\"")[1]
    }
    #expect(topKeys == ["format", "journal", "plan", "settings", "version"])
    #expect(
      text.contains(
        "\n      {\"from\": \"r1.voorbereiding\", \"kind\": \"fs\", \"lag\": \"0 days\", \"to\": \"r1.inkoopprocedure\"}"
      ))
  }

  func refusal(_ text: String) -> String {
    let files = MemoryFiles(["bad.json": text])
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    let before = interpreter.plan
    let outcome = interpreter.run("open bad.json")
    #expect(outcome.failed)
    #expect(interpreter.plan == before, "a failed open changed the plan")
    return outcome.text
  }

  var good: String {
    let interpreter = Fixtures.after(Fixtures.designSession)
    return SessionFile.encode(interpreter.plan, interpreter.settings, journal: interpreter.journal)
  }

  /// A shift by days keeps a length in months in its frame: the file says so, at version 4,
  /// and a file without it stays at version 3 for Planwerk versions that read no further.
  @Test func writesVersionFourOnlyForAFrameMovedByDays() throws {
    #expect(good.contains("\"version\": 3"))
    var interpreter = Fixtures.after(Fixtures.designSession)
    _ = interpreter.run("verschuif plan -2w")
    let text = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    #expect(text.contains("\"version\": 4") && text.contains("\"dayShift\": -14"))
    let read = try SessionFile.decode(text)
    #expect(read.plan == interpreter.plan)
    #expect(read.plan.item("r1.implementatie")?.end.day.iso == "2023-12-18")
    _ = interpreter.run("verschuif plan 2w")
    #expect(
      SessionFile.encode(interpreter.plan, interpreter.settings, journal: interpreter.journal)
        .contains("\"version\": 3"))
  }

  @Test func refusesAFileFromANewerVersion() {
    let text = refusal(
      good.replacingOccurrences(
        "\"version\": 3", with: "\"version\": 9"))
    #expect(text.contains("nieuwere Planwerk (versie 9)"))
  }

  @Test func opensAFileSavedByNotepadWithAByteOrderMarkAndCRLF() throws {
    let windows = "\u{FEFF}" + good.replacingOccurrences("\n", with: "\r\n")
    var interpreter = Fixtures.after([], files: MemoryFiles(["kladblok.json": windows]))
    let outcome = interpreter.run("open kladblok.json")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(interpreter.plan == Fixtures.after(Fixtures.designSession).plan)
    // One mark is what editors write; a second is not whitespace but text before the JSON.
    #expect(refusal("\u{FEFF}" + windows).contains("regel 1, kolom 1"))
  }

  @Test func refusesCorruptJSONWithLineAndColumn() {
    let broken = good.replacingOccurrences("\"title\": \"Inkoop", with: "\"title\" \"Inkoop")
    let line = broken.split(separator: "\n").firstIndex { $0.contains("\"title\" \"Inkoop") }! + 1
    #expect(refusal(broken).contains("regel \(line), kolom 13"))
    #expect(refusal("{\"format\": ").contains("regel 1, kolom 12"))
    #expect(refusal("").contains("geen geldige JSON"))
  }

  @Test func refusesAnInvalidPlanNamingTheKeyPath() {
    #expect(
      refusal(
        good.replacingOccurrences(
          "\"2022-09-01\", \"endPrecision\"", with: "\"2022-02-30\", \"endPrecision\"")
      )
      .contains("plan.lots[0].items[0].end: '2022-02-30' is geen datum"))
    #expect(
      refusal(good.replacingOccurrences("\"kind\": \"voorbereiding\"", with: "\"kind\": 5"))
        .contains("plan.lots[0].items[0].kind: verwacht string, vond number"))
    #expect(
      refusal(good.replacingOccurrences("\"procedure\": \"sas\"", with: "\"procedur\": \"sas\""))
        .contains("plan.lots[0].procedur: onbekende sleutel"))
    #expect(
      refusal(
        good.replacingOccurrences(
          "\"anchor\": \"2022-05-01\"", with: "\"anchor\": \"2022-10-01\"")
      )
      .contains("plan.lots[0].items[0]: het einde"))
    #expect(
      refusal(good.replacingOccurrences("\"r1.start\"", with: "\"r1.voorbereiding\"")).contains(
        "twee keer"))
    #expect(
      refusal(good.replacingOccurrences("\"r1.start\"", with: "\"r2.start\"")).contains(
        "geen geldige naam voor perceel r1"))
    #expect(
      refusal(good.replacingOccurrences("\"language\": \"nl\"", with: "\"language\": \"fr\""))
        .contains("settings.language"))
    #expect(
      refusal(
        good.replacingOccurrences(
          "\"startPrecision\": \"day\"", with: "\"startPrecision\": \"late-month\"")
      ).contains("2022-05-01 ligt in geen late-month"))
  }

  @Test func refusesValuesOutsideTheirChoices() {
    #expect(
      refusal(good.replacingOccurrences("\"type\": \"phase\"", with: "\"type\": \"fase\""))
        .contains("plan.lots[0].items[0].type: 'fase' kan niet; kies uit phase, milestone"))
    #expect(
      refusal(
        good.replacingOccurrences("\"endPrecision\": \"day\"", with: "\"endPrecision\": \"dag\"")
      )
      .contains("plan.lots[0].items[0].endPrecision: 'dag' kan niet; kies uit day, week"))
    #expect(
      refusal(
        good.replacingOccurrences("\"procedure\": \"sas\"", with: "\"procedure\": \"veiling\"")
      )
      .contains("plan.lots[0].procedure: 'veiling' kan niet; kies uit openbaar"))
  }

  /// The files know an export by its format's name, without linking the exports: the name
  /// they know must be the one the export writes.
  @Test func refusesAnExportSayingToOpenTheSavedSession() {
    let export = PlanJSONExport.render(Fixtures.after(Fixtures.designSession).plan)
    #expect {
      try SessionFile.decode(export)
    } throws: { error in
      (error as? PlanError)?.hint?.en == "an export cannot be opened; open the saved session"
    }
  }

  @Test func refusesFilesThatAreNotSessions() {
    #expect(refusal("[1, 2]").contains("verwacht een object"))
    #expect(
      refusal("{\"format\": \"planwerk-plan\", \"version\": 1}").contains("geen Planwerk-sessie"))
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(refusal(deep).contains("te diep genest"))
  }
}

extension String {
  func replacingOccurrences(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
