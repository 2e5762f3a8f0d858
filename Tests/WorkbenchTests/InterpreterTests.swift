import PlanKit
import Testing
import Workbench

/// Every command's success path and its refusals.
struct InterpreterTests {
  func run(_ lines: [String], then line: String) -> (Interpreter, Outcome) {
    var interpreter = Fixtures.after(lines)
    let outcome = interpreter.run(line)
    return (interpreter, outcome)
  }

  @Test func buildsTheDesignPlan() throws {
    let interpreter = Fixtures.after(Fixtures.designSession)
    let plan = interpreter.plan
    #expect(plan.title == "Inkoop Wmo en Participatie 2024")
    #expect(plan.lots.map(\.id) == ["r1"])
    #expect(plan.lots[0].procedure == .sas)
    let items = plan.lots[0].items
    #expect(
      items.map(\.id) == ["r1.voorbereiding", "r1.inkoopprocedure", "r1.implementatie", "r1.start"])
    #expect(items.map(\.kind) == ["voorbereiding", "inkoopprocedure", "implementatie", "mijlpaal"])
    #expect(items[1].start.day.iso == "2022-09-01")
    #expect(items[1].end.day.iso == "2023-07-01")
    #expect(items[2].end.day.iso == "2024-01-01")
    #expect(items[3].type == .milestone && items[3].title == "Start uitvoering")
  }

  @Test func acceptsEnglishKeywords() {
    let interpreter = Fixtures.after([
      "new \"Plan\"", "lot youth \"Jeugd\" procedure restricted value 1.200.000",
      "phase youth.preparation from 1 May 2022 to Q3 2022",
      "phase youth.procurement after youth.preparation for 10 months",
      "milestone youth.go \"Go live\" on 1 January 2024",
    ])
    let lot = interpreter.plan.lots[0]
    #expect(lot.procedure == .nietOpenbaar && lot.value == 1_200_000)
    #expect(lot.items[0].kind == "voorbereiding" && lot.items[0].end.text(.nl) == "Q3 2022")
    #expect(lot.items[1].start.day.iso == "2022-07-01" && lot.items[1].end.day.iso == "2023-05-01")
  }

  @Test func keepsCustomPhaseKindsAndPlanMilestones() {
    let interpreter = Fixtures.after([
      "nieuw \"P\"", "perceel r1 R1", "fase r1.marktconsultatie van mrt 2022 duur 2 maanden",
      "fase r1.nvi \"Nota van inlichtingen\" van 1 mei 2022 duur 2w soort inkoopprocedure",
      "mijlpaal college \"Collegebesluit\" op 2 mrt 2021",
    ])
    #expect(interpreter.plan.lots[0].items[0].kind == "marktconsultatie")
    #expect(interpreter.plan.lots[0].items[0].end.text(.nl) == "mei 2022")
    #expect(interpreter.plan.lots[0].items[1].kind == "inkoopprocedure")
    #expect(interpreter.plan.milestones.map(\.id) == ["college"])
  }

  @Test func ignoresCommentsAndBlankLines() {
    var interpreter = Fixtures.interpreter()
    #expect(interpreter.run("# a comment") == Outcome())
    #expect(interpreter.run("   ") == Outcome())
    #expect(!interpreter.run("nieuw \"Plan # not a comment\" # a comment").failed)
    #expect(interpreter.plan.title == "Plan # not a comment")
  }

  static let refusals: [(String, String)] = [
    ("foo", "geen opdracht"),
    ("fase", "mist"),
    ("perceel r1 \"Dubbel\"", "bestaat al"),
    ("perceel 1r \"x\"", "geen geldige naam"),
    ("fase r9.voorbereiding van 1 mei 2022 duur 1m", "perceel r9 bestaat niet"),
    ("fase voorbereiding van 1 mei 2022 duur 1m", "hoort bij een perceel"),
    ("fase r1.voorbereiding van 1 mei 2022 duur 1m", "bestaat al"),
    ("fase r1.x van 1 mei 2022", "geef het einde"),
    ("fase r1.x tot 1 mei 2022", "geef het begin"),
    ("fase r1.x van 1 mei 2022 tot 1 april 2022", "niet na het begin"),
    ("fase r1.x van 1 mei 2022 tot 1 juni 2022 duur 1m", "niet allebei"),
    ("fase r1.x van 1 mei 2022 na r1.voorbereiding duur 1m", "niet allebei"),
    ("fase r1.x na r1.onbekend duur 1m", "bestaat niet"),
    ("fase r1.x van 1 smarch 2022 duur 1m", "geen maand"),
    ("fase r1.x na r1.voorbereiding duur 0 wd", "langer dan nul"),
    ("fase r1.x na r1.onbekend duur 1m", "bestaat niet"),
    ("fase r1.x na r1.voorbereiding + 2 eons duur 1m", "geen eenheid"),
    ("fase r1.x van 1 mei 2022 na r1.voorbereiding duur 1m", "niet allebei"),
    ("fase r1.x na r1.voorbereiding tot 1 mei 2022", "niet na het begin"),
    ("fase r1.x van 1 mei 2022 duur 1m vast misschien", "alleen 'uit' of 'aan'"),
    (
      "koppel r1.voorbereiding na r1.start",
      "r1.voorbereiding → r1.inkoopprocedure → r1.implementatie → r1.start → r1.voorbereiding"
    ),
    ("koppel r1.start na r1.start", "kan niet op zichzelf wachten"),
    ("koppel r1.start", "waarna moet"),
    ("ontkoppel r1.voorbereiding", "niet gekoppeld"),
    ("ontkoppel r1.start van r1.voorbereiding", "niet gekoppeld aan r1.voorbereiding"),
    ("kritiek naar r1.onbekend", "bestaat niet"),
    ("controleer r9", "bestaat niet"),
    ("kalender 20x", "geen jaar en geen kalender"),
    ("vrij weg 1 jan. 2030", "geen eigen vrije dag"),
    ("vrij 1 jan. 2030 tot 1 jan. 2029", "niet na het begin"),
    ("vrij 1 jan. 2030 tot 1 jan. 2032", "meer dan een jaar"),
    ("verschuif r1.start 1m alleen ja nee", "alleen 'uit' of 'aan'"),
    ("wijzig r1.inkoopprocedure duur -1m", "langer dan nul"),
    ("fase r1.x van 1 mei 2022 van 2 mei 2022 duur 1m", "twee keer"),
    ("fase r1.x van duur 1m", "ontbreekt"),
    ("fase r1.x van 1 mei 2022 duur 1m kleur rood", "hoort niet bij de duur"),
    ("fase r1.x \"X\" kleur van 1 mei 2022 duur 1m", "past hier niet"),
    ("mijlpaal r1.m", "wil een datum"),
    ("mijlpaal r1.m op 31 februari 2022", "28 dagen"),
    ("perceel r2 \"x\" procedure veiling", "geen procedure"),
    ("perceel r2 \"x\" waarde veel", "geen bedrag"),
    ("toon r1.onbekend", "bestaat niet"),
    ("lijst r7", "bestaat niet"),
    ("wijzig r1.start", "wat moet er veranderen"),
    ("wijzig r1.start van 1 mei 2022", "kan niet bij een mijlpaal"),
    ("wijzig r1 op 1 mei 2022", "kan niet bij een perceel"),
    ("wijzig plan waarde 5", "kan niet bij het plan"),
    ("wijzig r1.implementatie tot 1 jan 2023", "niet na het begin"),
    ("hernoem r1 r1", "bestaat al"),
    ("hernoem r1.start r2.start", "in zijn perceel"),
    ("hernoem r1.start r1.implementatie", "bestaat al"),
    ("verwijder r1.onbekend", "bestaat niet"),
    ("verschuif r1.onbekend 2m", "bestaat niet"),
    ("verschuif r1.start", "mist"),
    ("verschuif r1.start 2 eons", "geen eenheid"),
    ("opnieuw", "niets om opnieuw"),
    ("fase r1.x van 1 jan 9999 duur 200 jaar", "1000–9999"),
    ("bewaar", "welk bestand"),
    ("bewaar plan.plan", ".json"),
    ("open bestaat-niet.json", "bestaat niet"),
    ("export docx", "kies besluiten, csv, decisions, html, ical, ics"),
    ("taal fr", "kies nl of en"),
    ("vandaag 30 februari 2022", "28 dagen"),
    ("instelling kleur aan", "kies ascii"),
    ("instelling ascii", "aan of uit"),
    ("help onzin", "geen opdracht"),
    ("nieuw \"open einde", "sluit niet"),
  ]

  @Test(arguments: refusals)
  func refusesWithAMessage(_ line: String, _ fragment: String) {
    let (interpreter, outcome) = run(Fixtures.designSession, then: line)
    #expect(outcome.failed, "\(line) did not fail")
    #expect(outcome.text.contains(fragment), "\(line) →\n\(outcome.text)")
    #expect(
      interpreter.plan == Fixtures.after(Fixtures.designSession).plan, "a refusal changed the plan")
  }

  @Test func pointsAtTheOffendingWordAndShowsAFormThatWorks() {
    let (_, outcome) = run(
      Fixtures.designSession, then: "fase r1.x van 1 smarch 2022 tot 1 mei 2023")
    #expect(
      outcome.text == """
        fout: 'smarch' is geen maand; bedoelt u 'maart'?
          fase r1.x van 1 smarch 2022 tot 1 mei 2023
                          ^^^^^^
          bijvoorbeeld 1 maart 2022 of 1 mrt 2022
        """)
  }

  @Test func shiftsAnItemAndPrintsWhatMoved() {
    let (interpreter, outcome) = run(
      Fixtures.designSession, then: "verschuif r1.inkoopprocedure 2 maanden")
    // DESIGN §1: the procedure's start is held by the preparation, so it ends two months
    // later, and the implementation and the broken start milestone follow.
    #expect(
      outcome.text == """
          r1.inkoopprocedure   1 sept. 2022 – 1 sept. 2023  (+2 mnd)  was 1 sept. 2022 – 1 jul. 2023
          r1.implementatie     1 sept. 2023 – 1 mrt. 2024   (+2 mnd)  was 1 jul. 2023 – 1 jan. 2024
          ! r1.start "Start uitvoering" (1 jan. 2024) ligt vóór het einde van r1.implementatie (1 mrt. 2024): verschuif r1.start 2 maanden, of maak r1.implementatie korter
        """)
    #expect(interpreter.plan.item("r1.inkoopprocedure")?.start.day.iso == "2022-09-01")
    #expect(interpreter.plan.item("r1.implementatie")?.end.day.iso == "2024-03-01")
  }

  @Test func shiftsALotOrThePlanAsAWhole() {
    let (interpreter, outcome) = run(
      ["vandaag 1 mei 2022"] + Fixtures.designSession, then: "verschuif r1 -1w")
    // Four moved items and the warning that the preparation now starts before today.
    #expect(outcome.text.split(separator: "\n").count == 5, "\(outcome.text)")
    #expect(
      outcome.text.contains(
        "! r1.voorbereiding had op 24 apr. 2022 moeten beginnen en is niet als gestart gemeld"))
    #expect(interpreter.plan.item("r1.start")?.start.day.iso == "2023-12-25")
    // Every date of the lot one week earlier, months or not: 1 juli less 7 days.
    #expect(interpreter.plan.item("r1.implementatie")?.start.day.iso == "2023-06-24")
    #expect(interpreter.plan.item("r1.implementatie")?.end.day.iso == "2023-12-25")
    let (whole, _) = run(Fixtures.designSession, then: "shift plan +1y")
    #expect(whole.plan.item("r1.start")?.start.day.iso == "2025-01-01")
  }

  @Test func refusesToShiftPastTheYearsAFileCanHold() {
    var interpreter = Fixtures.after([
      "nieuw P", "perceel r1 x", "fase r1.ver van 1 jan 9990 duur 5 jaar",
    ])
    let outcome = interpreter.run("verschuif r1 20 jaar")
    #expect(
      outcome.failed && outcome.text.contains("r1.ver: de data vallen buiten de jaren 1000–9999"))
    #expect(interpreter.plan.item("r1.ver")?.start.day.year == 9990)
  }

  @Test func changesAttributes() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(!interpreter.run("wijzig r1.implementatie van 1 aug. 2023 duur 5 maanden").failed)
    #expect(interpreter.plan.item("r1.implementatie")?.end.day.iso == "2024-01-01")
    #expect(!interpreter.run("wijzig r1.voorbereiding van 1 april 2022").failed)
    #expect(interpreter.plan.item("r1.voorbereiding")?.end.day.iso == "2022-08-01")
    #expect(!interpreter.run("wijzig r1.start op 1 februari 2024 titel \"Ingang contract\"").failed)
    #expect(interpreter.plan.item("r1.start")?.title == "Ingang contract")
    #expect(!interpreter.run("wijzig r1 waarde 1.200.000 procedure openbaar titel Ouderen").failed)
    #expect(
      interpreter.plan.lots[0].value == 1_200_000 && interpreter.plan.lots[0].procedure == .openbaar
    )
    #expect(!interpreter.run("wijzig r1 procedure geen").failed)
    #expect(interpreter.plan.lots[0].procedure == nil)
    #expect(!interpreter.run("set plan title \"Wmo 2024\" organisation \"Regio\"").failed)
    #expect(interpreter.plan.title == "Wmo 2024" && interpreter.plan.organisation == "Regio")
  }

  @Test func renamesLotsWithTheirItems() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(interpreter.run("hernoem r1 ouderen").text == "r1 → ouderen")
    #expect(interpreter.plan.lots[0].items.map(\.id).allSatisfy { $0.hasPrefix("ouderen.") })
    #expect(!interpreter.run("hernoem ouderen.start contract").failed)
    #expect(interpreter.plan.item("ouderen.contract") != nil)
  }

  @Test func removingALotSaysWhatGoesWithIt() {
    let (interpreter, outcome) = run(Fixtures.designSession, then: "verwijder r1")
    #expect(outcome.text.contains("met 4 onderdelen"))
    #expect(
      outcome.text.contains("r1.voorbereiding, r1.inkoopprocedure, r1.implementatie, r1.start"))
    #expect(interpreter.plan.lots.isEmpty)
  }

  @Test func showsAndListsWithoutChangingAnything() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let before = interpreter.plan
    let unsaved = interpreter.hasUnsavedChanges
    let shown = interpreter.run("toon r1.inkoopprocedure").text
    #expect(shown.contains("1 sept. 2022") && shown.contains("10 maanden"))
    #expect(interpreter.run("toon r1").text.contains("sas"))
    #expect(interpreter.run("toon").text.contains("Inkoop Wmo en Participatie 2024"))
    #expect(
      interpreter.run("lijst").text.contains(
        "r1.implementatie    1 jul. 2023 – 1 jan. 2024 (6 maanden)"))
    #expect(interpreter.run("gantt").text.contains("◆"))
    #expect(interpreter.run("help").text.contains("verschuif"))
    #expect(
      interpreter.run("help fase").text.contains(
        "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022"))
    #expect(interpreter.plan == before && interpreter.hasUnsavedChanges == unsaved)
  }

  @Test func exportsJSONToTheScreenOrAFile() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    let screen = interpreter.run("export json")
    #expect(screen.text.contains("\"format\": \"planwerk-plan\""))
    #expect(interpreter.run("export json uit.json").text == "Geëxporteerd naar uit.json.")
    #expect(files.files["uit.json"] == screen.text)
    // An export may stream into a pipe; a session is always a file replaced whole.
    #expect(!interpreter.run("bewaar sessie.json").failed)
    #expect(files.exported == ["uit.json"])
  }

  @Test func refusesATaskJugglerExportBeyondTheYearsTj3Counts() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(
      Fixtures.designSession + ["mijlpaal r1.evaluatie op 1 maart 2036"], files: files)
    let refused = interpreter.run("export tjp plan.tjp")
    #expect(refused.failed && files.files["plan.tjp"] == nil)
    #expect(refused.text.contains("alleen met de jaren 1970 tot en met 2035"))
    #expect(refused.text.contains("r1.evaluatie valt op 1 mrt. 2036"))
    #expect(refused.text.contains("exporteer naar een ander formaat"))
    #expect(!interpreter.run("export html plan.html").failed)
    _ = interpreter.run("wijzig r1.evaluatie op 1 okt. 2035")
    #expect(!interpreter.run("export tjp plan.tjp").failed)
  }

  @Test func refusesAnMSProjectExportBeyondTheYearsMSProjectCounts() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(
      Fixtures.designSession + ["mijlpaal r1.evaluatie op 1 maart 2150"], files: files)
    let refused = interpreter.run("export mspdi plan.xml")
    #expect(refused.failed && files.files["plan.xml"] == nil)
    #expect(refused.text.contains("alleen met de jaren 1984 tot en met 2149"))
    _ = interpreter.run("wijzig r1.evaluatie op 1 okt. 2149")
    #expect(!interpreter.run("export mspdi plan.xml").failed)
  }

  @Test func speaksEnglishAfterLang() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(interpreter.run("lang en").text == "Language: English")
    #expect(interpreter.run("foo").text.hasPrefix("error: 'foo' is not a command"))
    #expect(interpreter.run("list").text.contains("1 Jul 2023 – 1 Jan 2024 (6 months)"))
    #expect(interpreter.run("taal nl").text == "Taal: Nederlands")
  }

  @Test func fixesTodayForScripts() {
    var interpreter = Fixtures.interpreter()
    #expect(interpreter.run("vandaag 1 maart 2023").text == "Vandaag is 1 mrt. 2023")
    #expect(!interpreter.run("nieuw P").failed)
    #expect(!interpreter.run("perceel r1 x").failed)
    #expect(!interpreter.run("mijlpaal r1.nu op vandaag").failed)
    #expect(interpreter.plan.item("r1.nu")?.start.day.iso == "2023-03-01")
  }

  @Test func drawsAsciiWhenAsked() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(interpreter.run("instelling ascii aan").text == "ascii: aan")
    let chart = interpreter.run("gantt").text
    #expect(chart.allSatisfy(\.isASCII) && chart.contains("#"))
  }

  @Test func showsUnsavedChangesInThePrompt() {
    var interpreter = Fixtures.interpreter()
    #expect(interpreter.prompt == "planwerk> ")
    _ = interpreter.run("nieuw \"Wmo\"")
    #expect(interpreter.prompt == "Wmo*> ")
    _ = interpreter.run("bewaar wmo.json")
    #expect(interpreter.prompt == "Wmo> ")
  }

  @Test func quitsOnStop() {
    var interpreter = Fixtures.interpreter()
    #expect(interpreter.run("stop").quit)
    #expect(interpreter.run("quit").quit)
  }

  @Test func refusesTerminalEscapesInTypedTitles() {
    var interpreter = Fixtures.after(["nieuw \"Plan\""])
    let outcome = interpreter.run("perceel r1 \"Evil \u{1B}]0;pwned\u{07}\u{1B}[2J\"")
    #expect(outcome.failed && !outcome.text.contains("\u{1B}"))
    #expect(interpreter.plan.lots.isEmpty)
  }
}

