import PlanKit
import PlanRender
import Testing
import Workbench

/// A workbook writer that records the workbooks it was given and answers with their sheets.
final class RecordedWorkbooks: WorkbookWriting, @unchecked Sendable {
  // One per test, used by one interpreter.
  var written: [Workbook] = []

  func write(_ workbook: Workbook) throws(PlanError) -> [UInt8] {
    written.append(workbook)
    return Array(workbook.sheets.map(\.name).joined(separator: ",").utf8)
  }
}

struct WorkbookExportCommandTests {
  @Test func writesTheWorkbooksBytesToTheFile() {
    let files = MemoryFiles()
    let writer = RecordedWorkbooks()
    var interpreter = Fixtures.after(
      Fixtures.designSession + ["vandaag 1 sept. 2022"], files: files)
    interpreter.workbooks = writer
    let outcome = interpreter.run("exporteer xlsx plan.xlsx schaal week papier A3")
    #expect(!outcome.failed && outcome.text == "Geëxporteerd naar plan.xlsx.")
    #expect(files.binaries["plan.xlsx"] == Array("Planning,Gantt".utf8))
    let gantt = writer.written[0].sheets[1]
    #expect(gantt.print.paper == .a3)
    // Week numbers under the months: 1 sept. 2022 falls in week 35.
    let units = gantt.cells.filter { $0.row == 3 && $0.column >= 2 }.compactMap(\.value)
    #expect(units.contains(.text("35")))
  }

  @Test func refusesTheScreenAndSaysWhenTheBuildCannotWriteIt() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let missing = interpreter.run("exporteer xlsx plan.xlsx")
    #expect(missing.failed && missing.text.contains("deze Planwerk kan geen xlsx schrijven"))
    interpreter.workbooks = RecordedWorkbooks()
    let screen = interpreter.run("exporteer xlsx")
    #expect(screen.failed && screen.text.contains("geen tekst voor het scherm"))
    let links = interpreter.run("exporteer xlsx plan.xlsx koppelingen")
    #expect(links.failed && links.text.contains("'koppelingen' kan niet bij xlsx"))
  }
}
