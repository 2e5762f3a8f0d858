/// A date as the user gave it: the day it schedules from and the precision it is shown at.
///
/// Invariant: `day` lies in a window of `precision` (checked in debug builds). A date read
/// from text starts its window; a decision given as a vague date ("eind februari 2021") is
/// on the college's meeting day inside it (`Plan.landing`), and is still shown as given.
public struct PlanDate: Hashable, Sendable {
  public var day: Day
  public var precision: DatePrecision

  public init(_ day: Day, _ precision: DatePrecision = .day) {
    assert(precision.windowStart(of: day) != nil, "\(day.iso) is in no \(precision) window")
    self.day = day
    self.precision = precision
  }

  /// The first day of the window the date stands for: its day, unless it landed inside it.
  public var windowStart: Day {
    precision.windowStart(of: day) ?? day
  }

  /// The date moved by a duration counted in a frame moved `dayShift` days: months from the
  /// day `dayShift` days earlier, the result moved back as many (`Item.dayShift`). Days,
  /// weeks and working days do not depend on the frame.
  ///
  /// - Complexity: O(1), or as `WorkdayTable.advance` for working days.
  public func shifted(by duration: PlanDuration, in workdays: WorkdayTable, dayShift: Int)
    -> PlanDate
  {
    guard dayShift != 0, duration.unit == .months || duration.unit == .years else {
      return shifted(by: duration, in: workdays)
    }
    let base = day.adding(days: -dayShift)
    return PlanDate(duration.added(to: base, in: workdays).adding(days: dayShift))
  }

  /// The date moved by a duration, at the precision that still holds after the move.
  public func shifted(by duration: PlanDuration, in workdays: WorkdayTable) -> PlanDate {
    let precision = precision.after(duration)
    let moved = duration.added(to: day, in: workdays)
    // A decision at its meeting inside a window moves to the same day of the next one.
    let stays =
      precision.isWindowStart(moved)
      || (day != windowStart && precision.windowStart(of: moved) != nil)
    return PlanDate(moved, stays ? precision : .day)
  }

  /// The exclusive end of the window the date stands for: the day after a day, the first of
  /// the next month for "mrt 2022", 1 oct for "Q3 2023".
  public var windowEnd: Day {
    let day = windowStart
    switch precision {
    case .day: return day.adding(days: 1)
    case .week: return day.adding(days: 7)
    case .earlyMonth, .midMonth: return day.adding(days: 10)
    case .lateMonth: return day.startOfMonth.adding(months: 1)
    case .month, .earlyQuarter, .midQuarter, .lateQuarter: return day.adding(months: 1)
    case .quarter, .season: return day.adding(months: 3)
    case .half: return day.adding(months: 6)
    case .earlyYear, .midYear, .lateYear: return day.adding(months: 2)
    case .year: return day.adding(months: 12)
    }
  }
}

extension PlanDate {
  /// The exclusive end that a date given as an end stands for, read the Dutch way: `tot DATUM`
  /// runs up to the start of DATUM ("tot 1 sept. 2022", "tot 2021", as the seeds write them),
  /// except that `eind X` means the end of X (`eind Q2 2023` the end of June, shown as the
  /// quarter) and `medio X` its middle; `tot en met`/`t/m
  /// DATUM` (`inclusive`) takes DATUM's whole window in. Where the end falls on the start of a
  /// month, quarter, season or year, it keeps that precision, so that it is shown as the last
  /// window it includes ("t/m feb. 2023").
  ///
  /// - Complexity: O(1).
  public func asEnd(inclusive: Bool) -> PlanDate {
    switch precision {
    case .midMonth where !inclusive: return PlanDate(windowStart.adding(days: 5))
    case .midYear where !inclusive: return PlanDate(windowStart.adding(months: 1))
    case .midQuarter where !inclusive: return PlanDate(windowStart.adding(days: 15))
    case .earlyMonth where !inclusive, .earlyYear where !inclusive,
      .earlyQuarter where !inclusive:
      return self
    case .lateQuarter: return PlanDate(windowEnd, .quarter)
    // A part of a month ends within its month: "tot eind december 2023" is shown as the end of
    // December, which the year it also closes would hide ("eind 2023").
    case .earlyMonth, .midMonth, .lateMonth: return .coarsest(windowEnd, upTo: .month)
    case .earlyYear, .midYear, .lateYear, .earlyQuarter, .midQuarter:
      return .coarsest(windowEnd)
    case .day, .week, .month, .quarter, .half, .season, .year:
      return inclusive ? PlanDate(windowEnd, precision) : self
    }
  }

  /// The coarsest of month and year (or of month alone, `upTo: .month`) whose window starts on
  /// `day`, else the day itself.
  static func coarsest(_ day: Day, upTo: DatePrecision = .year) -> PlanDate {
    if upTo == .year, DatePrecision.year.isWindowStart(day) { return PlanDate(day, .year) }
    if DatePrecision.month.isWindowStart(day) { return PlanDate(day, .month) }
    return PlanDate(day)
  }

  /// Whether, as an end, the date closes a whole window (a month, a quarter, a year) and is
  /// shown as that window rather than as the day after it.
  public var endsWindow: Bool {
    switch precision {
    case .week, .month, .quarter, .half, .season, .year: return true
    case .day, .earlyMonth, .midMonth, .lateMonth, .earlyYear, .midYear, .lateYear,
      .earlyQuarter, .midQuarter, .lateQuarter:
      return false
    }
  }

  /// The start of the window just before this one, at the same precision: for an end that
  /// closes a window (`endsWindow`), the first day of the last window it includes.
  ///
  /// - Complexity: O(1).
  public var lastWindowStart: Day {
    switch precision {
    case .week: return day.adding(days: -7)
    case .month: return day.adding(months: -1)
    case .quarter, .season: return day.adding(months: -3)
    case .half: return day.adding(months: -6)
    case .year: return day.adding(months: -12)
    default: return day
    }
  }
}
