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
    for days in daysOff(calendar, years: years) {
      out.open("WeekDay")
      out.element("DayType", "0")
      out.element("DayWorking", "0")
      out.open("TimePeriod")
      out.element("FromDate", "\(days.lowerBound.iso)T00:00:00")
      out.element("ToDate", "\(days.upperBound.adding(days: -1).iso)T23:59:00")
      out.close("TimePeriod")
      out.close("WeekDay")
    }
    out.close("WeekDays")
    out.close("Calendar")
    out.close("Calendars")
  }

  /// The holidays of the set that fall on weekdays in `years`, one day each, and the closing
  /// days, one period each, in date order. Overlapping periods are merged (MS Project refuses
  /// overlapping exceptions): a holiday inside a closing is part of it.
  ///
  /// - Complexity: O(p log p) for p holidays in `years` and closings.
  static func daysOff(_ calendar: WorkCalendar, years: ClosedRange<Int>) -> [Range<Day>] {
    var periods: [Range<Day>] = []
    for year in years {
      for holiday in calendar.daysOff(in: year) where holiday.day.weekday <= 5 {
        periods.append(holiday.day..<holiday.day.adding(days: 1))
      }
    }
    periods += calendar.closings.map(\.days).filter { !$0.isEmpty }
    periods.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    var merged: [Range<Day>] = []
    for period in periods {
      if let last = merged.last, period.lowerBound < last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, period.upperBound)
      } else {
        merged.append(period)
      }
    }
    return merged
  }
}
