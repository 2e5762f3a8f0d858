import PlanKit

/// The project's calendar as Planwerk's working calendar: the exceptions (days off) that take
/// working days Planwerk's holidays do not already take become closing days; whether the
/// file's days off include Goede Vrijdag chooses the Algemene termijnenwet's holidays over
/// the municipal set. What a Monday-to-Friday calendar cannot hold (a different working week,
/// working exceptions, recurring patterns) is counted for `omitted`.
struct MSPDICalendarReader {
  var calendar = WorkCalendar()
  /// Exceptions that make a day working, or recur by a pattern: Planwerk cannot keep them.
  var workingExceptions = 0
  var recurringExceptions = 0
  /// Weekdays whose working state differs from Monday to Friday.
  var otherWeekdays = 0

  /// Planwerk's own calendar, for a file without one.
  ///
  /// - Complexity: O(1).
  init() {}

  /// - Complexity: O(exceptions × their days, plus holidays in their years).
  init(_ project: XMLElement) {
    let calendars = project.child("Calendars")?.all("Calendar") ?? []
    let uid = project["CalendarUID"]
    guard
      let chosen = calendars.first(where: { $0["UID"] == uid })
        ?? calendars.first(where: { $0["IsBaseCalendar"] == "1" }) ?? calendars.first
    else { return }
    // A calendar derived from a base calendar has the base's exceptions as well.
    var chain = [chosen]
    if let base = chosen["BaseCalendarUID"], base != "-1",
      let parent = calendars.first(where: { $0["UID"] == base }), parent["UID"] != chosen["UID"]
    {
      chain.append(parent)
    }
    var periods: [(days: Range<Day>, title: String?)] = []
    for calendar in chain {
      periods += read(calendar)
    }
    // MS Project writes the same exceptions twice (as WeekDays and as Exceptions): once each.
    var seen = Set<Range<Day>>()
    periods = periods.filter { seen.insert($0.days).inserted }
    periods.sort {
      ($0.days.lowerBound, $0.days.upperBound) < ($1.days.lowerBound, $1.days.upperBound)
    }
    // Overlapping periods are one, named by the longer, as Planwerk's export writes them
    // (MS Project refuses overlapping exceptions).
    var merged: [(days: Range<Day>, title: String?)] = []
    for period in periods {
      guard let last = merged.last, period.days.lowerBound < last.days.upperBound else {
        merged.append(period)
        continue
      }
      let length = { (r: Range<Day>) in r.lowerBound.days(until: r.upperBound) }
      merged[merged.count - 1] = (
        last.days.lowerBound..<max(last.days.upperBound, period.days.upperBound),
        length(period.days) > length(last.days) ? period.title : last.title
      )
    }
    periods = merged
    let set =
      HolidaySet.allCases.first { chosen["Name"] == "Planwerk \($0.rawValue)" }
      ?? Self.holidaySet(periods.map(\.days))
    calendar = WorkCalendar(holidays: set)
    let withHolidays = WorkCalendar(holidays: set)
    for period in periods {
      // A period that takes no working day the holidays leave (Christmas, a weekend) adds
      // nothing; the others are closing days, whole, as the file has them.
      let takes = stride(
        from: 0, to: period.days.lowerBound.days(until: period.days.upperBound), by: 1
      )
      .contains { withHolidays.isWorkingDay(period.days.lowerBound.adding(days: $0)) }
      if takes { calendar.closings.append(Closing(days: period.days, title: period.title)) }
    }
  }

  /// The Algemene termijnenwet's set when every Goede Vrijdag in the years of the days off is
  /// a day off of its own, else the municipal set. A Goede Vrijdag inside a longer closing
  /// tells nothing either way, so only the others count (Planwerk's own files name their set
  /// in the calendar's name, which is read first).
  ///
  /// - Complexity: O(periods × years).
  static func holidaySet(_ periods: [Range<Day>]) -> HolidaySet {
    guard let first = periods.map(\.lowerBound).min(),
      let last = periods.map(\.upperBound).max()
    else { return .gemeente }
    let fridays = (first.year...last.year).map { Holiday.easterSunday($0).adding(days: -2) }
      .filter { $0 >= first && $0 < last }
    let telling = fridays.filter { friday in
      !periods.contains { $0.contains(friday) && $0.lowerBound.days(until: $0.upperBound) > 1 }
    }
    let alone = { (friday: Day) in periods.contains { $0 == friday..<friday.adding(days: 1) } }
    return !telling.isEmpty && telling.allSatisfy(alone) ? .atw : .gemeente
  }

  /// The non-working periods of one calendar: `Exceptions` when it has them (they carry
  /// names), else the `WeekDay` entries of day type 0.
  private mutating func read(_ calendar: XMLElement) -> [(days: Range<Day>, title: String?)] {
    var periods: [(days: Range<Day>, title: String?)] = []
    let weekDays = calendar.child("WeekDays")?.all("WeekDay") ?? []
    for weekDay in weekDays {
      guard let type = weekDay["DayType"].flatMap({ Int($0) }), type != 0 else { continue }
      let working = weekDay["DayWorking"] == "1"
      if working != (2...6).contains(type) { otherWeekdays += 1 }
    }
    if let exceptions = calendar.child("Exceptions")?.all("Exception"), !exceptions.isEmpty {
      for exception in exceptions {
        if exception["DayWorking"] == "1" {
          workingExceptions += 1
          continue
        }
        // Type 1 is "every day of the period"; the others recur by a pattern.
        if let type = exception["Type"], type != "1" {
          recurringExceptions += 1
          continue
        }
        if let days = Self.period(exception.child("TimePeriod")) {
          periods.append((days, exception.line("Name")))
        }
      }
      return periods
    }
    for weekDay in weekDays where weekDay["DayType"] == "0" {
      if weekDay["DayWorking"] == "1" {
        workingExceptions += 1
        continue
      }
      if let days = Self.period(weekDay.child("TimePeriod")) { periods.append((days, nil)) }
    }
    return periods
  }

  /// `FromDate` to `ToDate` as days: the day `ToDate` falls in counts when any of it does.
  ///
  /// - Complexity: O(1).
  static func period(_ element: XMLElement?) -> Range<Day>? {
    guard let element, let from = element["FromDate"].flatMap(MSPDIMoment.init),
      let to = element["ToDate"].flatMap(MSPDIMoment.init)
    else { return nil }
    let end = to.minutes > 0 ? to.day.adding(days: 1) : to.day
    guard from.day < end, from.day.days(until: end) <= 366 * 10 else { return nil }
    return from.day..<end
  }
}
