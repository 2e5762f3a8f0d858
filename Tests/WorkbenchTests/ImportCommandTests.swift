import Foundation
import PlanFiles
import PlanKit
import Testing

@testable import Workbench

struct ImportCommandTests {
  /// `exporteer csv` then `importeer` into an empty plan gives the same `exporteer json`,
  /// and the same answers to `kritiek` and `controleer`.
  @Test(arguments: SeedSessionTests.sessions)
  func roundTripsASeedSessionThroughCSV(_ name: String) throws {
    var original = try Fixtures.seed(name)
    let files = MemoryFiles()
    let json = original.run("exporteer json").text
    let csv = original.run("exporteer csv").text
    files.files["plan.csv"] = csv
    var imported = Fixtures.interpreter(files)
    let outcome = imported.run("importeer plan.csv")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(imported.run("exporteer json").text == json)
    for question in ["kritiek", "controleer"] {
      #expect(imported.run(question).text == original.run(question).text)
    }
  }

  @Test func takesAnImportBackInOneUndo() {
    let files = MemoryFiles([
      "p.csv":
        "Onderdeel;Begin;Einde\nr1.voorbereiding;1-5-2022;31-8-2022\nr1.inkoopprocedure;1-9-2022;30-6-2023\n"
    ])
    var interpreter = Fixtures.after(["nieuw \"Test\""], files: files)
    let outcome = interpreter.run("importeer p.csv")
    #expect(
      outcome.text.hasPrefix("Geïmporteerd uit p.csv: 1 perceel, 2 onderdelen, 0 koppelingen."))
    #expect(interpreter.plan.lots.count == 1)
    // The tender's order links the standard phases, as if they were typed.
    #expect(interpreter.plan.links.contains { $0.implicit && $0.to == "r1.inkoopprocedure" })
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.lots.isEmpty && interpreter.plan.links.isEmpty)
    #expect(!interpreter.run("opnieuw").failed)
    #expect(interpreter.plan.lots.count == 1)
  }

  @Test func replaysAnImportFromTheJournalWithoutTheFile() throws {
    let text = "Onderdeel;Begin;Einde\nr1.voorbereiding;1-5-2022;31-8-2022\n"
    var interpreter = Fixtures.interpreter(MemoryFiles(["p.csv": text]))
    #expect(!interpreter.run("importeer p.csv").failed)
    #expect(!interpreter.run("verschuif r1.voorbereiding 2 weken").failed)
    let step = interpreter.journal.steps[0]
    #expect(step.imported == Journal.Imported(file: "p.csv", text: text))
    // Through the session file, as saved and opened.
    let saved = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    let journal = try SessionFile.decode(saved).journal
    #expect(journal.steps[0].imported == step.imported)
    var replay = Replay(journal)
    replay.finish()
    #expect(replay.divergences.isEmpty)
    #expect(replay.interpreter.plan == interpreter.plan)
  }

  @Test func refusesAFileWithProblemsAndChangesNothing() {
    let files = MemoryFiles([
      "p.csv": "Onderdeel;Begin;Einde\nr1.a;1-5-2022;31-8-2022\nr1.b;32-5-2022;1-9-2022\nr1.c;x;y\n"
    ])
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("importeer p.csv")
    #expect(outcome.failed)
    #expect(outcome.text.contains("p.csv: 3 fouten; er is niets geïmporteerd"))
    #expect(outcome.text.contains("regel 3, kolom B (Begin): mei 2022 heeft 31 dagen"))
    #expect(outcome.text.contains("regel 4, kolom C (Einde)"))
    #expect(interpreter.plan.lots.isEmpty && interpreter.journal.steps.isEmpty)
    let skipped = interpreter.run("importeer p.csv sla fouten over")
    #expect(!skipped.failed)
    #expect(skipped.text.contains("overgeslagen, regel 3, kolom B (Begin)"))
    #expect(interpreter.plan.lots[0].items.map(\.id) == ["r1.a"])
  }

  @Test func refusesALotThePlanHasAlready() {
    let files = MemoryFiles(["p.csv": "Onderdeel;Begin;Einde\nr1.x;1-5-2022;31-8-2022\n"])
    var interpreter = Fixtures.after(
      ["perceel r1 \"Route 1\"", "fase r1.voorbereiding van 1 mei 2022 tot 1 sept 2022"],
      files: files)
    let outcome = interpreter.run("importeer p.csv")
    #expect(outcome.failed && outcome.text.contains("r1 bestaat al"))
  }

  @Test func refusesLinksInACircle() {
    let files = MemoryFiles([
      "p.csv":
        "Onderdeel;Begin;Einde;Voorgangers\nr1.a;1-5-2022;31-8-2022;r1.b\nr1.b;1-9-2022;30-9-2022;r1.a\n"
    ])
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("importeer p.csv")
    #expect(outcome.failed)
    #expect(interpreter.plan.lots.isEmpty)
  }
}

struct ImportFromMSProjectTests {
  /// `exporteer mspdi` then `importeer` into an empty plan gives the same `exporteer json`.
  @Test(arguments: SeedSessionTests.sessions)
  func roundTripsASeedSessionThroughMSProjectXML(_ name: String) throws {
    var original = try Fixtures.seed(name)
    let files = MemoryFiles(["plan.xml": original.run("exporteer mspdi").text])
    var imported = Fixtures.interpreter(files)
    let outcome = imported.run("importeer plan.xml")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(!outcome.text.contains("later dan in het bestand"))
    #expect(imported.run("exporteer json").text == original.run("exporteer json").text)
  }

  @Test func namesTheDatesThatComeOutLaterThanTheSheet() {
    let files = MemoryFiles([
      "p.csv":
        "Perceel;Titel;Begin;Einde\nVervoer;Gunning;1-9-2023;\nVervoer;Implementatie;1-5-2022;1-9-2022\n",
      "q.csv": "Onderdeel;Begin;Duur;Voorgangers\nr1.a;1-5-2022;3 maanden;\nr1.b;;2 maanden;r1.a\n",
    ])
    var interpreter = Fixtures.interpreter(files)
    let text = interpreter.run("importeer p.csv").text
    #expect(text.contains("1 onderdeel staat later dan in het bestand"))
    #expect(text.contains("vervoer.implementatie  1 mei 2022 → 1 sept. 2023"))
    // A row without Begin follows its predecessors.
    #expect(!interpreter.run("importeer q.csv").failed)
    #expect(interpreter.plan.item("r1.b")?.start.day == Day(year: 2022, month: 8, day: 1))
  }
}
