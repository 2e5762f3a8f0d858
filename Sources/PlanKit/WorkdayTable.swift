/// Working-day arithmetic in constant time over a range of years, and exact (slower) outside
/// it. A plan of 100,000 phases with durations in working days schedules in milliseconds
/// because no day is looked at twice.
public struct WorkdayTable: Sendable {
  public let calendar: WorkCalendar
  let first: Day
  /// `before[i]`: working days in `first ..< first + i`.
  let before: [Int32]
  /// Offsets from `first` of the working days, in order.
  let working: [Int32]

  public init(_ calendar: WorkCalendar, years: ClosedRange<Int>) {
    self.calendar = calendar
    let low = max(years.lowerBound, Day.supportedYears.lowerBound)
    let high = min(years.upperBound, Day.supportedYears.upperBound)
    let first = Day(year: low, month: 1, day: 1)!
    let last = Day(year: high, month: 12, day: 31)!.adding(days: 1)
    self.first = first
    var off = Set<Day>()
    for year in low...high { off.formUnion(calendar.daysOff(in: year).map(\.day)) }
    for closing in calendar.closings {
      var day = max(closing.days.lowerBound, first)
      while day < min(closing.days.upperBound, last) {
        off.insert(day)
        day = day.adding(days: 1)
      }
    }
    let count = first.days(until: last)
    var before = [Int32](repeating: 0, count: count + 1)
    var working: [Int32] = []
    working.reserveCapacity(count * 5 / 7 + 1)
    var day = first
    for i in 0..<count {
      let open = day.weekday <= 5 && !off.contains(day)
      if open { working.append(Int32(i)) }
      before[i + 1] = before[i] + (open ? 1 : 0)
      day = day.adding(days: 1)
    }
    self.before = before
    self.working = working
  }

  private func offset(_ day: Day) -> Int? {
    let i = first.days(until: day)
    return i >= 0 && i < before.count - 1 ? i : nil
  }

  public func isWorkingDay(_ day: Day) -> Bool {
    guard let i = offset(day) else { return calendar.isWorkingDay(day) }
    return before[i + 1] > before[i]
  }

  /// The first working day on or after `day`.
  public func nextWorkingDay(onOrAfter day: Day) -> Day {
    if let i = offset(day), Int(before[i]) < working.count {
      return first.adding(days: Int(working[Int(before[i])]))
    }
    var day = day
    while !calendar.isWorkingDay(day) && day.year < Day.supportedYears.upperBound {
      day = day.adding(days: 1)
    }
    return day
  }

  /// For `n > 0`, the day after the `n`th working day counted from `day` on, so that
  /// `day ..< result` holds `n` working days; `day` itself for 0; for `n < 0`, the working day
  /// with `-n` working days from it to `day`.
  public func advance(_ day: Day, by n: Int) -> Day {
    guard n != 0 else { return day }
    if let i = offset(day) {
      let k = Int(before[i]) + (n > 0 ? n - 1 : n)
      if k >= 0 && k < working.count {
        return first.adding(days: Int(working[k]) + (n > 0 ? 1 : 0))
      }
    }
    return slowAdvance(day, by: n)
  }

  /// Working days in `from ..< to`; negative when `to` comes first.
  public func count(from start: Day, to end: Day) -> Int {
    guard start <= end else { return -count(from: end, to: start) }
    if let i = offset(start), let j = offset(end) {
      return Int(before[j] - before[i])
    }
    var n = 0
    var day = start
    while day < end {
      if isWorkingDay(day) { n += 1 }
      day = day.adding(days: 1)
    }
    return n
  }

  private func slowAdvance(_ day: Day, by n: Int) -> Day {
    let years = Day.supportedYears
    var day = day
    var left = abs(n)
    if n > 0 {
      while left > 0 && day.year < years.upperBound {
        if isWorkingDay(day) { left -= 1 }
        day = day.adding(days: 1)
      }
    } else {
      while left > 0 && day.year > years.lowerBound {
        day = day.adding(days: -1)
        if isWorkingDay(day) { left -= 1 }
      }
    }
    return day
  }
}
