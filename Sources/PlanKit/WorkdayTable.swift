/// Working-day arithmetic over a range of years in logarithmic time; outside it, a wider
/// table answers. The table keeps the weekdays off (holidays and closings) as runs of days, not
/// every day of the range: its size follows the days off, so a plan typed with one date in
/// 4044 costs a few thousand runs instead of three quarters of a million days, and a closing
/// of a century is one run. Weekdays between runs are counted in closed form. A table over
/// a few decades, as a plan's is, also keeps its days day by day (`Dense`) and answers in
/// constant time.
public struct WorkdayTable: Sendable {
  public let calendar: WorkCalendar
  /// The years covered; outside them the table asks the calendar day by day.
  public let years: ClosedRange<Int>
  /// The days covered, `first ..< last`.
  let first: Int
  let last: Int
  /// The days off, as runs `start ..< end` in order, neither overlapping nor touching: the
  /// holidays that fall on weekdays, and the closings.
  let starts: [Int32]
  let ends: [Int32]
  /// `offBefore[i]`: the weekdays in the runs before run `i`; one more element than runs.
  let offBefore: [Int32]
  /// The same days day by day, when the years are few enough (`Dense.limit`): what a
  /// schedule asks of every item is then read from an array instead of searched for.
  let dense: Dense?

  /// - Complexity: O(the years' holidays and the closings), and O(the days) for the days kept
  ///   day by day when they are few enough (`Dense.limit`).
  public init(_ calendar: WorkCalendar, years: ClosedRange<Int>) {
    self.init(calendar, years: years, dense: true)
  }

  /// - Parameter dense: whether to keep the days day by day too; without, every question is
  ///   searched for in the runs (what a test compares the days with).
  /// - Complexity: as `init(_:years:)`.
  init(_ calendar: WorkCalendar, years: ClosedRange<Int>, dense: Bool) {
    self.calendar = calendar
    self.years = Self.covered(years)
    let (low, high) = (self.years.lowerBound, self.years.upperBound)
    let first = Int(Day(year: low, month: 1, day: 1)!.raw)
    let last = Int(Day(year: high, month: 12, day: 31)!.raw) + 1
    self.first = first
    self.last = last
    var runs: [Range<Int>] = []
    for year in low...high {
      let yearStart = runs.count
      Holiday.each(in: year) { holiday in
        guard calendar.holidays.includes(holiday), holiday.day.weekday <= 5 else { return }
        let day = Int(holiday.day.raw)
        // Into date order among the year's few (Hemelvaartsdag may come before 5 May).
        var i = runs.count
        runs.append(day..<day + 1)
        while i > yearStart && runs[i - 1].lowerBound > day {
          runs.swapAt(i - 1, i)
          i -= 1
        }
      }
    }
    for closing in calendar.closings {
      let start = max(Int(closing.days.lowerBound.raw), first)
      let end = min(Int(closing.days.upperBound.raw), last)
      if start < end { runs.append(start..<end) }
    }
    if !calendar.closings.isEmpty { runs.sort { $0.lowerBound < $1.lowerBound } }
    var starts: [Int32] = []
    var ends: [Int32] = []
    var offBefore: [Int32] = [0]
    for run in runs {
      if let end = ends.last, run.lowerBound <= Int(end) {
        let merged = Int(starts[starts.count - 1])..<max(Int(end), run.upperBound)
        ends[ends.count - 1] = Int32(merged.upperBound)
        offBefore[offBefore.count - 1] =
          offBefore[offBefore.count - 2] + Int32(Self.weekdays(in: merged))
      } else {
        starts.append(Int32(run.lowerBound))
        ends.append(Int32(run.upperBound))
        offBefore.append(offBefore[offBefore.count - 1] + Int32(Self.weekdays(in: run)))
      }
    }
    self.starts = starts
    self.ends = ends
    self.offBefore = offBefore
    self.dense = dense ? Dense(first: first, last: last, starts: starts, ends: ends) : nil
    assert(zip(starts, ends).allSatisfy { $0 < $1 } && zip(ends, starts.dropFirst()).allSatisfy(<))
  }

