import PlanFiles
import PlanKit
import Testing

@testable import Workbench

struct AnnotationTests {
  @Test func setsAnOwnerANoteAndADocumentAndUndoesEach() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    #expect(
      interpreter.run("eigenaar r1.inkoopprocedure Jan de Vries").text
        == "r1.inkoopprocedure: eigenaar Jan de Vries")
    #expect(!interpreter.run("notitie r1 \"budget akkoord\"").failed)
    #expect(
      !interpreter.run("document r1.inkoopprocedure \"Collegevoorstel\" https://raad.example.nl/1")
        .failed)
    let shown = interpreter.run("toon r1.inkoopprocedure").text
    #expect(shown.contains("eigenaar  Jan de Vries"))
    #expect(shown.contains("document  Collegevoorstel  https://raad.example.nl/1"))
    #expect(interpreter.run("toon r1").text.contains("notitie     budget akkoord"))
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan.item("r1.inkoopprocedure")?.documents.isEmpty == true)
    #expect(!interpreter.run("eigenaar r1.inkoopprocedure geen").failed)
    #expect(interpreter.plan.item("r1.inkoopprocedure")?.owner == nil)
  }

  @Test func refusesADocumentThatIsNoWebAddress() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let outcome = interpreter.run("document r1 x javascript:alert(1)")
    #expect(outcome.failed && outcome.text.contains("'javascript:alert(1)' is geen webadres"))
    #expect(interpreter.run("document r1 x file:///etc/passwd").failed)
  }

  @Test func keepsOwnersNotesAndDocumentsInTheSession() throws {
    var interpreter = Fixtures.after(
      Fixtures.designSession + [
        "eigenaar r1 \"Team Inkoop\"", "notitie r1.start \"contract getekend?\"",
        "document r1.start Overeenkomst https://example.nl/o.pdf",
      ])
    let text = SessionFile.encode(
      interpreter.plan, interpreter.settings, journal: interpreter.journal)
    #expect(text.contains("\"version\": 7"))
    let read = try SessionFile.decode(text)
    #expect(read.plan == interpreter.plan)
    #expect(read.plan.lots[0].owner == "Team Inkoop")
    #expect(
      interpreter.run("exporteer json").text.contains(
        "{\"name\": \"Overeenkomst\", \"url\": \"https://example.nl/o.pdf\"}")
    )
  }

  @Test func listsByOwnerKindAndPeriod() {
    var interpreter = Fixtures.after(
      Fixtures.designSession + ["eigenaar r1 \"Team Inkoop\"", "eigenaar r1.implementatie Jan"])
    let jan = interpreter.run("lijst eigenaar jan").text
    #expect(jan.contains("r1.implementatie") && !jan.contains("r1.voorbereiding"))
    // Items without an owner of their own fall to their lot's.
    #expect(interpreter.run("lijst eigenaar \"team inkoop\"").text.contains("r1.voorbereiding"))
    let window = interpreter.run("lijst van 1 december 2023 tot 1 februari 2024").text
    #expect(window.contains("r1.implementatie") && window.contains("r1.start"))
    #expect(!window.contains("r1.inkoopprocedure"))
    #expect(interpreter.run("lijst soort mijlpaal").text.contains("r1.start"))
    #expect(
      interpreter.run("lijst eigenaar niemand").text == "Geen onderdelen die daaraan voldoen.")
  }

  /// Seed 002's three routes owned by Jan, Marjan Bos and Jansen: a name is found by its whole
  /// parts, whatever their case, not inside another name.
  @Test func findsAnOwnerByWholeNameParts() throws {
    var interpreter = try Fixtures.seed("002-routes")
    for line in ["eigenaar r1 Jan", "eigenaar r2 Marjan Bos", "eigenaar r3 Jansen"] {
      #expect(!interpreter.run(line).failed)
    }
    let jan = interpreter.run("lijst eigenaar jan").text
    #expect(jan.contains("r1.voorbereiding") && !jan.contains("r2.") && !jan.contains("r3."))
    let bos = interpreter.run("lijst eigenaar bos").text
    #expect(bos.contains("r2.voorbereiding") && !bos.contains("r1.") && !bos.contains("r3."))
    let full = interpreter.run("lijst eigenaar \"MARJAN bos\"").text
    #expect(full.contains("r2.voorbereiding") && !full.contains("r1."))
    #expect(interpreter.run("lijst eigenaar jansen").text.contains("r3.voorbereiding"))
    #expect(interpreter.run("lijst eigenaar \"bos marjan\"").text.hasPrefix("Geen onderdelen"))
  }
}
