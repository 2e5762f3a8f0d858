import PlanKit

/// Maps days to columns at week, month or quarter scale: the units of the span share the
/// available width evenly, and a day falls within its unit in proportion.
struct TimeAxis {
  let scale: GanttChart.Scale
  /// The first day of the first unit.
  let first: Day
  let units: Int
  let columns: Int

  init(scale: GanttChart.Scale, span: Range<Day>, width: Int) {
    self.scale = scale
    first = Self.unitStart(scale, span.lowerBound)
    let last = span.upperBound.adding(days: -1)
    units = max(1, Self.index(scale, from: first, to: last) + 1)
    columns = max(1, width)
  }

  /// The scale that fits a span in a width: weeks while each gets two columns, months while
  /// each gets one, quarters beyond.
  static func automatic(span: Range<Day>, width: Int) -> GanttChart.Scale {
    let days = span.lowerBound.days(until: span.upperBound)
    if (days + 6) / 7 * 2 <= width { return .week }
    let last = span.upperBound.adding(days: -1)
    let months = index(.month, from: unitStart(.month, span.lowerBound), to: last) + 1
    return months <= width ? .month : .quarter
  }

  static func unitStart(_ scale: GanttChart.Scale, _ day: Day) -> Day {
    switch scale {
    case .week: return day.adding(days: 1 - day.weekday)
    case .month: return day.startOfMonth
    case .quarter:
      let month = day.startOfMonth
      return month.adding(months: -((month.month - 1) % 3))
    }
  }

  /// Which unit a day is in, counted from `first` (negative before it).
  static func index(_ scale: GanttChart.Scale, from first: Day, to day: Day) -> Int {
    switch scale {
    case .week:
      let days = first.days(until: day)
      return days >= 0 ? days / 7 : (days - 6) / 7
    case .month, .quarter:
      let months = (day.year - first.year) * 12 + day.month - first.month
      guard scale == .quarter else { return months }
      return months >= 0 ? months / 3 : (months - 2) / 3
    }
  }

  var columnsPerUnit: Double { Double(columns) / Double(units) }

  func unit(at index: Int) -> Day {
    switch scale {
    case .week: return first.adding(days: 7 * index)
    case .month: return first.adding(months: index)
    case .quarter: return first.adding(months: 3 * index)
    }
  }

  /// The column where `day` begins, between 0 and `columns`.
  func column(_ day: Day) -> Int {
    let index = Self.index(scale, from: first, to: day)
    if index < 0 { return 0 }
    if index >= units { return columns }
    let start = unit(at: index)
    let length = start.days(until: unit(at: index + 1))
    let fraction = Double(start.days(until: day)) / Double(length)
    return min(columns, Int((Double(index) + fraction) * columnsPerUnit))
  }

  /// The year line and the unit line: month abbreviations, ISO week numbers or quarters. A
  /// unit gets its label when there is room; with narrow units only every n-th is named. A
  /// first year with fewer columns than its label gives way to the next.
  ///
  /// - Complexity: O(units + columns).
  func header(_ language: Language) -> (String, String) {
    var years = [Character](repeating: " ", count: columns)
    var labels = [Character](repeating: " ", count: columns)
    let months = DateWords.short(language)
    let width = scale == .month ? 4 : 3
    let step =
      [1, 2, 3, 4, 6, 12, 13, 26, 52].first { Double($0) * columnsPerUnit >= Double(width) } ?? 52
    var yearEnd = -1
    var yearStart: Int?
    let firstColumn = column(unit(at: 0))
    var labelEnd = -1
    var previousYear: Int?
    for index in 0..<units {
      let start = unit(at: index)
      let column = self.column(start)
      let (label, year, number): (String, Int, Int)
      switch scale {
      case .week:
        let (week, weekYear) = start.isoWeek
        (label, year, number) = (String(week), weekYear, week - 1)
      case .month: (label, year, number) = (months[start.month - 1], start.year, start.month - 1)
      case .quarter:
        let quarter = (start.month - 1) / 3 + 1
        (label, year, number) = ("Q\(quarter)", start.year, quarter - 1)
      }
      if year != previousYear {
        let text = String(year)
        if column <= yearEnd, let start = yearStart, start == firstColumn,
          column - start < text.count + 1
        {
          // The first year has fewer columns than its label (a plan that starts in the last
          // days of December): the year that fills the chart is named instead.
          for i in start..<min(yearEnd, columns) { years[i] = " " }
          yearEnd = start - 1
        }
        let at = max(column, yearEnd + 1)
        if at + text.count <= columns {
          yearEnd = Self.place(text, at: at, in: &years)
          yearStart = at
        }
      }
      previousYear = year
      if number % step == 0, column > labelEnd {
        labelEnd = Self.place(label, at: column, in: &labels)
      }
    }
    return (String(years), String(labels))
  }

  /// Writes `text` at `column` if it fits; returns the column after it (plus a gap).
  static func place(_ text: String, at column: Int, in line: inout [Character]) -> Int {
    guard column + text.count <= line.count else { return column - 1 }
    for (i, c) in text.enumerated() { line[column + i] = c }
    return column + text.count
  }
}