  /// The table to schedule a plan over `planYears` with: from a year before to ten after, for
  /// what links and lags reach. `earlier` when it has the calendar and covers those years,
  /// since a table answers the same whatever it covers: a session keeps one table from
  /// command to command.
  public init(_ calendar: WorkCalendar, planYears: ClosedRange<Int>, reusing earlier: Self?) {
    let wanted = Self.covered((planYears.lowerBound - 1)...(planYears.upperBound + 10))
    if let earlier, earlier.calendar == calendar, earlier.years.lowerBound <= wanted.lowerBound,
      wanted.upperBound <= earlier.years.upperBound
    {
      self = earlier
    } else {
      self.init(calendar, years: wanted)
    }
  }

  /// The years a table asked for `years` covers: those a day can have.
  static func covered(_ years: ClosedRange<Int>) -> ClosedRange<Int> {
    let low = max(years.lowerBound, Day.supportedYears.lowerBound)
    return low...max(low, min(years.upperBound, Day.supportedYears.upperBound))
  }

  private func covers(_ day: Day) -> Bool {
    (first..<last).contains(Int(day.raw))
  }

  public func isWorkingDay(_ day: Day) -> Bool {
    if let dense, let working = dense.isWorkingDay(Int(day.raw) - first) { return working }
    guard covers(day) else { return calendar.isWorkingDay(day) }
    guard day.weekday <= 5 else { return false }
    let i = runsStarting(atOrBefore: Int(day.raw))
    return i == 0 || Int(ends[i - 1]) <= Int(day.raw)
  }

  /// The first working day on or after `day`.
  public func nextWorkingDay(onOrAfter day: Day) -> Day {
    if let dense, let found = dense.workingDay(Int(day.raw) - first, plus: 0) {
      return Day(raw: found)
    }
    if covers(day), let found = workingDay(after: workingBefore(Int(day.raw))) { return found }
    let found = answer(near: day.year...day.year + 1) { (table: WorkdayTable) -> Day? in
      table.covers(day) ? table.workingDay(after: table.workingBefore(Int(day.raw))) : nil
    }
    return found ?? Day(year: Day.supportedYears.upperBound, month: 12, day: 31)!
  }

  /// For `n > 0`, the day after the `n`th working day counted from `day` on, so that
  /// `day ..< result` holds `n` working days; `day` itself for 0; for `n < 0`, the working day
  /// with `-n` working days from it to `day`.
  public func advance(_ day: Day, by n: Int) -> Day {
    guard n != 0 else { return day }
    // Ten million working days lie past the years a day can have whatever the calendar.
    let n = max(-10_000_000, min(n, 10_000_000))
    if let dense, let found = dense.workingDay(Int(day.raw) - first, plus: n > 0 ? n - 1 : n) {
      return n > 0 ? Day(raw: found).adding(days: 1) : Day(raw: found)
    }
    // The usual case, asked by every phase the scheduler places: the table holds the answer,
    // and no year is worked out to find a wider one.
    if covers(day), let found = workingDay(after: workingBefore(Int(day.raw)) + (n > 0 ? n - 1 : n))
    {
      return n > 0 ? found.adding(days: 1) : found
    }
    // A year has more than 200 working days unless closings take them.
    let reach = abs(n) / 200 + 2
    let found = answer(near: n > 0 ? day.year...day.year + reach : day.year - reach...day.year) {
      (table: WorkdayTable) -> Day? in
      guard table.covers(day),
        let found = table.workingDay(after: table.workingBefore(Int(day.raw)) + (n > 0 ? n - 1 : n))
      else { return nil }
      return n > 0 ? found.adding(days: 1) : found
    }
    return found
      ?? Day(
        year: n > 0 ? Day.supportedYears.upperBound : Day.supportedYears.lowerBound,
        month: n > 0 ? 12 : 1, day: n > 0 ? 31 : 1)!
  }

