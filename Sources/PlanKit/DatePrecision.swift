/// How precisely a date was given. A date schedules from the first day of its window and is
/// shown at the precision it was given ("maart 2022", "Q3 2023", "najaar 2021").
///
/// The windows (DOMAIN §c3): a part of a month is days 1–10, 11–20 or 21 to its end; a part
/// of a quarter is its first, middle or last month ("eind Q2 2023" is June 2023); a part of a
/// year is January–February, June–July or November–December; a season is three months from
/// March, June, September or December ("winter 2023/2024" is December 2023 to February 2024);
/// a week is an ISO week from its Monday.
public enum DatePrecision: String, Sendable, CaseIterable, Codable {
  case day
  case week
  case earlyMonth = "early-month"
  case midMonth = "mid-month"
  case lateMonth = "late-month"
  case month
  case quarter
  case earlyQuarter = "early-quarter"
  case midQuarter = "mid-quarter"
  case lateQuarter = "late-quarter"
  case half
  case season
  case earlyYear = "early-year"
  case midYear = "mid-year"
  case lateYear = "late-year"
  case year

  /// The first day of the window of this precision that holds `day`; nil when none does
  /// (March lies in no part of a year, the 5th in no end of a month).
  ///
  /// - Complexity: O(1).
  public func windowStart(of day: Day) -> Day? {
    // Most dates are days: their window starts on them, without working out the month (a
    // whole check asks it of every deadline, through `PlanDate.windowEnd`).
    if self == .day { return day }
    let (y, m, d) = day.civil
    let quarter = (m - 1) / 3 * 3 + 1
    switch self {
    case .day: return day
    case .week: return day.adding(days: 1 - day.weekday)
    case .earlyMonth: return d <= 10 ? day.startOfMonth : nil
    case .midMonth: return (11...20).contains(d) ? Day(year: y, month: m, day: 11) : nil
    case .lateMonth: return d >= 21 ? Day(year: y, month: m, day: 21) : nil
    case .month: return day.startOfMonth
    case .quarter: return Day(year: y, month: quarter, day: 1)
    case .earlyQuarter: return m == quarter ? day.startOfMonth : nil
    case .midQuarter: return m == quarter + 1 ? day.startOfMonth : nil
    case .lateQuarter: return m == quarter + 2 ? day.startOfMonth : nil
    case .half: return Day(year: y, month: m <= 6 ? 1 : 7, day: 1)
    case .season:
      return m <= 2 ? Day(year: y - 1, month: 12, day: 1) : Day(year: y, month: m / 3 * 3, day: 1)
    case .earlyYear: return m <= 2 ? Day(year: y, month: 1, day: 1) : nil
    case .midYear: return m == 6 || m == 7 ? Day(year: y, month: 6, day: 1) : nil
    case .lateYear: return m >= 11 ? Day(year: y, month: 11, day: 1) : nil
    case .year: return Day(year: y, month: 1, day: 1)
    }
  }

  /// Whether `day` can be the first day of a window of this precision.
  ///
  /// - Complexity: O(1).
  public func isWindowStart(_ day: Day) -> Bool {
    // Most dates are days: asked of every item a schedule moves, without working out the month.
    if self == .day { return true }
    let (_, m, d) = day.civil
    switch self {
    case .day: return true
    case .week: return day.weekday == 1
    case .earlyMonth, .month: return d == 1
    case .midMonth: return d == 11
    case .lateMonth: return d == 21
    case .quarter, .earlyQuarter: return d == 1 && (m - 1) % 3 == 0
    case .midQuarter: return d == 1 && (m - 1) % 3 == 1
    case .lateQuarter: return d == 1 && (m - 1) % 3 == 2
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
    case .quarter, .season, .earlyQuarter, .midQuarter, .lateQuarter:
      return months % 3 == 0 ? self : .month
    case .half: return months % 6 == 0 ? .half : .month
    case .earlyYear, .midYear, .lateYear, .year: return months % 12 == 0 ? self : .month
    }
  }
}
