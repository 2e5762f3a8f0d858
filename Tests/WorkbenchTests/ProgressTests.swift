import PlanFiles
import PlanKit
import Testing

@testable import Workbench

struct ProgressTests {
  static func routes(today: String, then lines: [String] = []) throws -> Interpreter {
    try seed("002-routes", ["vandaag \(today)"] + lines)
  }

  /// A seed session after `lines`, each of which must succeed.
  static func seed(_ name: String, _ lines: [String]) throws -> Interpreter {
    var interpreter = try Fixtures.seed(name)
    for line in lines { #expect(!interpreter.run(line).failed, "\(line)") }
    return interpreter
  }

  @Test func reportsWhatShouldHaveStartedAndWhatItHoldsUp() throws {
    var interpreter = try Self.routes(today: "1 november 2022")
    let check = interpreter.run("controleer").text
    #expect(
      check.contains(
        "r1.inkoopprocedure had op 1 sept. 2022 moeten beginnen en is niet als gestart gemeld; het houdt r1.implementatie op"
      ))
    // What should have ended too says so.
    #expect(
      check.contains(
        "r2.voorbereiding had op 1 mei 2022 moeten beginnen (en vóór 1 sept. 2022 klaar zijn)"))
  }

  @Test func marksALatePhaseInTheTextChartWhereNoLabelFitsBesideIt() throws {
    // At 80 columns r2.inkoopprocedure's bar leaves no room for "te laat: 32 dagen".
    var interpreter = try Self.routes(
      today: "3 oktober 2022", then: ["gestart r1.inkoopprocedure 10% op 1 september 2022"])
    interpreter.settings.width = 80
    let lines = interpreter.run("gantt").text.split(separator: "\n")
    let late = lines.filter { $0.contains("Inkoopprocedure") }
    #expect(late.count == 3)
    #expect(late[0].hasSuffix("▓ 10%"))
    #expect(late[1].hasSuffix("▓ te laat"))
  }

  @Test func takesAStartedPhaseAsHistoryAndMovesWhatFollowsFromIt() throws {
    var interpreter = try Self.routes(today: "1 november 2022")
    #expect(!interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").failed)
    #expect(!interpreter.run("gestart r1.inkoopprocedure 40% op 29 augustus 2022").failed)
    let check = interpreter.run("controleer").text
    #expect(!check.contains("r1.voorbereiding had") && !check.contains("r1.inkoopprocedure had"))
    // The procurement's ten months count from the day it really started.
    #expect(
      interpreter.plan.item("r1.inkoopprocedure")?.end.day == Day(year: 2023, month: 6, day: 29))
    #expect(
      interpreter.run("toon r1.inkoopprocedure").text.contains(
        "stand     loopt sinds 29 aug. 2022 (40%)"))
    #expect(interpreter.run("lijst stand loopt").text.contains("r1.inkoopprocedure"))
    #expect(!interpreter.run("lijst stand te-laat").text.contains("r1.inkoopprocedure"))
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.item("r1.inkoopprocedure")?.progress == nil)
  }

  /// A phase reported started while what it follows is not reported done is history: the
  /// answer is to report the one before, or to unlink what really overlapped, not to move it;
  /// and what started is not held up, nor measured against what came before it.
  @Test func takesAPhaseStartedBeforeItsPredecessorWasDoneAsHistory() throws {
    var interpreter = try Self.routes(
      today: "1 november 2022",
      then: [
        "gestart r1.voorbereiding op 2 mei 2022", "gestart r1.inkoopprocedure op 1 september 2022",
      ])
    let check = interpreter.run("controleer").text
    #expect(
      check.contains(
        "r1.inkoopprocedure is op 1 sept. 2022 gestart, 62 dagen eerder dan de koppeling r1.voorbereiding → r1.inkoopprocedure toelaat (2 nov. 2022); r1.voorbereiding is nog niet als gereed gemeld: 'gereed r1.voorbereiding op DATUM' als het klaar is; liepen ze bewust naast elkaar, dan 'ontkoppel r1.inkoopprocedure van r1.voorbereiding'"
      ))
    #expect(!check.contains("verschuif r1.inkoopprocedure"))
    #expect(
      check.contains(
        "r1.voorbereiding loopt nog en had vóór 2 sept. 2022 klaar moeten zijn (61 dagen te laat): 'gereed"
      ))
    let critical = interpreter.run("kritiek naar r1.start").text
    #expect(critical.contains("r1.inkoopprocedure → r1.implementatie → r1.start\n"))
    #expect(
      critical.contains(
        "* r1.inkoopprocedure  1 sept. 2022  1 sept. 2022     1 jul. 2023      0 wd / 0 d"))
    // The advice works: unlinked, nothing is left to say about the link.
    #expect(!interpreter.run("ontkoppel r1.inkoopprocedure van r1.voorbereiding").failed)
    #expect(!interpreter.run("controleer").text.contains("eerder dan de koppeling"))
  }

  /// How far a phase is, reported again without a day, keeps the day it started.
  @Test func keepsTheStartWhenOnlyHowFarItIsIsReported() throws {
    var interpreter = try Self.routes(today: "15 maart 2023")
    #expect(!interpreter.run("gestart r3.inkoopprocedure op 22 augustus 2022").failed)
    let end = interpreter.plan.item("r3.inkoopprocedure")?.end
    let report = interpreter.run("gestart r3.inkoopprocedure 40%")
    #expect(
      report.text.hasPrefix("r3.inkoopprocedure: gestart op 22 aug. 2022, 40%\n"), "\(report.text)")
    let item = try #require(interpreter.plan.item("r3.inkoopprocedure"))
    // The share is how far it was on the day it was reported: 15 March 2023.
    #expect(
      item.progress
        == Progress(
          started: Day(year: 2022, month: 8, day: 22), percent: 40,
          percentOn: Day(year: 2023, month: 3, day: 15)))
    #expect(item.end == end)
    #expect(!interpreter.run("gereed r3.inkoopprocedure op 1 maart 2023").failed)
  }

  /// A finding the plan has and the forecast from today makes larger is told once, with the
  /// forecast's size, and the count is of every line (found by a fresh-eye test on seed 004).
  @Test func tellsAFindingOnceWhenTheForecastMakesItLarger() throws {
    var interpreter = try Self.seed(
      "004-achterhoek",
      [
        "vandaag 1 juli 2021", "gestart regio.dialoog op 15 juni 2020",
        "gereed regio.publicatie op 1 april 2021", "gestart regio.inkoopprocedure op 1 april 2021",
      ])
    let check = interpreter.run("controleer").text
    let early = check.components(separatedBy: "\n").filter {
      $0.contains("eerder dan de koppeling")
    }
    #expect(early.count == 2)
    #expect(early.allSatisfy { $0.contains("92 dagen eerder") })
    let warnings = check.components(separatedBy: "\n").filter { $0.hasPrefix("  ! ") }.count
    #expect(check.hasSuffix("\(warnings) bevindingen."))
  }

  /// A share reported well behind the time gone by is told, with where that pace ends
  /// (hand-checked: 205 of 304 days gone is 67%; 205 × 100 / 40 = 512 days after 22 Aug 2022
  /// is 16 Jan 2024); a share on pace is not.
  @Test func saysWhenAPhaseRunsBehindItsTime() throws {
    var interpreter = try Self.routes(
      today: "15 maart 2023", then: ["gestart r3.inkoopprocedure op 22 augustus 2022"])
    #expect(
      interpreter.run("gestart r3.inkoopprocedure 40%").text.hasSuffix(
        "  ! r3.inkoopprocedure is 40% gereed na 67% van zijn tijd; in dit tempo klaar rond 16 jan. 2024 ('wijzig r3.inkoopprocedure duur …' rekent ermee)"
      ))
    #expect(!interpreter.run("gestart r3.inkoopprocedure 60%").text.contains("van zijn tijd"))
  }

  /// A running phase slips only its end: its slack in working days is counted from the end it
  /// is expected at (hand-checked: 3 Aug to 1 Oct 2023 holds 21 + 21 weekdays, no holiday).
  @Test func countsARunningPhasesSlackFromItsExpectedEnd() throws {
    var interpreter = try Self.routes(
      today: "15 maart 2023",
      then: [
        "gestart r2.voorbereiding op 2 mei 2022", "gestart r2.inkoopprocedure op 3 oktober 2022",
      ])
    let critical = interpreter.run("kritiek naar r2.start").text
    #expect(
      critical.contains(
        "r2.voorbereiding    2 mei 2022   17 feb. 2023     1 jan. 2024      201 wd / 291 d"))
    #expect(
      critical.contains(
        "r2.inkoopprocedure  3 okt. 2022  1 dec. 2022      1 okt. 2023      42 wd / 59 d"))
  }

  /// A fixed date that has passed is a fact, as a reported one is: not held up, not to be
  /// moved; and a milestone due by its 'uiterlijk' is not advised to move past it (seed 004).
  @Test func advisesNothingThatMovesAPassedFixedDateOrADeadline() throws {
    var interpreter = try Self.seed(
      "004-achterhoek", ["vandaag 1 juli 2021", "gestart regio.dialoog op 15 juni 2020"])
    let check = interpreter.run("controleer regio").text
    #expect(check.contains("(78 dagen te laat); het houdt regio.inkoopprocedure op:"))
    #expect(
      check.contains(
        "regio.publicatie \"Publicatie aanbesteding Wmo en jeugdhulp\" stond vast op 1 apr. 2021, een dag die voorbij is, 92 dagen eerder dan de koppeling regio.dialoog → regio.publicatie toelaat (2 jul. 2021)"
      ))
    #expect(!check.contains("verschuif regio.publicatie"))
    #expect(
      check.contains(
        "maak regio.implementatie korter; verschuiven kan niet, regio.ingang moet uiterlijk 1 jan. 2022 bereikt zijn"
      ))
  }

  @Test func callsARunningPhaseLateTheDayAfterItsLast() throws {
    var interpreter = try Self.routes(today: "1 juli 2023")
    #expect(!interpreter.run("gestart r1.inkoopprocedure op 1 september 2022").failed)
    let item = interpreter.plan.item("r1.inkoopprocedure")!
    #expect(item.status(on: Day(year: 2023, month: 6, day: 30)!) == .running)
    #expect(item.status(on: Day(year: 2023, month: 7, day: 1)!) == .late(days: 1, started: true))
    #expect(interpreter.run("controleer").text.contains("r1.inkoopprocedure loopt nog"))
  }

  @Test func keepsProgressInTheSession() throws {
    var interpreter = try Self.routes(today: "1 november 2022")
    #expect(!interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").failed)
    #expect(!interpreter.run("gestart r1.inkoopprocedure 40% op 29 augustus 2022").failed)
    let text = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    let read = try SessionFile.decode(text)
    #expect(read.plan == interpreter.plan)
    #expect(
      read.plan.item("r1.inkoopprocedure")?.progress
        == Progress(
          started: Day(year: 2022, month: 8, day: 29), percent: 40,
          percentOn: Day(year: 2022, month: 11, day: 1)))
  }

  @Test func refusesProgressAfterToday() throws {
    var interpreter = try Self.routes(today: "1 november 2022")
    let outcome = interpreter.run("gestart r3.inkoopprocedure op 1 januari 2030")
    #expect(outcome.failed && outcome.text.contains("ligt na vandaag (1 nov. 2022)"))
  }

  @Test func refusesAMilestoneStartedOrAnEndBeforeTheStart() throws {
    var interpreter = try Self.routes(today: "1 november 2022")
    #expect(interpreter.run("gestart r1.start").failed)
    #expect(interpreter.run("gereed r1.voorbereiding op 1 april 2022").failed)
    #expect(interpreter.run("gestart r1.inkoopprocedure 140%").failed)
  }
}