/// A whole-plan change moves more items than a screen holds: the answer lists the first ones
/// and counts the rest, while the journal keeps every move.
struct MovedListTests {
  static func plan(lots: Int) -> Interpreter {
    Fixtures.after(
      ["nieuw P"]
        + (1...lots).flatMap { l in
          [
            "perceel l\(l) x", "fase l\(l).voorbereiding van 1 mei 2022 duur 2 maanden",
            "fase l\(l).inkoopprocedure na l\(l).voorbereiding duur 6 maanden",
          ]
        })
  }

  @Test func listsTheFirstMovesOfAWholePlanShiftAndCountsTheRest() {
    var interpreter = Self.plan(lots: 30)
    let outcome = interpreter.run("verschuif plan 1 week")
    let lines = outcome.text.split(separator: "\n")
    #expect(lines.count == 40 + 1, "\(outcome.text)")
    #expect(lines.first?.contains("l1.voorbereiding") == true)
    #expect(lines.last == "  … en nog 20 onderdelen verschoven ('lijst' toont alle data)")
    #expect(interpreter.journal.steps.last?.effect.count == 60)
    interpreter.settings.language = .en
    let english = interpreter.run("shift plan -1 week").text.split(separator: "\n")
    #expect(english.last == "  … and 20 more items moved ('list' shows every date)")
  }

  @Test func listsEveryMoveWhenAScreenHoldsThem() {
    var interpreter = Self.plan(lots: 20)
    let lines = interpreter.run("verschuif plan 1 week").text.split(separator: "\n")
    #expect(lines.count == 40)
    #expect(!lines.contains { $0.contains("…") })
  }
}
