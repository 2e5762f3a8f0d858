/// A signed length of time in calendar units: `6 maanden`, `2w`, `-10d`, `+1 jaar`.
public struct PlanDuration: Hashable, Sendable {
  public enum Unit: String, Sendable, CaseIterable {
    case days
    case weeks
    case months
    case years
    case workingDays = "working-days"

    /// The largest amount a plan can sensibly use; beyond it the input is a typing error.
    public var limit: Int {
      switch self {
      case .days: return 100_000
      case .weeks: return 10_000
      case .months: return 2400
      case .years: return 200
      case .workingDays: return 50_000
      }
    }
  }

  public var amount: Int
  public var unit: Unit

  public init(_ amount: Int, _ unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// The day this duration after (or before) `day`. Working days follow `WorkdayTable.advance`.
  public func added(to day: Day, in workdays: WorkdayTable) -> Day {
    switch unit {
    case .workingDays: return workdays.advance(day, by: amount)
    case .days: return day.adding(days: amount)
    case .weeks: return day.adding(days: 7 * amount)
    case .months: return day.adding(months: amount)
    case .years: return day.adding(months: 12 * amount)
    }
  }

  /// The shortest exact description of the span between two days: whole years, months or
  /// weeks where they fit, otherwise days.
  public static func between(_ start: Day, _ end: Day) -> PlanDuration {
    let (sy, sm, _) = start.civil
    let (ey, em, _) = end.civil
    let months = (ey - sy) * 12 + (em - sm)
    if months != 0, start.adding(months: months) == end {
      return months % 12 == 0 ? PlanDuration(months / 12, .years) : PlanDuration(months, .months)
    }
    let days = start.days(until: end)
    return days % 7 == 0 && days != 0 ? PlanDuration(days / 7, .weeks) : PlanDuration(days, .days)
  }
}
