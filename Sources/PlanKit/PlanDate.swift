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
  public func shifted(by duration: PlanDuration) -> PlanDate {
    let precision = precision.after(duration)
    let moved = duration.added(to: day)
    return PlanDate(moved, precision.isWindowStart(moved) ? precision : .day)
  }
}
