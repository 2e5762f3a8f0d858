import PlanKit
import PlanRender
import PlanSheet
import Workbench

/// The interpreter's `export xlsx`, written with libxlsxwriter.
struct XlsxWriting: WorkbookWriting {
  func write(_ workbook: Workbook) throws(PlanError) -> [UInt8] {
    try WorkbookWriter.bytes(workbook)
  }
}
