/// When the municipality decides: the college meets weekly (on Tuesdays in most places) and
/// the raad on the dates of its own cycle (DOMAIN §d).
public struct Meetings: Hashable, Sendable {
  /// ISO weekday of the college's meeting: 2 is Tuesday.
  public var collegeDay = 2
  /// The raad's meeting days, when known.
  public var council: [Day] = []
  /// In a regional plan, the meeting day of another municipality's college, by the id of
  /// its decision (`college-baarn`), where it differs from `collegeDay`.
  public var colleges: [String: Int] = [:]

  public init(collegeDay: Int = 2, council: [Day] = []) {
    self.collegeDay = collegeDay
    self.council = council
  }

  public static let weekdays: [Language: [String]] = [
    .nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    .en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  ]

  /// The weekday on which the college that takes decision `id` meets.
  public func collegeDay(for id: String) -> Int { colleges[id] ?? collegeDay }

  /// The meetings of the college that meets on `weekday` just before and after a day.
  public func collegeMeetings(around day: Day, on weekday: Int) -> (Day, Day) {
    let back = (day.weekday - weekday + 7) % 7
    let before = day.adding(days: -(back == 0 ? 7 : back))
    return (before, before.adding(days: 7))
  }
}
