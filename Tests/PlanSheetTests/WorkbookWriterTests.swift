import PlanKit
import Testing

@testable import PlanRender
@testable import PlanSheet

struct WorkbookWriterTests {
  @Test func writesAZipArchive() throws {
    let workbook = Workbook(title: "t", sheets: [Sheet(name: "Planning")], styles: [CellStyle()])
    let bytes = try WorkbookWriter.bytes(workbook)
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }
}

struct WorkbookWriterFailureTests {
  @Test func reportsWhatLibxlsxwriterRefusedAsAPlanError() {
    let sheets = [Sheet(name: "Gantt"), Sheet(name: "Gantt")]
    let workbook = Workbook(title: "t", sheets: sheets, styles: [CellStyle()])
    #expect(throws: PlanError.self) { try WorkbookWriter.bytes(workbook) }
  }

  @Test func writesTheSeedPlansWorkbookOfBothSheets() throws {
    let plan = Plan(
      title: "Inkoop Wmo",
      lots: [
        Lot(
          id: "r1", title: "=Route 1",
          items: [
            Item(
              id: "r1.voorbereiding", type: .phase, kind: "voorbereiding",
              start: PlanDate(Day(year: 2022, month: 5, day: 1)!),
              end: PlanDate(Day(year: 2022, month: 9, day: 1)!))
          ])
      ])
    let content = ChartContent(plan, language: .nl, today: nil)
    let bytes = try WorkbookWriter.bytes(WorkbookExport.workbook(content, plan: plan))
    #expect(bytes.count > 4_000)
  }
}
