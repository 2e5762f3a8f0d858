import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// What a fresh-eye tester of the first hour still found.
struct FreshEyeTests {
  /// Seed 002's route 1 is chained by typed links, route 2 partly by the tender's own order:
  /// both are the same tender, and `lijst` says its order under both.
  @Test func showsTheTendersOrderUnderEveryLotWhateverLinksKeepIt() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let list = interpreter.run("lijst").text
    let order =
      "  volgorde van de aanbesteding: voorbereiding → inkoopprocedure → implementatie → start"
    #expect(list.components(separatedBy: order + "\n").count == 4, "\(list)")
    #expect(interpreter.run("lijst r1").text.hasSuffix(order))
    // A link of the order taken away is named after it.
    #expect(!interpreter.run("ontkoppel r2.implementatie van r2.inkoopprocedure").failed)
    #expect(
      interpreter.run("lijst r2").text.hasSuffix(
        order + " (ontkoppeld: r2.inkoopprocedure → r2.implementatie)"))
    // A lot with one stage has no order to tell.
    var single = Fixtures.after([
      "perceel r9", "fase r9.voorbereiding van 1 mei 2022 duur 2 maanden",
      "fase r9.x van 1 juli 2022 duur 2 maanden",
    ])
    #expect(!single.run("lijst").text.contains("volgorde"))
  }

  @Test func headsTheColumnsOfWhatSetsTheDate() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let answer = interpreter.run("haalbaar r2.start voor 1 nov 2023").text.split(separator: "\n")
    let head = try #require(answer.firstIndex(of: "Wat het tegenhoudt:"))
    #expect(answer[head + 1] == "  onderdeel         gereed         waarom niet eerder")
    #expect(answer[head + 2].hasPrefix("  r2.implementatie  1 jan. 2024    vaste datum"))
    _ = interpreter.run("taal en")
    let english = interpreter.run("feasible r1.start").text
    #expect(
      english.contains(
        "What sets the date:\n  item                done           why not earlier\n"))
  }

  /// A linked item's start comes from the schedule, at the day: the month it was given goes,
  /// and the answer says so and how to keep it, which then shows the month again.
  @Test func saysWhenALinkTakesOverAVagueStart() {
    var interpreter = Fixtures.after([
      "perceel r1", "fase r1.x van 1 mei 2021 tot 15 feb 2022",
      "fase r1.y van maart 2022 duur 3 maanden", "fase r1.z van 1 jan 2022 duur 1 maand",
    ])
    let linked = interpreter.run("koppel r1.y na r1.x").text
    #expect(linked.contains("was maart 2022 – mei 2022"))
    #expect(
      linked.hasSuffix(
        "  · r1.y begint nu na wat het koppelt (15 feb. 2022): zijn eigen begin maart 2022 vervalt; 'wijzig r1.y niet eerder dan maart 2022' houdt dat als ondergrens"
      ), "\(linked)")
    #expect(
      interpreter.run("wijzig r1.z na r1.x").text.contains("zijn eigen begin 1 jan. 2022 vervalt"))
    let kept = interpreter.run("wijzig r1.y niet eerder dan maart 2022").text
    #expect(kept == "~ r1.y  maart 2022 – mei 2022 (3 maanden)", "\(kept)")
    // A start that stays, or an item that had none of its own, gets no such line.
    #expect(!interpreter.run("koppel r1.y na r1.z").text.contains("vervalt"))
  }

  /// `tot 31 dec. 2023` is read as every `tot DATUM` is, up to that day: "52 weken" puzzled. The
  /// answer now says so, and says why `t/m 31 dec. 2023` is shown ending on 1 jan. 2024.
  @Test func explainsAnEndOnTheLastDayOfAMonth() {
    var interpreter = Fixtures.after(["perceel r1"])
    let until = interpreter.run("fase r1.a van 1 jan 2023 tot 31 dec 2023").text
    #expect(until.hasPrefix("+ r1.a  1 jan. 2023 – 31 dec. 2023 (52 weken)\n"))
    #expect(
      until.hasSuffix(
        "  · 'tot 31 dec. 2023' stopt vóór 31 dec. 2023, zoals 'tot 1 sept.' vóór 1 sept. stopt; 't/m 31 dec. 2023' neemt die dag mee"
      ), "\(until)")
    let through = interpreter.run("fase r1.b van 1 jan 2023 t/m 31 dec 2023").text
    #expect(through.hasPrefix("+ r1.b  1 jan. 2023 – 1 jan. 2024 (1 jaar)\n"))
    #expect(
      through.contains(
        "t/m 31 dec. 2023 neemt 31 dec. 2023 mee; het einde staat er als de dag erna, 1 jan. 2024"))
    #expect(interpreter.run("wijzig r1.a tot 30 jun 2023").text.contains("stopt vóór 30 jun. 2023"))
    // An end on the first of a month, or in the middle of one, reads as it is written.
    #expect(!interpreter.run("fase r1.c van 1 jan 2023 tot 1 jan 2024").text.contains("·"))
    #expect(!interpreter.run("fase r1.d van 1 jan 2023 tot 15 jun 2023").text.contains("·"))
    #expect(!interpreter.run("fase r1.e van 1 jan 2023 tot december 2023").text.contains("·"))
    _ = interpreter.run("taal en")
    #expect(
      interpreter.run("phase r1.f from 1 Jan 2023 to 31 Dec 2023").text.contains(
        "'to 31 Dec 2023' stops before 31 Dec 2023"))
  }
}
