import PlanKit
import Testing

@testable import Workbench

/// What a fresh-eye tester of following a running tender found (issue 19).
struct FollowingFreshEyeTests {
  /// Seed 003 dates its selection "juni 2022": not late inside June, late from 1 July by a day.
  @Test func countsAVagueDateLateOnlyOnceItsWindowIsPast() throws {
    var interpreter = try Fixtures.seed("003-amersfoort")
    _ = interpreter.run("vandaag 15 juni 2022")
    #expect(!interpreter.run("toon opvang.selectie").text.contains("te laat"))
    _ = interpreter.run("vandaag 1 juli 2022")
    #expect(interpreter.run("toon opvang.selectie").text.hasSuffix("stand     te laat: 1 dag"))
    #expect(
      interpreter.run("rapport").text.contains(
        "opvang.selectie \"Selectie\": had uiterlijk 30 jun. 2022 (juni 2022) bereikt moeten zijn (1 dag te laat)"
      ))
  }

  @Test func takesTheYearOfTheStatusDayForAWindowWithoutOne() throws {
    var interpreter = try Fixtures.seed("003-amersfoort")
    _ = interpreter.run("vandaag 3 oktober 2022")
    let window = interpreter.run("lijst van 1 mei tot 1 juli")
    #expect(!window.failed && window.text.contains("opvang.indiening-selectie  mei 2022"))
    #expect(!window.text.contains("opvang.ingang"))
    // Over the turn of the year: the February after.
    let winter = interpreter.run("lijst van 1 december tot 1 februari")
    #expect(!winter.failed, "\(winter.text)")
    #expect(interpreter.run("rapport sinds 1 september").text.contains("Gereed sinds 1 sept. 2022"))
    // A plan's own dates still carry their year.
    #expect(interpreter.run("mijlpaal opvang.x op 1 mei").failed)
  }

  @Test func sendsAHundredPercentToDoneAndShowsThePlansLastDay() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("vandaag 3 oktober 2022")
    let full = interpreter.run("gestart r1.voorbereiding 100% op 1 mei 2022")
    #expect(full.failed && full.text.contains("gereed r1.voorbereiding op DATUM"))
    #expect(interpreter.run("toon").text.contains("looptijd     1 mei 2022 – 1 jan. 2024"))
  }

  @Test func refusesALeadTimeOverAYearAWeekendMeetingAndADocumentWithoutAName() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    let years = interpreter.run("aanlevertermijn college 2 jaar")
    #expect(years.failed && years.text.contains("hooguit een jaar"))
    #expect(!interpreter.run("aanlevertermijn college 15 werkdagen").failed)
    let sunday = interpreter.run("vergadering college zondag")
    #expect(sunday.failed && sunday.text.contains("kies maandag tot en met vrijdag"))
    let unnamed = interpreter.run("document regio.financien \"\" https://x.nl/a")
    #expect(unnamed.failed && unnamed.text.contains("het document heeft een naam nodig"))
  }

  /// Seed 002 at 3 October 2022: route 2's late preparation is critical counted from today, in
  /// the chart as in `kritiek`; the plan's own goal is a year short as planned, 519 days late.
  @Test func marksInTheChartWhatKritiekCountsCriticalFromToday() throws {
    var interpreter = try Fixtures.seed("002-routes")
    #expect(!interpreter.run("gantt r2").text.contains("* Voorbereiding"))
    _ = interpreter.run("vandaag 3 oktober 2022")
    #expect(interpreter.run("gantt r2").text.contains("* Voorbereiding"))
    #expect(interpreter.run("kritiek").text.contains("* r2.voorbereiding"))
    #expect(
      interpreter.run("kritiek").text.contains(
        "doel van het hele plan; het laatst komt r1.start, verwacht 3 jun. 2024"))
    // Done, it holds nothing up: no mark in the chart, as none in `kritiek`.
    _ = interpreter.run("gereed r1.voorbereiding op 26 augustus 2022")
    _ = interpreter.run("gestart r1.inkoopprocedure 40% op 29 augustus 2022")
    let chart = interpreter.run("gantt r1").text
    #expect(chart.contains("  Voorbereiding") && chart.contains("loopt 40%"))
    #expect(!interpreter.run("kritiek").text.contains("* r1.voorbereiding"))
    #expect(interpreter.run("haalbaar r1.start").text.contains("met 1 werkdag (3 dagen) speling"))
  }

  /// Seed 002's preparation done on Friday 26 August, a week early: the procurement stays
  /// planned from 1 September and is not late on Monday the 29th; pulled forward on purpose,
  /// it follows at once.
  @Test func keepsWhatFollowsOnItsPlannedStartWhenWorkIsDoneEarly() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("vandaag 29 augustus 2022")
    let done = interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").text
    #expect(done.contains("r1.inkoopprocedure blijft op 1 sept. 2022 (niet eerder dan)"))
    let next = interpreter.run("toon r1.inkoopprocedure").text
    #expect(next.contains("van              1 sept. 2022") && !next.contains("te laat"))
    #expect(!interpreter.run("wijzig r1.inkoopprocedure niet eerder dan geen").failed)
    #expect(interpreter.run("toon r1.inkoopprocedure").text.contains("27 aug. 2022"))
    #expect(!interpreter.run("ongedaan").failed && !interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.item("r1.inkoopprocedure")?.notBefore == nil)
  }

  /// Done early with no gap before what follows, and that planned to start before today: it
  /// stays where it was planned, 32 days late as before the good news, not 37.
  @Test func keepsALatePlannedSuccessorOnItsStartWhenWorkIsDoneEarly() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("vandaag 3 oktober 2022")
    let done = interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").text
    #expect(done.contains("r1.inkoopprocedure blijft op 1 sept. 2022 (niet eerder dan)"))
    let next = interpreter.run("toon r1.inkoopprocedure").text
    #expect(next.contains("van              1 sept. 2022"))
    #expect(next.hasSuffix("stand            te laat: 32 dagen"))
  }

  /// Seed 003's selection phase started 15 March and done 10 June, before its 15 June end: the
  /// selection and the award phase stay in June as planned, not late before July.
  @Test func keepsAVagueSuccessorVagueWhenWorkIsDoneEarly() throws {
    var interpreter = try Fixtures.seed("003-amersfoort")
    _ = interpreter.run("vandaag 15 juni 2022")
    _ = interpreter.run("gestart opvang.selectiefase op 15 maart 2022")
    let done = interpreter.run("gereed opvang.selectiefase op 10 juni 2022").text
    #expect(done.contains("opvang.selectie blijft op juni 2022 (niet eerder dan)"))
    #expect(done.contains("opvang.gunningsfase blijft op juni 2022 (niet eerder dan)"))
    for id in ["opvang.selectie", "opvang.gunningsfase"] {
      let shown = interpreter.run("toon \(id)").text
      #expect(!shown.contains("te laat") && !shown.contains("11 jun."), "\(shown)")
    }
    _ = interpreter.run("vandaag 1 juli 2022")
    #expect(
      interpreter.run("toon opvang.selectie").text.hasSuffix("stand            te laat: 1 dag"))
  }

  /// Seed 002's procurement, 40% on 3 October 2022 and planned to 1 July 2023: its forecast end
  /// moves a day a day past its end, not six months at once, and says what it reads.
  @Test func forecastsARunningPercentageWithoutAJumpAfterItsEnd() throws {
    var answers: [String] = []
    for day in ["30 juni 2023", "1 juli 2023", "2 juli 2023"] {
      var interpreter = try Fixtures.seed("002-routes")
      for line in [
        "vandaag 3 oktober 2022", "gereed r1.voorbereiding op 31 augustus 2022",
        "gestart r1.inkoopprocedure 40% op 1 september 2022", "vandaag \(day)",
      ] {
        #expect(!interpreter.run(line).failed, "\(line)")
      }
      answers.append(interpreter.run("haalbaar r1.implementatie").text)
    }
    #expect(answers[0].contains("op zijn vroegst einde 1 jan. 2024"))
    #expect(answers[1].contains("op zijn vroegst einde 2 jan. 2024"))
    #expect(answers[2].contains("op zijn vroegst einde 3 jan. 2024"))
    #expect(
      answers[2].contains(
        "loopt nog (2 dagen over zijn einde); 40% gereed gemeld op 3 okt. 2022, de overige 60% van de geplande duur gerekend vanaf die dag: klaar niet vóór vandaag"
      ))
  }

  /// Seed 002's goal of 1 January 2023, passed on 1 May 2023: a target, not an event; it is
  /// neither listed nor drawn as done. Seed 004's college decisions never reported are not
  /// taken: the report asks for them.
  @Test func countsNoPassedFixedDateAsDone() throws {
    var routes = try Fixtures.seed("002-routes")
    _ = routes.run("vandaag 1 mei 2023")
    _ = routes.run("gereed r1.voorbereiding op 26 augustus 2022")
    let report = routes.run("rapport").text
    #expect(
      report.contains(
        "Gereed gemeld sinds basislijn gepland\n  r1.voorbereiding: gereed op 26 aug. 2022\n\n"),
      "\(report)")
    #expect(
      !report.contains("doel-contracten \"Doel: nieuwe contracten per 1 januari 2023\": vaste"))
    #expect(!report.contains("(niet gemeld)"))
    let chart = routes.run("gantt").text
    #expect(!chart.contains("◆ gereed") && !chart.contains("◆ done"), "\(chart)")
    #expect(!routes.run("lijst stand gereed").text.contains("doel-contracten"))
    var regio = try Fixtures.seed("004-achterhoek")
    _ = regio.run("vandaag 1 juni 2021")
    let status = regio.run("rapport").text
    #expect(!status.contains("genomen op"))
    #expect(
      status.contains(
        "Datum voorbij, niet gemeld\n  college-uitgangspunten \"Collegebesluit: inhoudelijke uitgangspunten Wmo begeleiding en Beschermd Wonen\": vaste datum 24 nov. 2020; meld 'gereed college-uitgangspunten' als het gebeurd is"
      ))
    #expect(
      regio.run("toon college-uitgangspunten").text.contains(
        "datum voorbij, niet gemeld (189 dagen): 'gereed college-uitgangspunten' als het gebeurd is"
      ))
    #expect(regio.run("lijst stand voorbij").text.contains("college-uitgangspunten"))
  }

  /// Seed 002's route 2: preparation done on 3 October 2022 and the procurement begun that
  /// same day is a handover, not a link broken by a day.
  @Test func takesADoneAndAStartOnOneDayAsAHandover() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("vandaag 3 oktober 2022")
    #expect(!interpreter.run("gereed r2.voorbereiding").failed)
    let started = interpreter.run("gestart r2.inkoopprocedure op 3 oktober 2022")
    #expect(!started.failed && !started.text.contains("eerder dan de koppeling"), "\(started.text)")
    #expect(!interpreter.run("controleer").text.contains("eerder dan de koppeling"))
    // A day before the end reported is still told.
    #expect(!interpreter.run("ongedaan").failed)
    let early = interpreter.run("gestart r2.inkoopprocedure op 2 oktober 2022").text
    #expect(early.contains("eerder dan de koppeling"), "\(early)")
  }

  /// Seed 000's kadernota is its lot's target: late, it is not on the way to itself.
  @Test func saysALateTargetIsItsOwnLotsTarget() throws {
    var interpreter = try Fixtures.seed("000-heerde")
    _ = interpreter.run("vandaag 1 juni 2020")
    let report = interpreter.run("rapport").text
    #expect(!report.contains("ligt op de weg naar kader.kadernota"), "\(report)")
    #expect(
      report.contains(
        "kader.kadernota \"Kadernota Sociaal Domein 2017-2020\": had uiterlijk 31 dec. 2017 (2017) moeten beginnen (883 dagen te laat); is zelf het doel van zijn perceel (verwacht 1 jun. 2024, 1247 dagen later)"
      ))
  }

  /// Seed 001's procurement: the percentage may come after the date clause too.
  @Test func takesAPercentageAfterTheDate() throws {
    for line in [
      "gestart sd.inkoopprocedure op 6 juli 2016 70%",
      "gestart sd.inkoopprocedure op 6 juli 2016 70 %",
      "gestart sd.inkoopprocedure 70% op 6 juli 2016",
    ] {
      var interpreter = try Fixtures.seed("001-hilversum")
      _ = interpreter.run("vandaag 1 augustus 2016")
      let outcome = interpreter.run(line)
      #expect(!outcome.failed, "\(line): \(outcome.text)")
      #expect(outcome.text.hasPrefix("sd.inkoopprocedure: gestart op 6 jul. 2016, 70%"))
      #expect(interpreter.plan.item("sd.inkoopprocedure")?.progress?.percent == 70)
    }
  }

  /// Seed 002 on 3 October 2022: a phase still to come says it is planned, as the HTML page
  /// does; without a `vandaag` nothing is said.
  @Test func showsAPlannedStandOnceTheSessionHasAToday() throws {
    var interpreter = try Fixtures.seed("002-routes")
    #expect(!interpreter.run("toon r1.implementatie").text.contains("stand"))
    _ = interpreter.run("vandaag 3 oktober 2022")
    #expect(interpreter.run("toon r1.implementatie").text.hasSuffix("stand     gepland"))
  }

  /// Seed 002 on 3 October 2022: `lijst stand te-laat` says how late each item is.
  @Test func listsHowLateEachLateItemIs() throws {
    var interpreter = try Fixtures.seed("002-routes")
    _ = interpreter.run("vandaag 3 oktober 2022")
    let late = interpreter.run("lijst stand te-laat").text
    #expect(
      late.contains(
        "r2.inkoopprocedure  1 sept. 2022 – 1 jul. 2023 (10 maanden)  — te laat: 32 dagen"),
      "\(late)")
  }
}
