/// The days a royal decree makes equal to holidays for the Algemene termijnenwet (art. 3 lid
/// 3): bridge days, set every three years. They count for statutory periods (the `atw`
/// calendar), not as days off for municipal staff. The published decrees are listed with their
/// titles; other years follow the decrees' fixed pattern and are marked as projected
/// (DOMAIN.md §c1).
public enum DecreeDays {
  /// A decree and the days it names.
  struct Decree: Sendable {
    let years: ClosedRange<Int>
    let days: [(month: Int, day: Int, year: Int)]
    let source: String
  }

  static let decrees = [
    Decree(
      years: 2017...2019,
      days: [
        (4, 28, 2017), (5, 26, 2017), (5, 11, 2018), (12, 24, 2018), (12, 31, 2018),
        (5, 31, 2019), (12, 27, 2019),
      ],
      source: "Besluit van 31 oktober 2016, Stcrt. 2016, 58653"),
    Decree(
      years: 2023...2025,
      days: [(4, 28, 2023), (5, 19, 2023), (5, 10, 2024), (12, 27, 2024), (5, 30, 2025)],
      source:
        "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag"
    ),
    Decree(
      years: 2026...2028,
      days: [(1, 2, 2026), (5, 15, 2026), (5, 7, 2027), (4, 28, 2028), (5, 26, 2028)],
      source:
        "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag"
    ),
  ]

  /// Where a year's decree days come from: the decree that covers it, or nil when none is
  /// known and the days are projected by the pattern.
  public static func source(of year: Int) -> String? {
    decrees.first { $0.years.contains(year) }?.source
  }

  /// The decree days of a year, in date order.
  ///
  /// - Complexity: O(1): a handful of days.
  public static func days(in year: Int) -> [Day] {
    if let decree = decrees.first(where: { $0.years.contains(year) }) {
      return decree.days.filter { $0.year == year }.compactMap {
        Day(year: year, month: $0.month, day: $0.day)
      }
    }
    return projected(year)
  }

  /// The pattern of the decrees: the Friday after Hemelvaartsdag always; the Friday after
  /// Nieuwjaarsdag, Koningsdag and Tweede Kerstdag when it is a Thursday; the Monday before
  /// Nieuwjaarsdag and Eerste Kerstdag when it is a Tuesday; Wednesday 6 May when
  /// Hemelvaartsdag is 7 May. It gives every published decree of 2017–2028 exactly; those
  /// decrees bridge neither Bevrijdingsdag (6 May 2022, 4 May 2026) nor the Monday before
  /// Koningsdag (26 April 2027), which descriptions of the pattern sometimes include.
  static func projected(_ year: Int) -> [Day] {
    guard Day.supportedYears.contains(year) else { return [] }
    let ascension = Holiday.easterSunday(year).adding(days: 39)
    var days = [ascension.adding(days: 1)]
    let (_, month, day) = ascension.civil
    if month == 5 && day == 7 { days.append(ascension.adding(days: -1)) }
    let newYear = Day(year: year, month: 1, day: 1)!
    let christmas = Day(year: year, month: 12, day: 25)!
    for holiday in [newYear, Holiday.kingsDay(year), christmas.adding(days: 1)]
    where holiday.weekday == 4 {
      days.append(holiday.adding(days: 1))
    }
    // The Monday before a Tuesday: Nieuwjaarsdag of the next year gives 31 December.
    let nextNewYear = Day(year: year + 1, month: 1, day: 1)
    for holiday in [newYear, christmas] + (nextNewYear.map { [$0] } ?? [])
    where holiday.weekday == 2 {
      let monday = holiday.adding(days: -1)
      if monday.year == year { days.append(monday) }
    }
    return days.sorted()
  }
}
