import Testing

@testable import PlanKit

struct HolidayTests {
  /// DOMAIN.md §c1, computed dates: year, Pasen, Goede Vrijdag, 2e Paasdag, Koningsdag,
  /// Hemelvaart, 2e Pinksterdag.
  static let table: [(Int, String, String, String, String, String, String)] = [
    (2021, "04-04", "04-02", "04-05", "04-27", "05-13", "05-24"),
    (2022, "04-17", "04-15", "04-18", "04-27", "05-26", "06-06"),
    (2023, "04-09", "04-07", "04-10", "04-27", "05-18", "05-29"),
    (2024, "03-31", "03-29", "04-01", "04-27", "05-09", "05-20"),
    (2025, "04-20", "04-18", "04-21", "04-26", "05-29", "06-09"),
    (2026, "04-05", "04-03", "04-06", "04-27", "05-14", "05-25"),
    (2027, "03-28", "03-26", "03-29", "04-27", "05-06", "05-17"),
  ]

  @Test(arguments: table)
  func computesTheDomainCheckValues(
    _ row: (Int, String, String, String, String, String, String)
  ) {
    let (year, easter, goodFriday, easterMonday, kingsDay, ascension, whitMonday) = row
    let days = Dictionary(
      Holiday.all(in: year).map { ($0.name, String($0.day.iso.dropFirst(5))) },
      uniquingKeysWith: { a, _ in a })
    #expect(days[.eerstePaasdag] == easter)
    #expect(days[.goedeVrijdag] == goodFriday)
    #expect(days[.tweedePaasdag] == easterMonday)
    #expect(days[.koningsdag] == kingsDay)
    #expect(days[.hemelvaartsdag] == ascension)
    #expect(days[.tweedePinksterdag] == whitMonday)
    #expect(days[.nieuwjaarsdag] == "01-01")
    #expect(days[.bevrijdingsdag] == "05-05")
    #expect(days[.eersteKerstdag] == "12-25" && days[.tweedeKerstdag] == "12-26")
    #expect(Holiday.all(in: year).map(\.day) == Holiday.all(in: year).map(\.day).sorted())
  }

  @Test func movesKingsDayToSaturdayWhenTheTwentySeventhIsASunday() {
    let kingsDay = { (year: Int) in Holiday.all(in: year).first { $0.name == .koningsdag }!.day }
    #expect(kingsDay(2014).iso == "2014-04-26")
    #expect(kingsDay(2025).iso == "2025-04-26")
    #expect(kingsDay(2031).iso == "2031-04-26")
    #expect(kingsDay(2013).iso == "2013-04-30")
  }

  @Test func countsEightPaidDaysForMunicipalStaffAndAddsGoodFridayForTheAtw() {
    let gemeente = WorkCalendar(holidays: .gemeente).daysOff(in: 2025).map(\.name)
    #expect(
      gemeente == [
        .nieuwjaarsdag, .tweedePaasdag, .koningsdag, .bevrijdingsdag, .hemelvaartsdag,
        .tweedePinksterdag, .eersteKerstdag, .tweedeKerstdag,
      ])
    let atw = WorkCalendar(holidays: .atw).daysOff(in: 2023).map(\.name)
    // 2023 also has two days made equal by decree: 28 April and 19 May.
    #expect(atw.contains(.goedeVrijdag) && atw.contains(.bevrijdingsdag) && atw.count == 11)
    #expect(atw.filter { $0 == .gelijkgesteld }.count == 2)
  }

  @Test func givesBevrijdingsdagToMunicipalStaffEveryYearFrom2024AndInLustrumYearsBefore() {
    let has = { (year: Int) in
      WorkCalendar().daysOff(in: year).contains { $0.name == .bevrijdingsdag }
    }
    #expect(has(2020) && !has(2021) && !has(2023) && has(2024) && has(2026))
  }

  @Test func computesEasterAcrossCenturies() {
    #expect(Holiday.easterSunday(1900).iso == "1900-04-15")
    #expect(Holiday.easterSunday(2000).iso == "2000-04-23")
    #expect(Holiday.easterSunday(2038).iso == "2038-04-25")
    #expect(Holiday.easterSunday(2285).iso == "2285-03-22")
  }
}
