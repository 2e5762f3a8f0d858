/// A date as the user gave it: the day it schedules from and the precision it is shown at.
///
/// Invariant: `day` is the first day of a window of `precision` (checked in debug builds).
public struct PlanDate: Hashable, Sendable {
  public var day: Day
  public var precision: DatePrecision

  public init(_ day: Day, _ precision: DatePrecision = .day) {
    assert(precision.isWindowStart(day), "\(day.iso) does not start a \(precision) window")
    self.day = day
    self.precision = precision
  }

  /// The date moved by a duration, at the precision that still holds after the move.
  public func shifted(by duration: PlanDuration, in workdays: WorkdayTable) -> PlanDate {
    let precision = precision.after(duration)
    let moved = duration.added(to: day, in: workdays)
    return PlanDate(moved, precision.isWindowStart(moved) ? precision : .day)
  }

  /// The exclusive end of the window the date stands for: the day after a day, the first of
  /// the next month for "mrt 2022", 1 oct for "Q3 2023".
  public var windowEnd: Day {
    switch precision {
    case .day: return day.adding(days: 1)
    case .week: return day.adding(days: 7)
    case .earlyMonth, .midMonth: return day.adding(days: 10)
    case .lateMonth: return day.startOfMonth.adding(months: 1)
    case .month: return day.adding(months: 1)
    case .quarter, .season: return day.adding(months: 3)
    case .half: return day.adding(months: 6)
    case .earlyYear, .midYear, .lateYear: return day.adding(months: 2)
    case .year: return day.adding(months: 12)
    }
  }
}
