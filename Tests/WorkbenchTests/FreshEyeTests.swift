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
}
