import PlanKit
import Testing

@testable import PlanRender

struct CSVExportTests {
  @Test func writesDutchExcelWithABOMSemicolonsAndCRLF() {
    let csv = CSVExport.render(GanttChartTests.designPlan, language: .nl)
    #expect(
      csv.hasPrefix(
        "\u{FEFF}Perceel;Onderdeel;Titel;Soort;Type;Begin;Einde (t/m);Duur (dagen);Weergave;Voorgangers;Uiterlijk;Vast;Procedure;Waarde;Eigenaar;Notitie;Documenten;Gestart;Gereed;% gereed\r\n"
      ))
    let rows = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(
      rows[1]
        == ";;Inkoop Wmo en Participatie 2024;;plan;1-5-2022;31-12-2023;610;1 mei 2022 – 1 jan. 2024;;;;;;;;;;;"
    )
    #expect(
      rows[2]
        == "Route 1: Gebiedsgerichte zorg ouderen en HbH;r1;Route 1: Gebiedsgerichte zorg ouderen en HbH;;perceel;1-5-2022;31-12-2023;610;1 mei 2022 – 1 jan. 2024;;;;sas;;;;;;;"
    )
    #expect(
      rows[3]
        == "Route 1: Gebiedsgerichte zorg ouderen en HbH;r1.voorbereiding;voorbereiding;voorbereiding;fase;1-5-2022;31-8-2022;123;1 mei 2022 – 1 sept. 2022;;;nee;;;;;;;;"
    )
    #expect(
      rows[6]
        == "Route 1: Gebiedsgerichte zorg ouderen en HbH;r1.start;Start uitvoering;mijlpaal;mijlpaal;1-1-2024;1-1-2024;;1 jan. 2024;;;ja;;;;;;;;"
    )
    #expect(rows.count == 8 && rows[7].isEmpty)
  }

  @Test func writesTheLinksTheUserMadeWithTypeAndLag() {
    var plan = GanttChartTests.designPlan
    plan.appendLinks([
      Link(
        from: "r1.voorbereiding", to: "r1.start", kind: .startToStart, lag: PlanDuration(2, .weeks)),
      Link(
        from: "r1.inkoopprocedure", to: "r1.start", kind: .finishToFinish,
        lag: PlanDuration(-5, .workingDays)),
      Link(from: "r1.voorbereiding", to: "r1.inkoopprocedure", implicit: true),
    ])
    let csv = CSVExport.render(plan, language: .nl)
    #expect(csv.contains(";r1.voorbereiding BB +2 wk, r1.inkoopprocedure EE -5 wd;"))
    #expect(!csv.contains(";r1.voorbereiding;;"))
    #expect(
      CSVExport.render(plan, language: .en).contains(
        "r1.voorbereiding SS +2 wk, r1.inkoopprocedure FF -5 wd"))
  }

  @Test func neutralisesFormulasAndQuotesSeparators() {
    let csv = CSVExport.render(ExportFixtures.plan, language: .nl)
    #expect(
      csv.contains("\"Route 1; \"\"SAS\"\"\";r1.start;\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")")
    )
    for start in ["=", "+", "-", "@", "\t", "\r"] {
      #expect(
        CSVExport.cell(start + "1") == "'" + start + "1"
          || CSVExport.cell(start + "1").hasPrefix("\"'"))
    }
    #expect(CSVExport.cell("gewoon") == "gewoon")
    // A CRLF is one Character but still a line break: quoted, or it would start a new row;
    // in a cell every line break is a line feed.
    #expect(CSVExport.cell("x\r\ny\rz\n") == "\"x\ny\nz\n\"")
  }
}