  /// Working days in `from ..< to`; negative when `to` comes first.
  public func count(from start: Day, to end: Day) -> Int {
    guard start <= end else { return -count(from: end, to: start) }
    if let dense, let found = dense.count(Int(start.raw) - first, Int(end.raw) - first) {
      return found
    }
    let found = answer(near: start.year...end.year) { (table: WorkdayTable) -> Int? in
      table.covers(start) && (table.first...table.last).contains(Int(end.raw))
        ? table.workingBefore(Int(end.raw)) - table.workingBefore(Int(start.raw)) : nil
    }
    guard let found else {
      // Past the years a day can have: only the part within them counts.
      let years = Day.supportedYears
      let covered =
        max(
          start, Day(year: years.lowerBound, month: 1, day: 1)!)..<min(
          end, Day(year: years.upperBound, month: 12, day: 31)!.adding(days: 1))
      return covered.isEmpty ? 0 : count(from: covered.lowerBound, to: covered.upperBound)
    }
    return found
  }

  /// What `question` answers on this table, else on one over `years`, else on one over every
  /// year a day can have; nil only past those. A question outside the plan's years is rare,
  /// and a table over them costs a few holidays a year where asking the calendar day by day
  /// costs a list of holidays a day.
  private func answer<T>(near years: ClosedRange<Int>, _ question: (WorkdayTable) -> T?) -> T? {
    if let found = question(self) { return found }
    let nearby = WorkdayTable(calendar, years: years)
    if let found = question(nearby) { return found }
    guard nearby.years != Day.supportedYears else { return nil }
    return question(WorkdayTable(calendar, years: Day.supportedYears))
  }

  /// The weekdays off in `days`, in order, for the exports that list them; `days` within the
  /// years the table covers.
  public func weekdaysOff(in days: Range<Day>, _ body: (Day) -> Void) {
    let (low, high) = (Int(days.lowerBound.raw), Int(days.upperBound.raw))
    var i = max(0, runsStarting(atOrBefore: low) - 1)
    while i < starts.count && Int(starts[i]) < high {
      for raw in max(Int(starts[i]), low)..<max(low, min(Int(ends[i]), high)) {
        let day = Day(raw: Int32(raw))
        if day.weekday <= 5 { body(day) }
      }
      i += 1
    }
  }

  /// How many runs start on or before `day`.
  private func runsStarting(atOrBefore day: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if Int(starts[middle]) <= day { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Working days before `day`, counted from a fixed origin: only differences mean anything.
  private func workingBefore(_ day: Int) -> Int {
    let i = runsStarting(atOrBefore: day - 1)
    guard i > 0 else { return Self.weekdays(before: day) }
    let off =
      Int(offBefore[i - 1]) + Self.weekdays(in: Int(starts[i - 1])..<min(Int(ends[i - 1]), day))
    return Self.weekdays(before: day) - off
  }

  /// The covered working day with `count` working days before it (as `workingBefore` counts),
  /// or nil when it lies outside the covered days.
  private func workingDay(after count: Int) -> Day? {
    // The runs whose start has at most `count` working days before it: the day lies after
    // the last of them, in the gap up to the next run, which holds weekdays only.
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      let before = Self.weekdays(before: Int(starts[middle])) - Int(offBefore[middle])
      if before <= count { low = middle + 1 } else { high = middle }
    }
    let day = Self.weekday(number: count + Int(offBefore[low]))
    guard (first..<last).contains(day) else { return nil }
    return Day(raw: Int32(day))
  }

  /// Monday to Friday in `range`.
  static func weekdays(in range: Range<Int>) -> Int {
    weekdays(before: range.upperBound) - weekdays(before: range.lowerBound)
  }

  /// Monday to Friday before `day`, counted from Monday 29 December 1969 (raw -3).
  static func weekdays(before day: Int) -> Int {
    let fromMonday = day + 3
    let weeks = fromMonday >= 0 ? fromMonday / 7 : (fromMonday - 6) / 7
    return weeks * 5 + min(fromMonday - weeks * 7, 5)
  }

  /// The weekday with `number` weekdays before it (the inverse of `weekdays(before:)`).
  static func weekday(number: Int) -> Int {
    let weeks = number >= 0 ? number / 5 : (number - 4) / 5
    return weeks * 7 + (number - weeks * 5) - 3
  }
}
