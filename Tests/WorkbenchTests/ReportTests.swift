import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// `rapport` on seed 002 on 3 October 2022 (the forecast hand-checked in
/// `ForecastFromTodayTests`) and on seed 004 on 1 March 2021.
struct ReportTests {
  static func routes() throws -> Interpreter {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    for line in [
      "eigenaar r2 \"Jan de Vries\"", "gereed r1.voorbereiding op 26 augustus 2022",
      "gestart r1.inkoopprocedure 40% op 5 september 2022",
    ] {
      #expect(!interpreter.run(line).failed)
    }
    return interpreter
  }

  @Test func reportsWhatIsDoneRunningLateAndWhatItDelays() throws {
    var interpreter = try Self.routes()
    let report = interpreter.run("rapport").text
    let lines = report.split(separator: "\n").map(String.init)
    #expect(lines.first == "Stand van zaken: Inkoop Wmo en Participatie 2024")
    #expect(
      lines.contains("stand per 3 okt. 2022; terugblik sinds basislijn gepland (3 okt. 2022)"))
    #expect(
      lines.contains("  r1.inkoopprocedure: sinds 5 sept. 2022 (40%), gepland tot 5 jul. 2023"))
    #expect(
      lines.contains(
        "  r2.voorbereiding: had op 1 mei 2022 moeten beginnen (155 dagen te laat); ligt op de weg naar r2.start (verwacht 3 mrt. 2024, 62 dagen later)"
      ))
    #expect(
      lines.contains(
        "  r2: r2.start \"Start uitvoering\" 1 jan. 2024, verwacht 3 mrt. 2024: niet haalbaar voor 1 jan. 2024: op zijn vroegst 3 mrt. 2024, 62 dagen te kort"
      ))
    // The lot's owner is who to chase for its items; what nobody owns is said so.
    #expect(
      lines.contains(
        "  Jan de Vries: r2.voorbereiding (te laat, 155 dagen); r2.inkoopprocedure (te laat, 32 dagen)"
      ))
    #expect(lines.contains { $0.hasPrefix("  Zonder eigenaar: r3.voorbereiding (te laat") })
    #expect(
      lines.contains(
        "  r1.voorbereiding: 1 mei 2022 – 1 sept. 2022 → 1 mei 2022 – 27 aug. 2022 (begin +0 d, einde -5 d)"
      ))
  }

  /// Seed 002's strategy slide aims at new contracts by 1 January 2023, linked to nothing: a goal
  /// every lot must make, not an item that is always on time.
  @Test func testsThePlansOwnGoalAgainstEveryLot() throws {
    var interpreter = try Self.routes()
    #expect(
      interpreter.run("rapport").text.contains(
        "Doelen\n  plan: doel-contracten \"Doel: nieuwe contracten per 1 januari 2023\" 1 jan. 2023: niet haalbaar: 3 van de 3 percelen halen het niet; r2 komt het laatst, op zijn vroegst 3 mrt. 2024, 427 dagen te kort\n  r1: r1.start"
      ))
    let goal = interpreter.run("haalbaar doel-contracten").text
    #expect(goal.contains("een doel van het hele plan (1 jan. 2023), aan niets gekoppeld"))
    #expect(goal.contains("  r1       r1.start  5 jan. 2024    369 dagen te kort"))
    #expect(
      goal.contains(
        "vaste datum 1 jan. 2023: niet haalbaar: 3 van de 3 percelen halen het niet; r2 komt het laatst, op zijn vroegst 3 mrt. 2024, 427 dagen (298 werkdagen) te kort"
      ))
    let later = interpreter.run("haalbaar doel-contracten voor 1 april 2024").text
    #expect(
      later.contains(
        "doel 1 apr. 2024: haalbaar: r2 komt het laatst, op zijn vroegst 3 mrt. 2024, met 20 werkdagen (29 dagen) speling"
      ))
    // Linked to a lot, it is that lot's milestone and answered as any other.
    #expect(!interpreter.run("koppel doel-contracten na r1.start").failed)
    #expect(!interpreter.run("haalbaar doel-contracten").text.contains("hele plan"))
  }

  @Test func saysWhatAClauseWithoutItsValueWants() throws {
    var interpreter = try Self.routes()
    #expect(interpreter.run("rapport sinds").text.contains("na 'sinds' ontbreekt DATUM|BASISLIJN"))
    #expect(
      interpreter.run("lijst stand").text.contains(
        "na 'stand' ontbreekt gepland|loopt|gereed|te-laat"))
    #expect(interpreter.run("lijst eigenaar").text.contains("na 'eigenaar' ontbreekt WIE"))
  }

  @Test func saysWhatReplacingTheFirstReportsBaselineLosesAndHowToHaveItBack() throws {
    var interpreter = try Self.routes()
    let replaced = interpreter.run("basislijn gepland")
    #expect(
      replaced.text.contains(
        "Basislijn gepland vervangen (13 onderdelen); de vorige, van 3 okt. 2022, is weg: 'ongedaan' zet die terug."
      ))
    let before = interpreter.plan.baselines
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.baselines != before)
  }

  @Test func countsWhatWasDoneSinceTheBaselineWhateverDayItEnded() throws {
    var interpreter = try Self.routes()
    // The first report's baseline came before it: what it reported done is new since.
    #expect(
      interpreter.run("rapport").text.contains(
        "Gereed gemeld sinds basislijn gepland\n  r1.voorbereiding: gereed op 26 aug. 2022"))
    #expect(!interpreter.run("basislijn stuurgroep").failed)
    #expect(!interpreter.run("gereed r1.inkoopprocedure op 30 september 2022").failed)
    let report = interpreter.run("rapport").text
    #expect(
      report.contains(
        "Gereed gemeld sinds basislijn stuurgroep\n  r1.inkoopprocedure: gereed op 30 sept. 2022\n\n"
      ))
    #expect(
      interpreter.run("rapport sinds 1 augustus 2022").text.contains(
        "Gereed sinds 1 aug. 2022\n  r1.voorbereiding"))
  }

  @Test func listsDecisionsToHandInAndTheOwnersToChase() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    #expect(!interpreter.run("vandaag 1 maart 2021").failed)
    let report = interpreter.run("rapport vooruit 8 weken").text
    #expect(report.contains("Komende weken (t/m 25 apr. 2021)"))
    // The college meets on Tuesdays; three weeks before 23 March is Tuesday 2 March.
    #expect(
      report.contains(
        "college di 23 mrt. 2021; aanleveren uiterlijk 2 mrt. 2021: nog 1 werkdag"))
    #expect(report.contains("14 werkdagen te laat; haalbaar: di 23 mrt. 2021"))
    #expect(report.contains("regio.inkoopdocumenten (aanleveren 2 mrt. 2021)"))
    // A proposal whose day has passed is still someone's to chase.
    #expect(report.contains("regio.financien (aanleveren: 14 werkdagen te laat)"))
    // The publication cannot come on 1 April while the dialogue it waits for is not reported
    // started: it is not among the coming weeks.
    #expect(!report.contains("regio.publicatie \"Publicatie"))
    // A milestone is reached, not begun; a vague one as it was written.
    var february = try Fixtures.seed("004-achterhoek")
    #expect(!february.run("vandaag 10 februari 2021").failed)
    #expect(february.run("rapport").text.contains("dyslexie.publicatie (eind februari 2021)"))
  }

  @Test func refusesASinceThatIsNeitherABaselineNorAPastDay() throws {
    var interpreter = try Self.routes()
    let later = interpreter.run("rapport sinds 1 januari 2030")
    #expect(later.failed && later.text.contains("een rapport kijkt terug"))
    let unknown = interpreter.run("rapport sinds vorige-keer")
    #expect(unknown.failed && unknown.text.contains("de basislijnen zijn gepland"))
    #expect(interpreter.run("rapport vooruit 0 weken").failed)
  }

  @Test func writesMarkdownAndHTMLWithTheUsersTextInert() throws {
    var interpreter = try Self.routes()
    #expect(!interpreter.run("wijzig r2.voorbereiding titel \"<script>x</script> *vet*\"").failed)
    let html = interpreter.run("rapport html").text
    #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<script"))
    #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
    #expect(html.contains("<section class=\"late\">"))
    let markdown = interpreter.run("rapport markdown").text
    #expect(markdown.hasPrefix("# Stand van zaken: Inkoop Wmo en Participatie 2024\n"))
    #expect(markdown.contains("\\*vet\\*") && markdown.contains("## Te laat"))
  }

  @Test func speaksEnglishWhenAsked() throws {
    var interpreter = try Self.routes()
    #expect(!interpreter.run("taal en").failed)
    // The baseline keeps the name the first report gave it, in Dutch.
    let report = interpreter.run("report since gepland").text
    #expect(report.hasPrefix("Status report: Inkoop Wmo en Participatie 2024\nas of "))
    #expect(report.contains("Reported done since baseline gepland\n  r1.voorbereiding: done on "))
  }

  @Test func keepsWhatABaselineHadDoneInTheSession() throws {
    var interpreter = try Self.routes()
    #expect(!interpreter.run("basislijn stuurgroep").failed)
    let text = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    let read = try SessionFile.decode(text)
    #expect(read.plan.baselines.last?.done == ["r1.voorbereiding"])
    #expect(read.plan == interpreter.plan)
  }
}

struct ReportFileTests {
  @Test func refusesAFileNamedForTheOtherForm() throws {
    var interpreter = try ReportTests.routes()
    let outcome = interpreter.run("rapport markdown stand.html")
    #expect(outcome.failed && outcome.text.contains("rapport html stand.html"))
  }
}
