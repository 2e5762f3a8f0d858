import PlanKit

/// `export xlsx`: the plan as an Excel workbook for colleagues who plan in Excel: the table
/// ("Planning") and the chart drawn in cells ("Gantt"), both of the items `content` shows.
/// The cells are laid out here; PlanSheet writes them with libxlsxwriter.
public enum WorkbookExport {
  /// The workbook of `content` (the chart's rows, marks and choices), with `plan`'s details.
  ///
  /// - Complexity: O(rows × time columns), the Gantt sheet's grid.
  public static func workbook(_ content: ChartContent, plan: Plan) -> Workbook {
    let planning = PlanningSheet(content, plan: plan, styles: StyleBook())
    let gantt = GanttSheet(content, styles: planning.book)
    guard case .text(let title) = Sheet.Value.cleanText(content.title) else {
      return Workbook(title: "", sheets: [], styles: [])
    }
    return Workbook(
      title: title, sheets: [planning.sheet, gantt.sheet], styles: gantt.book.styles)
  }
}
