import PlanKit
import Testing
import Workbench

/// basislijn, basislijnen and diff, as typed.
extension InterpreterTests {
  @Test func storesBaselinesAndListsThem() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(interpreter.run("basislijnen").text.hasPrefix("Nog geen basislijnen"))
    #expect(interpreter.run("basislijn").text == "Basislijn 2022-05-01 vastgelegd (4 onderdelen).")
    #expect(
      interpreter.run("basislijn").text == "Basislijn 2022-05-01-2 vastgelegd (4 onderdelen).")
    #expect(
      interpreter.run("basislijn \"besluit college\"").text
        == "Basislijn besluit college vastgelegd (4 onderdelen).")
    #expect(
      interpreter.run("basislijn \"besluit college\"").text.hasPrefix(
        "Basislijn besluit college vervangen"))
    #expect(
      interpreter.run("basislijnen").text == """
          2022-05-01       1 mei 2022  4 onderdelen
          2022-05-01-2     1 mei 2022  4 onderdelen
          besluit college  1 mei 2022  4 onderdelen
        """)
    _ = interpreter.run("ongedaan")
    #expect(interpreter.plan.baselines.count == 3)
  }

  @Test func listsWhatMovedCameAndWentSinceABaseline() {
    var interpreter = Fixtures.after(
      Fixtures.designSession + [
        "basislijn akkoord", "verschuif r1.inkoopprocedure 2 maanden",
        "fase r1.extra na r1.implementatie duur 1m", "verwijder r1.start",
      ])
    let outcome = interpreter.run("diff")
    #expect(
      outcome.text == """
        Verschil met akkoord:
          r1.inkoopprocedure   1 sept. 2022 – 1 sept. 2023  (+2 mnd)  was 1 sept. 2022 – 1 jul. 2023
          r1.implementatie     1 sept. 2023 – 1 mrt. 2024   (+2 mnd)  was 1 jul. 2023 – 1 jan. 2024
          + r1.extra  1 mrt. 2024 – 1 apr. 2024  (nieuw)
          - r1.start  1 jan. 2024  (niet meer in het plan)
        """)
    #expect(interpreter.run("diff akkoord").text == outcome.text)
    #expect(interpreter.run("diff akord").text.contains("bedoelt u akkoord?"))
  }

  @Test func comparesWithAnotherSessionFile() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession + ["bewaar v1.json"], files: files)
    #expect(interpreter.run("diff v1.json").text == "Geen verschil met v1.json.")
    _ = interpreter.run("verschuif r1 1w")
    #expect(interpreter.run("diff v1.json").text.split(separator: "\n").count == 5)
    #expect(interpreter.run("diff").failed)
  }

  @Test func keepsBaselinesInTheSessionFile() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession + ["basislijn akkoord"], files: files)
    _ = interpreter.run("bewaar s.json")
    #expect(try files.read("s.json").contains("\"name\": \"akkoord\""))
    var other = Fixtures.interpreter(files)
    _ = other.run("open s.json")
    #expect(other.plan.baselines == interpreter.plan.baselines)
  }
}

/// gantt with its options, as typed.
extension InterpreterTests {
  @Test func drawsTheChartWithItsOptions() {
    var interpreter = Fixtures.after(
      InterpreterTests.twoRoutes + ["basislijn akkoord", "verschuif r1 1m"])
    let week = interpreter.run("gantt r2 schaal week van 1 mei 2023 tot 1 aug. 2023 breedte 120")
    #expect(!week.failed, "\(week.text)")
    #expect(!week.text.contains("r1  ") && week.text.contains("r2  Route 2"))
    #expect(week.text.split(separator: "\n").allSatisfy { $0.count <= 120 })
    #expect(week.text.split(separator: "\n")[2].contains("19"))
    let quarter = interpreter.run("gantt scale quarter")
    #expect(quarter.text.contains("Q1") && quarter.text.contains("Q3"))
    let baseline = interpreter.run("gantt basislijn akkoord")
    #expect(
      baseline.text.contains("    basislijn") && baseline.text.contains("░ basislijn akkoord"))
  }

  @Test func refusesChartOptionsThatDoNotFit() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(interpreter.run("gantt schaal dag").text.contains("'dag' is geen schaal"))
    #expect(interpreter.run("gantt breedte 10").text.contains("van 40 tot en met 1000"))
    #expect(interpreter.run("gantt r9").text.contains("perceel r9 bestaat niet"))
    #expect(interpreter.run("gantt basislijn oud").text.contains("basislijn oud bestaat niet"))
    #expect(
      interpreter.run("gantt van 1 jan 2024 tot 1 jan 2023").text.contains("niet na het begin"))
  }
}
