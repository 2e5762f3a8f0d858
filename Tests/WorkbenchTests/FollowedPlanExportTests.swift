import PlanKit
import Testing

@testable import Workbench

/// A plan as it runs, through every export that carries progress, owners, notes and documents:
/// seed 002 on 3 October 2022 with a phase done, one done on a Saturday, one running at 40%, a
/// milestone late, and an owner, notes and documents with the characters formats separate on.
struct FollowedPlanExportTests {
  static let progress = [
    "vandaag 3 oktober 2022",
    "gereed r1.voorbereiding op 26 augustus 2022",
    "gestart r1.inkoopprocedure 40% op 29 augustus 2022",
    "gereed r2.voorbereiding op 3 september 2022",
    "gestart r2.inkoopprocedure op 5 september 2022",
    "mijlpaal r3.publicatie \"Publicatie aankondiging\" na r3.voorbereiding",
    "eigenaar r1.inkoopprocedure Jan de Vries",
    "eigenaar r1 \"Piet; |Jansen\"",
    "notitie r1.inkoopprocedure \"budget akkoord; wacht op =SUM(A1) <b>\"",
    "notitie r2 \"100% | klaar\"",
    "document r1.inkoopprocedure \"TenderNed; 100%|x\" https://www.tenderned.nl/a/123?a=1;b=2%20c",
    "document r1.inkoopprocedure Collegevoorstel mailto:griffie@example.nl",
    "document r2 Raad https://example.nl/raad",
  ]

  static func followed() throws -> Interpreter {
    var interpreter = try Fixtures.seed("002-routes")
    for line in progress {
      let outcome = interpreter.run(line)
      precondition(!outcome.failed, "\(line)\n\(outcome.text)")
    }
    return interpreter
  }

  @Test(arguments: ["csv", "mspdi"])
  func roundTripsProgressOwnersNotesAndDocuments(_ format: String) throws {
    var original = try Self.followed()
    let json = original.run("exporteer json").text
    #expect(json.contains("\"percent\": 40") && json.contains("\"finished\": \"2022-09-03\""))
    let file = format == "csv" ? "plan.csv" : "plan.xml"
    let files = MemoryFiles([file: original.run("exporteer \(format)").text])
    var imported = Fixtures.interpreter(files)
    let outcome = imported.run("importeer \(file)")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(!outcome.text.contains("niet overgenomen"), "\(outcome.text)")
    // The status is of the day the session plays on, which an import does not set.
    #expect(!imported.run(Self.progress.first { $0.hasPrefix("vandaag") }!).failed)
    #expect(imported.run("exporteer json").text == json)
  }

  @Test func writesProgressIntoMSProjectsOwnFields() throws {
    var interpreter = try Self.followed()
    let xml = interpreter.run("exporteer mspdi").text
    #expect(xml.contains("<StatusDate>2022-10-03T17:00:00</StatusDate>"))
    // Done on Friday 26 August: finished at the end of that day's work.
    #expect(
      xml.contains(
        "<PercentComplete>100</PercentComplete>\n      <ActualStart>2022-05-01T08:00:00</ActualStart>\n      <ActualFinish>2022-08-26T17:00:00</ActualFinish>"
      ))
    // Done on Saturday 3 September: MS Project's finish is the Friday's end of work.
    #expect(xml.contains("<ActualFinish>2022-09-02T17:00:00</ActualFinish>"))
    #expect(
      xml.contains(
        "<PercentComplete>40</PercentComplete>\n      <ActualStart>2022-08-29T08:00:00</ActualStart>\n"
      ))
    #expect(xml.contains("<Hyperlink>TenderNed; 100%|x</Hyperlink>"))
    #expect(xml.contains("<Notes>budget akkoord; wacht op =SUM(A1) &lt;b&gt;</Notes>"))
    #expect(xml.contains("<Name>Jan de Vries</Name>") && xml.contains("<Assignments>"))
    #expect(
      xml.contains(
        "documents=TenderNed%3B 100%25%7Cx|https://www.tenderned.nl/a/123?a=1%3Bb=2%2520c|"))
  }

  @Test func writesProgressColumnsIntoTheCSV() throws {
    var interpreter = try Self.followed()
    let rows = interpreter.run("exporteer csv").text.split(whereSeparator: \.isNewline)
    #expect(rows[0].hasSuffix(";Documenten;Gestart;Gereed;% gereed"))
    #expect(rows.contains { $0.hasPrefix("Route 1") && $0.hasSuffix(";1-5-2022;26-8-2022;") })
    // Its documents are on two lines of one cell: the row ends on the second.
    #expect(rows.contains { $0.hasSuffix(";29-8-2022;;40%") })
  }
}
