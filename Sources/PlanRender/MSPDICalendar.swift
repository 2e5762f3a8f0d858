import PlanKit

/// The plan's working calendar as MSPDI's base calendar: Monday to Friday 08:00–12:00 and
/// 13:00–17:00, and every weekday the plan does not work (its holidays in the plan's years,
/// its closing days) as an exception. Exceptions are written the way every MSPDI reader
/// knows (a `WeekDay` of day type 0 with its period; MPXJ, ProjectLibre, GanttProject and MS
/// Project read it), not only as MS Project 2007's `Exceptions`.
enum MSPDICalendar {
  /// - Complexity: O(holidays in `years` + closings).
  static func write(_ calendar: WorkCalendar, years: ClosedRange<Int>, to out: inout MSPDIWriter) {
    out.open("Calendars")
    out.open("Calendar")
    out.element("UID", "1")
    out.element("Name", "Planwerk \(calendar.holidays.rawValue)")
    out.element("IsBaseCalendar", "1")
    out.element("BaseCalendarUID", "-1")
    out.open("WeekDays")
    // DayType 1 is Sunday, 7 Saturday.
    for dayType in 1...7 {
      out.open("WeekDay")
      out.element("DayType", String(dayType))
      let working = (2...6).contains(dayType)
      out.element("DayWorking", working ? "1" : "0")
      if working {
        out.open("WorkingTimes")
        for (from, to) in [("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")] {
          out.open("WorkingTime")
          out.element("FromTime", from)
          out.element("ToTime", to)
          out.close("WorkingTime")
        }
        out.close("WorkingTimes")
      }
      out.close("WeekDay")
    }
    let periods = daysOff(calendar, years: years)
    for (days, _) in periods {
      out.open("WeekDay")
      out.element("DayType", "0")
      out.element("DayWorking", "0")
      period(days, to: &out)
      out.close("WeekDay")
    }
    out.close("WeekDays")
    // MS Project 2007's form as well, which names each exception ("Koningsdag").
    if !periods.isEmpty {
      out.open("Exceptions")
      for (days, name) in periods {
        out.open("Exception")
        out.element("EnteredByOccurrences", "0")
        period(days, to: &out)
        out.element("Occurrences", "1")
        if let name { out.element("Name", name.xmlText) }
        out.element("Type", "1")
        out.element("DayWorking", "0")
        out.close("Exception")
      }
      out.close("Exceptions")
    }
    out.close("Calendar")
    out.close("Calendars")
  }

  /// The days as MSPDI's `TimePeriod`: from the first day's start to the last day's end.
  ///
  /// - Complexity: O(1).
  static func period(_ days: Range<Day>, to out: inout MSPDIWriter) {
    out.open("TimePeriod")
    out.element("FromDate", "\(days.lowerBound.iso)T00:00:00")
    out.element("ToDate", "\(days.upperBound.adding(days: -1).iso)T23:59:00")
    out.close("TimePeriod")
  }

  /// The holidays of the set that fall on weekdays in `years`, one day each, and the closing
  /// days, one period each, in date order. Overlapping periods are merged (MS Project refuses
  /// overlapping exceptions): a holiday inside a closing is part of it.
  ///
  /// - Complexity: O(p log p) for p holidays in `years` and closings.
  static func daysOff(_ calendar: WorkCalendar, years: ClosedRange<Int>) -> [(
    Range<Day>, String?
  )] {
    var periods: [(days: Range<Day>, name: String?)] = []
    for year in years {
      for holiday in calendar.daysOff(in: year) where holiday.day.weekday <= 5 {
        periods.append((holiday.day..<holiday.day.adding(days: 1), holiday.name.text.nl))
      }
    }
    // A closing without a title has no name: one made up here would read back as its title.
    periods += calendar.closings.filter { !$0.days.isEmpty }.map { ($0.days, $0.title) }
    periods.sort {
      ($0.days.lowerBound, $0.days.upperBound) < ($1.days.lowerBound, $1.days.upperBound)
    }
    var merged: [(Range<Day>, String?)] = []
    for period in periods {
      if let (days, name) = merged.last, period.days.lowerBound < days.upperBound {
        // The longer period names both: a closing over a holiday keeps the closing's name.
        let length = { (r: Range<Day>) in r.lowerBound.days(until: r.upperBound) }
        let longer = length(period.days) > length(days) ? period.name : name
        merged[merged.count - 1] = (
          days.lowerBound..<max(days.upperBound, period.days.upperBound), longer
        )
      } else {
        merged.append((period.days, period.name))
      }
    }
    return merged
  }
}