/// Seed 002 on 3 October 2022, hand-checked: route 2's preparation (4 months) has not started,
/// so it runs to 3 February 2023; the procurement's 10 months to 3 December 2023 and the 3
/// months of implementation to 3 March 2024, 62 days after the contracts' fixed 1 January 2024
/// (January 31, February 29 in 2024, 2 in March).
struct ForecastFromTodayTests {
  @Test func findsAStartNotFeasibleWhenItsPreparationIsLate() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    let answer = interpreter.run("haalbaar r2.start").text
    #expect(answer.contains("op zijn vroegst 3 mrt. 2024 (nu 1 jan. 2024)"))
    #expect(answer.contains("niet haalbaar, 62 dagen"))
    #expect(
      answer.contains("r2.voorbereiding    3 feb. 2023    niet gestart (155 dagen te laat)"))
    #expect(answer.contains("Gerekend vanaf vandaag (3 okt. 2022)"))
  }

  @Test func answersFromThePlanAloneWithoutAVandaag() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let answer = interpreter.run("haalbaar r2.start").text
    #expect(answer.contains("haalbaar, met 0 werkdagen") && !answer.contains("Gerekend vanaf"))
  }

  @Test func spendsNoSlackOnWorkThatIsDoneOrLate() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    #expect(!interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").failed)
    let critical = interpreter.run("kritiek").text
    let done = critical.split(separator: "\n").first { $0.contains("  r1.voorbereiding ") }
    #expect(done?.hasPrefix("    r1.voorbereiding") == true && done?.hasSuffix(" gereed") == true)
    #expect(critical.contains("  * r2.voorbereiding    3 okt. 2022"))
    #expect(critical.contains("r2.start haalt 1 jan. 2024 niet; het kritieke pad is 62 dagen"))
  }

  @Test func saysInCheckWhatLateWorkDoesToTheFixedStarts() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    let check = interpreter.run("controleer r2").text
    #expect(check.contains("Gerekend vanaf vandaag (3 okt. 2022)"))
    #expect(
      check.contains(
        "r2.start \"Start uitvoering\" (1 jan. 2024) ligt vóór het einde van r2.implementatie (3 mrt. 2024)"
      ))
    #expect(!check.contains("r3.start"))
  }

  @Test func takesABaselineWithTheFirstReportOnly() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    let first = interpreter.run("gereed r1.voorbereiding op 26 augustus 2022").text
    #expect(first.contains("Basislijn gepland vastgelegd"))
    #expect(interpreter.plan.baselines.map(\.name) == ["gepland"])
    #expect(
      interpreter.plan.baselines[0].items.first { $0.id == "r1.voorbereiding" }?.span.end.day
        == Day(year: 2022, month: 9, day: 1))
    #expect(!interpreter.run("gestart r1.inkoopprocedure").text.contains("Basislijn"))
    #expect(interpreter.run("diff gepland").text.contains("was 1 sept. 2022 – 1 jul. 2023"))
    #expect(!interpreter.run("ongedaan").failed && !interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.baselines.isEmpty)
  }
}

