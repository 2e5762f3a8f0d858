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
