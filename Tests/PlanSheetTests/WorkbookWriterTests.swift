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
