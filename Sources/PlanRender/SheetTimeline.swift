import PlanKit

/// The Gantt sheet's time columns: weeks, months, quarters or years over a span, each with its
/// label, grouped under a header of months (for weeks) or years.
struct SheetTimeline: Equatable {
  struct Column: Equatable {
    var days: Range<Day>
    /// The lower header's text: an ISO week number, "jan.", "Q3"; empty for a year.
    var label: String
    /// The upper header's group: "mei 2022" over weeks, "2022" over months and quarters.
    var group: String
    /// The group's label where the whole one has no room: "dec." over a week, "’24" over a
    /// quarter.
    var shortGroup: String
  }

  let unit: ChartAxis.Unit
  let columns: [Column]

  static let fitting: [ChartAxis.Unit: Int] = [.week: 30, .month: 36, .quarter: 48, .year: most]

  /// Excel's last column is 16,384; two hold the labels and dates.
  static let most = 16_000

  /// Dutch month headers as a project leader abbreviates them in a table (the English ones
  /// for `--lang en`).
  static let months: [Language: [String]] = [
    .nl: [
      "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
      "dec.",
    ],
    .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ]

  /// The columns of `span` in `chosen` units, or in the finest unit that keeps a seed plan
  /// legible on one printed page: at most 30 weeks, 36 months or 48 quarters (Heerde's four
  /// years in 16 quarters rather than 48 months too small to read). A chosen unit that
  /// would need more columns than a sheet has gives way to the next coarser one.
  ///
  /// - Complexity: O(columns).
  init(span: Range<Day>, chosen: ChartAxis.Unit?, language: Language) {
    let order: [ChartAxis.Unit] = [.week, .month, .quarter, .year]
    var unit = chosen ?? .week
    if chosen == nil {
      unit =
        order.first { Self.count(span, $0) <= Self.fitting[$0]! } ?? .year
    }
    while Self.count(span, unit) > Self.most, let next = order.firstIndex(of: unit).map({ $0 + 1 }),
      next < order.count
    {
      unit = order[next]
    }
    self.unit = unit
    let months = Self.months[language]!
    var columns: [Column] = []
    var day = Self.start(of: span.lowerBound, unit)
    repeat {
      let (y, m, _) = day.civil
      let next: Day
      let column: Column
      switch unit {
      case .week:
        next = day.adding(days: 7)
        // A week belongs to the month of its Thursday, as its ISO number to that year.
        let (ty, tm, _) = day.adding(days: 3).civil
        column = Column(
          days: day..<next, label: "\(day.isoWeek.week)", group: "\(months[tm - 1]) \(ty)",
          shortGroup: months[tm - 1])
      case .month:
        next = day.adding(months: 1)
        column = Column(
          days: day..<next, label: months[m - 1], group: "\(y)", shortGroup: Self.short(y))
      case .quarter:
        next = day.adding(months: 3)
        column = Column(
          days: day..<next, label: "Q\((m - 1) / 3 + 1)", group: "\(y)", shortGroup: Self.short(y))
      case .year:
        next = day.adding(months: 12)
        column = Column(days: day..<next, label: "", group: "\(y)", shortGroup: Self.short(y))
      }
      columns.append(column)
      day = next
    } while day < span.upperBound && columns.count < Self.most
    self.columns = columns
  }

  /// A year in two digits, as a narrow header writes it: "’24".
  static func short(_ year: Int) -> String {
    let two = year % 100
    return "’" + (two < 10 ? "0" : "") + "\(two)"
  }

  /// The first day of the unit `day` falls in: its Monday, month, quarter or year.
  static func start(of day: Day, _ unit: ChartAxis.Unit) -> Day {
    let (y, m, _) = day.civil
    switch unit {
    case .week: return day.adding(days: 1 - day.weekday)
    case .month: return day.startOfMonth
    case .quarter: return Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)!
    case .year: return Day(year: y, month: 1, day: 1)!
    }
  }

  /// How many columns `span` takes in `unit`.
  static func count(_ span: Range<Day>, _ unit: ChartAxis.Unit) -> Int {
    let first = start(of: span.lowerBound, unit)
    let last = span.upperBound
    let (y0, m0, _) = first.civil
    let (y1, m1, d1) = last.civil
    let months = (y1 - y0) * 12 + (m1 - m0) + (d1 > 1 ? 1 : 0)
    switch unit {
    case .week: return max(1, (first.days(until: last) + 6) / 7)
    case .month: return max(1, months)
    case .quarter: return max(1, (months + 2) / 3)
    case .year: return max(1, (months + 11) / 12)
    }
  }

  /// The column `day` falls in, if any.
  ///
  /// - Complexity: O(log columns).
  func column(of day: Day) -> Int? {
    var low = 0
    var high = columns.count
    while low < high {
      let mid = (low + high) / 2
      if columns[mid].days.upperBound <= day { low = mid + 1 } else { high = mid }
    }
    return low < columns.count && columns[low].days.contains(day) ? low : nil
  }

  /// The columns `days` overlaps.
  ///
  /// - Complexity: O(log columns).
  func columns(of days: Range<Day>) -> ClosedRange<Int>? {
    let lastDay = days.upperBound.adding(days: -1)
    guard lastDay >= days.lowerBound, let firstDay = columns.first?.days.lowerBound,
      let end = columns.last?.days.upperBound, days.lowerBound < end, lastDay >= firstDay
    else { return nil }
    let from = column(of: max(days.lowerBound, firstDay)) ?? 0
    let to = column(of: min(lastDay, end.adding(days: -1))) ?? columns.count - 1
    return from...to
  }
}
