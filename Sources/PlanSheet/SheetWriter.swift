import CXlsxWriter
import PlanRender

/// One `Sheet` of the model written into a libxlsxwriter worksheet.
struct SheetWriter {
  let sheet: UnsafeMutablePointer<lxw_worksheet>
  let formats: [UnsafeMutablePointer<lxw_format>?]

  /// Writes every cell, then the sheet's widths, rows, merges, panes, filter and printing.
  ///
  /// - Complexity: O(cells).
  func write(_ model: Sheet) -> lxw_error {
    for cell in model.cells {
      let error = write(cell)
      guard error == LXW_NO_ERROR else { return error }
    }
    for (column, width) in model.widths {
      _ = worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }
    let rows = Set(model.heights.keys).union(model.outlined)
    if !model.outlined.isEmpty {
      // A lot's row is above its items: the fold's button sits there.
      worksheet_outline_settings(sheet, 1, 0, 1, 0)
    }
    for row in rows {
      var options = lxw_row_col_options(
        hidden: 0, level: model.outlined.contains(row) ? 1 : 0, collapsed: 0)
      _ = worksheet_set_row_opt(
        sheet, lxw_row_t(row), model.heights[row] ?? LXW_DEF_ROW_HEIGHT, nil, &options)
    }
    for merge in model.merges {
      // The header rows come first: found at once, not after the grid.
      let first = model.cells.first { $0.row == merge.row && $0.column == merge.first }
      let text: String
      if case .text(let value)? = first?.value { text = value } else { text = "" }
      let error = text.withCString {
        worksheet_merge_range(
          sheet, lxw_row_t(merge.row), lxw_col_t(merge.first), lxw_row_t(merge.row),
          lxw_col_t(merge.last), $0, format(first?.style ?? 0))
      }
      guard error == LXW_NO_ERROR else { return error }
    }
    if model.frozenRows > 0 || model.frozenColumns > 0 {
      worksheet_freeze_panes(sheet, lxw_row_t(model.frozenRows), lxw_col_t(model.frozenColumns))
    }
    if let filter = model.filter {
      _ = worksheet_autofilter(
        sheet, lxw_row_t(filter.row), 0, lxw_row_t(filter.lastRow), lxw_col_t(filter.lastColumn))
    }
    printing(model.print)
    return LXW_NO_ERROR
  }

  func format(_ style: Int) -> UnsafeMutablePointer<lxw_format>? {
    formats.indices.contains(style) ? formats[style] : nil
  }

  /// A text is written as a string, never a formula: `worksheet_write_string` stores it in
  /// the shared strings as it is, whatever it starts with.
  private func write(_ cell: Sheet.Cell) -> lxw_error {
    let row = lxw_row_t(cell.row)
    let column = lxw_col_t(cell.column)
    let style = format(cell.style)
    switch cell.value {
    case .text(let text):
      return text.withCString { worksheet_write_string(sheet, row, column, $0, style) }
    case .number(let number), .date(let number):
      return worksheet_write_number(sheet, row, column, number, style)
    case nil:
      return style == nil ? LXW_NO_ERROR : worksheet_write_blank(sheet, row, column, style)
    }
  }

  private func printing(_ print: Sheet.Print) {
    if print.landscape { worksheet_set_landscape(sheet) }
    // Excel's paper codes: 9 is A4, 8 is A3.
    worksheet_set_paper(sheet, print.paper == .a3 ? 8 : 9)
    worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5)
    worksheet_fit_to_pages(sheet, UInt16(print.pagesWide), UInt16(print.pagesHigh))
    if let rows = print.repeatRows {
      _ = worksheet_repeat_rows(sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
    }
    if let columns = print.repeatColumns {
      _ = worksheet_repeat_columns(
        sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound))
    }
    if !print.header.isEmpty { _ = print.header.withCString { worksheet_set_header(sheet, $0) } }
    if !print.footer.isEmpty { _ = print.footer.withCString { worksheet_set_footer(sheet, $0) } }
  }
}
