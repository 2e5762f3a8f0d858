/// A calendar day: a count of days since 1970-01-01 in the proleptic Gregorian calendar.
///
/// The model never uses `Date`: a day has no time zone and no daylight-saving time, and
/// arithmetic on it is integer arithmetic.
public struct Day: Hashable, Comparable, Sendable {
  public var raw: Int32

  public init(raw: Int32) {
    self.raw = raw
  }

  /// The day for a year, month and day of month, or nil when no such day exists.
  public init?(year: Int, month: Int, day: Int) {
    guard Day.supportedYears.contains(year), (1...12).contains(month),
      (1...Day.daysIn(year: year, month: month)).contains(day)
    else { return nil }
    self.raw = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// Years a plan may use; outside them a date is a typing error, not a plan.
  public static let supportedYears = 1000...9999
  /// The days of `supportedYears`: asking a day whether it is one of them needs no year.
  public static let supportedDays =
    Day(year: supportedYears.lowerBound, month: 1, day: 1)!...Day(
      year: supportedYears.upperBound, month: 12, day: 31)!

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.raw < rhs.raw }

  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var dayOfMonth: Int { civil.day }

  public var civil: (year: Int, month: Int, day: Int) {
    Day.civilFromDays(Int(raw))
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (ISO 4).
    let r = (Int(raw) % 7 + 7 + 3) % 7
    return r + 1
  }

  public func adding(days: Int) -> Day {
    Day(raw: raw + Int32(days))
  }

  /// Adds calendar months, clamping to the end of a shorter month (31 jan + 1 = 29 feb 2024).
  public func adding(months: Int) -> Day {
    let (y, m, d) = civil
    let total = y * 12 + (m - 1) + months
    let ny = total >= 0 ? total / 12 : (total - 11) / 12
    let nm = total - ny * 12 + 1
    let nd = min(d, Day.daysIn(year: ny, month: nm))
    return Day(raw: Int32(Day.daysFromCivil(year: ny, month: nm, day: nd)))
  }

  public func days(until other: Day) -> Int {
    Int(other.raw) - Int(raw)
  }

  /// The first day of this day's month.
  public var startOfMonth: Day {
    let (y, m, _) = civil
    return Day(raw: Int32(Day.daysFromCivil(year: y, month: m, day: 1)))
  }

  /// `YYYY-MM-DD`.
  ///
  /// Written as ten bytes, a string small enough to need no memory of its own: a journal step
  /// of a whole-plan shift holds four per item.
  ///
  /// - Complexity: O(1).
  public var iso: String {
    let (y, m, d) = civil
    guard Day.supportedYears.contains(y) else {
      return "\(y)-\(Day.twoDigits(m))-\(Day.twoDigits(d))"
    }
    return String(unsafeUninitializedCapacity: 10) { bytes in
      writeISO(into: bytes, at: 0)
      return 10
    }
  }

  /// Writes `iso`'s ten bytes at `start`, for a day of `supportedYears`.
  ///
  /// - Complexity: O(1).
  func writeISO(into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    assert(Day.supportedDays.contains(self), "\(raw) is outside the supported years")
    let (y, m, d) = civil
    func put(_ number: Int, _ width: Int, at end: Int) {
      var rest = number
      for i in stride(from: end - 1, through: end - width, by: -1) {
        bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
    }
    put(y, 4, at: start + 4)
    bytes[start + 4] = UInt8(ascii: "-")
    put(m, 2, at: start + 7)
    bytes[start + 7] = UInt8(ascii: "-")
    put(d, 2, at: start + 10)
  }

  /// Reads `YYYY-MM-DD` strictly, as files store it.
  public init?(iso text: String) {
    var text = text
    guard let day = text.withUTF8(Day.init(isoUTF8:)) else { return nil }
    self = day
  }

  /// `YYYY-MM-DD` from its bytes: a session file holds hundreds of thousands of dates.
  public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for i in range {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else { return nil }
        n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Monday of ISO week `week` of `year`, or nil when the year has no such week.
  public static func mondayOf(isoWeek week: Int, year: Int) -> Day? {
    // No year has more than 53 weeks; a larger number would overflow the day count.
    guard (1...53).contains(week), let jan4 = Day(year: year, month: 1, day: 4) else {
      return nil
    }
    let monday = jan4.adding(days: -(jan4.weekday - 1) + 7 * (week - 1))
    // A week belongs to the year that holds its Thursday.
    return monday.adding(days: 3).year == year ? monday : nil
  }

  /// The ISO week number and week-year of this day.
  public var isoWeek: (week: Int, year: Int) {
    let thursday = adding(days: 4 - weekday)
    let y = thursday.year
    let jan1 = Day(raw: Int32(Day.daysFromCivil(year: y, month: 1, day: 1)))
    return (jan1.days(until: thursday) / 7 + 1, y)
  }

  private static func twoDigits(_ n: Int) -> String {
    n < 10 ? "0\(n)" : "\(n)"
  }

  // Howard Hinnant's civil-date algorithms: exact for every proleptic Gregorian day.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
