/// A public holiday on a given day.
public struct Holiday: Hashable, Sendable {
  public enum Name: String, Sendable, CaseIterable {
    case nieuwjaarsdag, goedeVrijdag, eerstePaasdag, tweedePaasdag, koningsdag
    case bevrijdingsdag, hemelvaartsdag, eerstePinksterdag, tweedePinksterdag
    case eersteKerstdag, tweedeKerstdag
    /// Made equal to a holiday by royal decree, for the Atw only (`DecreeDays`).
    case gelijkgesteld

    public var text: Phrase {
      switch self {
      case .nieuwjaarsdag: return Phrase(nl: "Nieuwjaarsdag", en: "New Year's Day")
      case .goedeVrijdag: return Phrase(nl: "Goede Vrijdag", en: "Good Friday")
      case .eerstePaasdag: return Phrase(nl: "Eerste Paasdag", en: "Easter Sunday")
      case .tweedePaasdag: return Phrase(nl: "Tweede Paasdag", en: "Easter Monday")
      case .koningsdag: return Phrase(nl: "Koningsdag", en: "King's Day")
      case .bevrijdingsdag: return Phrase(nl: "Bevrijdingsdag", en: "Liberation Day")
      case .hemelvaartsdag: return Phrase(nl: "Hemelvaartsdag", en: "Ascension Day")
      case .eerstePinksterdag: return Phrase(nl: "Eerste Pinksterdag", en: "Whit Sunday")
      case .tweedePinksterdag: return Phrase(nl: "Tweede Pinksterdag", en: "Whit Monday")
      case .eersteKerstdag: return Phrase(nl: "Eerste Kerstdag", en: "Christmas Day")
      case .tweedeKerstdag: return Phrase(nl: "Tweede Kerstdag", en: "Boxing Day")
      case .gelijkgesteld:
        return Phrase(nl: "Gelijkgestelde dag (Atw)", en: "Day made equal (Atw)")
      }
    }
  }

  public var day: Day
  public var name: Name

  /// Every Dutch public holiday of a year, in date order, computed rather than listed: Easter
  /// by the Gregorian (anonymous) algorithm and the days derived from it, Koningsdag on 27
  /// April (26 when the 27th is a Sunday; 30 April, or 29 when a Sunday, before 2014).
  public static func all(in year: Int) -> [Holiday] {
    var all: [Holiday] = []
    all.reserveCapacity(Name.allCases.count)
    each(in: year) { all.append($0) }
    return all.sorted { $0.day < $1.day }
  }

  /// The holidays of `all(in:)`, not in date order and without an array: the working-day
  /// table visits every year a plan spans, and a mistyped year makes that thousands.
  static func each(in year: Int, _ body: (Holiday) -> Void) {
    guard Day.supportedYears.contains(year) else { return }
    let sunday = easterSunday(year)
    func on(_ month: Int, _ day: Int, _ name: Name) {
      body(Holiday(day: Day(year: year, month: month, day: day)!, name: name))
    }
    func easter(_ offset: Int, _ name: Name) {
      body(Holiday(day: sunday.adding(days: offset), name: name))
    }
    on(1, 1, .nieuwjaarsdag)
    easter(-2, .goedeVrijdag)
    easter(0, .eerstePaasdag)
    easter(1, .tweedePaasdag)
    body(Holiday(day: kingsDay(year), name: .koningsdag))
    on(5, 5, .bevrijdingsdag)
    easter(39, .hemelvaartsdag)
    easter(49, .eerstePinksterdag)
    easter(50, .tweedePinksterdag)
    on(12, 25, .eersteKerstdag)
    on(12, 26, .tweedeKerstdag)
    for day in DecreeDays.days(in: year) { body(Holiday(day: day, name: .gelijkgesteld)) }
  }

  /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  public static func easterSunday(_ year: Int) -> Day {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day)!
  }

  static func kingsDay(_ year: Int) -> Day {
    let date = year >= 2014 ? 27 : 30
    let day = Day(year: year, month: 4, day: date)!
    return day.weekday == 7 ? day.adding(days: -1) : day
  }
}
