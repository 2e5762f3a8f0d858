import PlanKit
import PlanRender

/// Writes the Excel workbook laid out by `WorkbookExport`. The interpreter gets one from the
/// executable (libxlsxwriter, in PlanSheet), as it gets `ChartDrawing`, so that the core links
/// no C library; without one (tests, fuzzers), `export xlsx` says this build cannot write it.
public protocol WorkbookWriting: Sendable {
  /// The .xlsx file's bytes.
  func write(_ workbook: Workbook) throws(PlanError) -> [UInt8]
}

extension CommandContext {
  /// `export xlsx FILE`: the table and the Gantt sheet of the items the chart shows, written
  /// to FILE (a workbook is no text for the screen).
  ///
  /// - Complexity: O(plan) for the marks, then O(rows × time columns) for the Gantt grid.
  func exportWorkbook(_ command: ParsedCommand, _ options: ChartOptions, to file: Word?)
    throws(PlanError) -> Outcome
  {
    guard let workbooks else {
      throw builtWithout(
        "libxlsxwriter", cannot: Phrase(nl: "geen xlsx schrijven", en: "write an xlsx"),
        instead: Phrase(nl: "exporteer csv voor Excel", en: "export csv for Excel"), command)
    }
    guard let file else {
      throw needsFile(
        Phrase(nl: "een Excel-bestand", en: "an Excel workbook"), ending: "xlsx", command)
    }
    let workbook = WorkbookExport.workbook(chartContent(options), plan: plan)
    try files.export(file.text, bytes: try workbooks.write(workbook))
    return exported(to: file)
  }
}
