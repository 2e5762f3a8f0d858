import PlanFiles
import PlanKit
import Testing

@testable import Workbench

struct ProgressTests {
  static func routes(today: String) throws -> Interpreter {
    var interpreter = try Fixtures.seed("002-routes")
    #expect(!interpreter.run("vandaag \(today)").failed)
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
        == Progress(started: Day(year: 2022, month: 8, day: 29), percent: 40))
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
