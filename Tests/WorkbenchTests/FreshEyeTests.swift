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
}
