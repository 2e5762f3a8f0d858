/// Which days are working days: Monday to Friday, except the holidays of the chosen set and
/// the plan's own closing days.
public struct WorkCalendar: Hashable, Sendable {
  public var holidays: HolidaySet
  public var closings: [Closing]

  public init(holidays: HolidaySet = .gemeente, closings: [Closing] = []) {
    self.holidays = holidays
    self.closings = closings
  }

  /// The holidays of the set that fall in a year, in date order.
  public func daysOff(in year: Int) -> [Holiday] {
    Holiday.all(in: year).filter(holidays.includes)
  }

  public func closing(on day: Day) -> Closing? {
    closings.first { $0.days.contains(day) }
  }

  /// Why a weekday is no working day: its holiday ("Tweede Kerstdag") or the closing's title
  /// ("vrij" without one); nil for a working day and for a weekend day.
  ///
  /// - Complexity: O(holidays of the year + closings).
  public func dayOff(_ day: Day) -> Phrase? {
    guard day.weekday <= 5 else { return nil }
    if let holiday = daysOff(in: day.year).first(where: { $0.day == day }) {
      return holiday.name.text
    }
    guard let closing = closing(on: day) else { return nil }
    return closing.title.map { Phrase($0) } ?? Phrase(nl: "vrij", en: "a day off")
  }

  /// Slow but exact; the scheduler uses a `WorkdayTable` built from this calendar.
  public func isWorkingDay(_ day: Day) -> Bool {
    guard day.weekday <= 5 else { return false }
    if daysOff(in: day.year).contains(where: { $0.day == day }) { return false }
    return closing(on: day) == nil
  }
}
