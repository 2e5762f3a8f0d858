import PlanKit
import Testing

@testable import PlanRender

struct CSVExportTests {
  @Test func writesDutchExcelWithABOMSemicolonsAndCRLF() {
    let csv = CSVExport.render(GanttChartTests.designPlan, language: .nl)
    #expect(
      csv.hasPrefix(
        "\u{FEFF}Perceel;Onderdeel;Titel;Soort;Type;Begin;Einde;Duur (dagen);Weergave\r\n"))
    let rows = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(
      rows[1]
        == "Route 1: Gebiedsgerichte zorg ouderen en HbH;r1.voorbereiding;voorbereiding;voorbereiding;fase;1-5-2022;31-8-2022;123;1 mei 2022 – 1 sept. 2022"
    )
    #expect(
      rows[4]
        == "Route 1: Gebiedsgerichte zorg ouderen en HbH;r1.start;Start uitvoering;mijlpaal;mijlpaal;1-1-2024;1-1-2024;;1 jan. 2024"
    )
    #expect(rows.count == 6 && rows[5].isEmpty)
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
