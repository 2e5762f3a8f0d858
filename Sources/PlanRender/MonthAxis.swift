import PlanKit

/// Maps days to columns at month scale: every cell covers `monthsPerCell` whole months and
/// is `cellWidth` characters wide, so month boundaries always fall on a column.
struct MonthAxis {
  let firstMonth: Day
  let months: Int
  let monthsPerCell: Int
  let cellWidth: Int

  init(span: Range<Day>, width: Int) {
    firstMonth = span.lowerBound.startOfMonth
    let last = span.upperBound.adding(days: -1)
    months = max(1, (last.year - firstMonth.year) * 12 + last.month - firstMonth.month + 1)
    monthsPerCell = max(1, (months + width - 1) / max(1, width))
    let cells = (months + monthsPerCell - 1) / monthsPerCell
    cellWidth = max(1, width / cells)
  }

  var columns: Int { (months + monthsPerCell - 1) / monthsPerCell * cellWidth }

  func monthIndex(_ day: Day) -> Int {
    (day.year - firstMonth.year) * 12 + day.month - firstMonth.month
  }

  /// The column where `day` begins, between 0 and `columns`.
  func column(_ day: Day) -> Int {
    let index = monthIndex(day)
    if index < 0 { return 0 }
    if index >= months { return columns }
    let fraction =
      Double(day.dayOfMonth - 1) / Double(Day.daysIn(year: day.year, month: day.month))
    let withinCell = (Double(index % monthsPerCell) + fraction) / Double(monthsPerCell)
    return index / monthsPerCell * cellWidth + Int(withinCell * Double(cellWidth))
  }

  func month(at index: Int) -> Day { firstMonth.adding(months: index) }
}