/// What the fresh eye found on 3 December 2026, each checked by hand.
struct ProgressFreshEyeTests {
  @Test func keepsAPhasesLengthWhenItStartedLate() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    // Four months from 1 June end on 1 October; from 1 September (after the planned end) too.
    #expect(!interpreter.run("gestart r2.voorbereiding op 1 juni 2022").failed)
    #expect(
      interpreter.plan.item("r2.voorbereiding")?.end.day == Day(year: 2022, month: 10, day: 1))
    #expect(!interpreter.run("ongedaan").failed)
    #expect(!interpreter.run("gestart r3.voorbereiding op 1 september 2022").failed)
    #expect(interpreter.plan.item("r3.voorbereiding")?.end.day == Day(year: 2023, month: 1, day: 1))
  }

  @Test func neverMovesWhatWasReportedInAnAnswer() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    #expect(!interpreter.run("gestart r1.voorbereiding op 2 mei 2022").failed)
    #expect(!interpreter.run("gestart r1.inkoopprocedure op 5 september 2022").failed)
    // r1.voorbereiding runs past its end, but r1.inkoopprocedure started on 5 September: its
    // ten months end on 5 July 2023, six months of implementation on 5 January 2024.
    let answer = interpreter.run("haalbaar r1.start").text
    #expect(answer.contains("op zijn vroegst 5 jan. 2024"))
    #expect(answer.contains("r1.inkoopprocedure  5 jul. 2023    gestart op 5 sept. 2022 (gemeld)"))
    // A reported start is not a date to make.
    let started = interpreter.run("haalbaar r1.inkoopprocedure").text
    #expect(!started.contains("vaste datum 5 sept"))
  }

  @Test func answersNoDayBeforeToday() throws {
    var interpreter = try Fixtures.seed("004-achterhoek")
    #expect(!interpreter.run("vandaag 1 maart 2021").failed)
    let answer = interpreter.run("haalbaar dyslexie.ingang").text
    let earliest = try #require(answer.split(separator: "\n").first)
    #expect(!earliest.contains("2020") && !earliest.contains("feb. 2021"))
  }

  @Test func stretchesAPercentageOverWhatIsLeftOfALatePhase() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    #expect(!interpreter.run("gestart r2.voorbereiding 40% op 1 juni 2022").failed)
    // 1 June to 1 October is 122 days; 60% of it is 73.2, so 74 days from 3 October: the
    // phase ends after 15 December, the procurement's ten months on 16 October 2023, the
    // implementation's three on 16 January 2024: 15 days after 1 January.
    let answer = interpreter.run("haalbaar r2.start").text
    #expect(answer.contains("op zijn vroegst 16 jan. 2024") && answer.contains("15 dagen"))
  }

  @Test func namesALotGivenForAnItemAndAStartNotReported() throws {
    var interpreter = try ProgressTests.routes(today: "3 oktober 2022")
    let lot = interpreter.run("gestart r1")
    #expect(lot.failed && lot.text.contains("r1 is een perceel, geen onderdeel"))
    let done = interpreter.run("gereed r1.implementatie op 1 september 2022")
    #expect(done.failed && done.text.contains("meld eerst wanneer het begon"))
  }
}

