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
      throw PlanError(
        nl: "deze Planwerk kan geen xlsx schrijven: hij is gebouwd zonder libxlsxwriter",
        en: "this Planwerk cannot write an xlsx: it was built without libxlsxwriter",
        at: command.argument(0)[0].span,
        hint: Phrase(
          nl: "exporteer csv voor Excel, of gebruik het programma planwerk zelf",
          en: "export csv for Excel, or use the planwerk program itself"))
    }
    guard let file else {
      throw PlanError(
        nl: "een Excel-bestand is geen tekst voor het scherm: geef een bestand",
        en: "an Excel workbook is not text for the screen: give a file",
        at: command.argument(0)[0].span,
        hint: Phrase(nl: "exporteer xlsx planning.xlsx", en: "export xlsx planning.xlsx"))
    }
    let workbook = WorkbookExport.workbook(chartContent(options), plan: plan)
    try files.export(file.text, bytes: try workbooks.write(workbook))
    return exported(to: file)
  }
}
