/// When the municipality decides: the college meets weekly (on Tuesdays in most places) and
/// the raad on the dates of its own cycle (DOMAIN §d).
public struct Meetings: Hashable, Sendable {
  /// ISO weekday of the college's meeting: 2 is Tuesday.
  public var collegeDay = 2
  /// The raad's meeting days, when known.
  public var council: [Day] = []

  public init(collegeDay: Int = 2, council: [Day] = []) {
    self.collegeDay = collegeDay
    self.council = council
  }

  public static let weekdays: [Language: [String]] = [
    .nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    .en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  ]

  /// The college meetings just before and after a day.
  public func collegeMeetings(around day: Day) -> (Day, Day) {
    let back = (day.weekday - collegeDay + 7) % 7
    let before = day.adding(days: -(back == 0 ? 7 : back))
    return (before, before.adding(days: 7))
  }
}
