/// How precisely a date was given. A date schedules from the first day of its window and is
/// shown at the precision it was given ("mrt 2022", "Q3 2023", "najaar 2021").
public enum DatePrecision: String, Sendable, CaseIterable, Codable {
  case day
  case week
  case earlyMonth = "early-month"
  case midMonth = "mid-month"
  case lateMonth = "late-month"
  case month
  case quarter
  case half
  case season
  case earlyYear = "early-year"
  case midYear = "mid-year"
  case lateYear = "late-year"
  case year

  /// Whether `day` can be the first day of a window of this precision.
  public func isWindowStart(_ day: Day) -> Bool {
    let (_, m, d) = day.civil
    switch self {
    case .day: return true
    case .week: return day.weekday == 1
    case .earlyMonth, .month: return d == 1
    case .midMonth: return d == 11
    case .lateMonth: return d == 21
    case .quarter: return d == 1 && (m - 1) % 3 == 0
    case .half: return d == 1 && (m == 1 || m == 7)
    case .season: return d == 1 && [3, 6, 9, 12].contains(m)
    case .earlyYear, .year: return d == 1 && m == 1
    case .midYear: return d == 1 && m == 6
    case .lateYear: return d == 1 && m == 11
    }
  }

  /// The precision a date keeps after moving by `duration`: a month stays a month after a
  /// shift in months, but becomes a day after a shift in days.
  public func after(_ duration: PlanDuration) -> DatePrecision {
    let months: Int
    switch duration.unit {
    case .days, .workingDays: return .day
    case .weeks: return self == .week ? .week : .day
    case .months: months = duration.amount
    case .years: months = duration.amount * 12
    }
    switch self {
    case .day, .earlyMonth, .midMonth, .lateMonth, .month: return self
    case .week: return .day
    case .quarter, .season: return months % 3 == 0 ? self : .month
    case .half: return months % 6 == 0 ? .half : .month
    case .earlyYear, .midYear, .lateYear, .year: return months % 12 == 0 ? self : .month
    }
  }
}