/// A fixed date gone by that nobody reported, in the decision calendar and the report (found
/// by a fresh-eye test).
struct PassedDateTests {
  @Test func callsADecisionTakenOnlyOnceItIsReported() throws {
    var interpreter = try ProgressTests.seed("004-achterhoek", ["vandaag 1 februari 2021"])
    let row = { (interpreter: inout Interpreter) in
      interpreter.run("besluiten").text.split(separator: "\n").first {
        $0.contains("college-uitgangspunten")
      } ?? ""
    }
    #expect(row(&interpreter).hasSuffix("datum voorbij, niet als genomen gemeld"))
    #expect(!interpreter.run("gereed college-uitgangspunten op 24 november 2020").failed)
    #expect(row(&interpreter).hasSuffix("genomen"))
  }

  @Test func keepsAskingForAPassedDateInTheReportSinceABaseline() throws {
    var interpreter = try ProgressTests.seed(
      "004-achterhoek", ["vandaag 1 juni 2021", "basislijn b1"])
    let report = interpreter.run("rapport").text
    #expect(report.contains("Datum voorbij, niet gemeld"))
    #expect(report.contains("college-uitgangspunten"))
    // A vague date as written, not a guessed Sunday.
    #expect(report.contains("vaste datum eind februari 2021"))
  }

  @Test func leavesARunningPhaseNotYetPastItsEndOutOfTheLateWork() throws {
    var interpreter = try ProgressTests.routes(
      today: "1 mei 2023", then: ["gestart r1.inkoopprocedure op 1 september 2022 60%"])
    let report = interpreter.run("rapport").text
    #expect(!report.contains("0 dagen"))
    #expect(!report.contains("r1.inkoopprocedure: loopt"))
  }
}
