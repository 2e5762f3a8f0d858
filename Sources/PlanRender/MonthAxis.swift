import PlanKit

/// Maps days to columns at month scale: the months of the plan's span share the available
/// width evenly, and a day falls within its month in proportion to its day of month.
struct MonthAxis {
  let firstMonth: Day
  let months: Int
  let columns: Int

  init(span: Range<Day>, width: Int) {
    firstMonth = span.lowerBound.startOfMonth
    let last = span.upperBound.adding(days: -1)
    months = max(1, (last.year - firstMonth.year) * 12 + last.month - firstMonth.month + 1)
    columns = max(1, width)
  }

  var columnsPerMonth: Double { Double(columns) / Double(months) }

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
    return min(columns, Int((Double(index) + fraction) * columnsPerMonth))
  }

  func month(at index: Int) -> Day { firstMonth.adding(months: index) }
}
