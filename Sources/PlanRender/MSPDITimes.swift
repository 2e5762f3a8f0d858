import PlanKit

/// How Planwerk's days become MS Project's moments, and back. Planwerk's end is exclusive
/// ("1 mei – 1 sept." ends where 1 september starts); MS Project's Finish is the last working
/// moment, inclusive, with a time of day: 17:00 on the last working day before Planwerk's end,
/// which for an end on a Monday after a weekend (or after a holiday) is the Friday before.
/// A start is its own day at the start of the working day, also when that day is not a
/// working day, so that the day a user typed is the day MS Project shows.
public struct MSPDITimes: Sendable {
  /// MS Project's standard day: 08:00–12:00 and 13:00–17:00, eight working hours.
  public static let dayStart = "08:00:00"
  public static let dayFinish = "17:00:00"
  public static let hoursPerDay = 8
  /// Tenths of a minute, the unit of `LinkLag`.
  public static let tenthsPerWorkingDay = hoursPerDay * 60 * 10
  public static let tenthsPerDay = 24 * 60 * 10

  public let workdays: WorkdayTable

  /// - Complexity: O(1).
  public init(_ workdays: WorkdayTable) {
    self.workdays = workdays
  }

  /// `2022-05-01T08:00:00`: the start of a day's work.
  ///
  /// - Complexity: O(1).
  public static func start(_ day: Day) -> String { "\(day.iso)T\(dayStart)" }

  /// `2022-08-31T17:00:00`: the end of a day's work.
  ///
  /// - Complexity: O(1).
  public static func finish(_ day: Day) -> String { "\(day.iso)T\(dayFinish)" }

  /// The last working day before an exclusive end: MS Project's Finish day.
  ///
  /// - Complexity: O(log days off), as `WorkdayTable.advance`.
  public func lastWorkingDay(before end: Day) -> Day {
    workdays.advance(end, by: -1)
  }

  /// The item's Start, Finish and working hours. A milestone is one moment (zero duration);
  /// a phase that holds no working day (a weekend) starts and finishes at its start, with
  /// zero hours, rather than finishing before it starts.
  ///
  /// - Complexity: O(log days off).
  public func moments(_ item: Item) -> (start: String, finish: String, hours: Int) {
    let start = Self.start(item.start.day)
    guard item.type == .phase else { return (start, start, 0) }
    let days = workdays.count(from: item.start.day, to: item.end.day)
    guard days > 0 else { return (start, start, 0) }
    return (start, Self.finish(lastWorkingDay(before: item.end.day)), days * Self.hoursPerDay)
  }

  /// MS Project's Deadline for Planwerk's `uiterlijk`: a phase must end by the deadline's day
  /// (exclusive, like its end), so the deadline is the finish that end allows; a milestone
  /// must fall on or before the deadline's last day, so the deadline is that day's end.
  ///
  /// - Complexity: O(log days off).
  public func deadline(_ deadline: PlanDate, of item: Item) -> String {
    let last = item.lastDay(for: deadline)
    return item.type == .phase
      ? Self.finish(lastWorkingDay(before: last)) : Self.finish(last)
  }
}
