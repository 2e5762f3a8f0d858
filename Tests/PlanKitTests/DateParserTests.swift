import Testing

@testable import PlanKit

/// The date language: every valid phrase with the day it schedules from and how it is shown,
/// and every refusal with the word it points at.
struct DateParserTests {
  static let today = Day(year: 2022, month: 5, day: 1)!
  let parser = DateParser(today: DateParserTests.today)

  /// (phrase, ISO day, precision, Dutch display)
  static let valid: [(String, String, DatePrecision, String)] = [
    ("2022-05-01", "2022-05-01", .day, "1 mei 2022"),
    ("2024-02-29", "2024-02-29", .day, "29 feb. 2024"),
    ("1-5-2022", "2022-05-01", .day, "1 mei 2022"),
    ("01-05-2022", "2022-05-01", .day, "1 mei 2022"),
    ("18-05-2020", "2020-05-18", .day, "18 mei 2020"),
    ("1/5/2022", "2022-05-01", .day, "1 mei 2022"),
    ("1.5.2022", "2022-05-01", .day, "1 mei 2022"),
    ("31-12-2022", "2022-12-31", .day, "31 dec. 2022"),
    ("1 mei 2022", "2022-05-01", .day, "1 mei 2022"),
    ("1 Mei 2022", "2022-05-01", .day, "1 mei 2022"),
    ("1 MEI 2022", "2022-05-01", .day, "1 mei 2022"),
    ("1 sept. 2022", "2022-09-01", .day, "1 sept. 2022"),
    ("1 sept 2022", "2022-09-01", .day, "1 sept. 2022"),
    ("1 sep 2022", "2022-09-01", .day, "1 sept. 2022"),
    ("1 september 2022", "2022-09-01", .day, "1 sept. 2022"),
    ("1 okt. 2023", "2023-10-01", .day, "1 okt. 2023"),
    ("1 oktober 2023", "2023-10-01", .day, "1 okt. 2023"),
    ("1 october 2023", "2023-10-01", .day, "1 okt. 2023"),
    ("1 januari 2024", "2024-01-01", .day, "1 jan. 2024"),
    ("1 jan 2024", "2024-01-01", .day, "1 jan. 2024"),
    ("1 January 2024", "2024-01-01", .day, "1 jan. 2024"),
    ("15 feb 2021", "2021-02-15", .day, "15 feb. 2021"),
    ("15 febr. 2021", "2021-02-15", .day, "15 feb. 2021"),
    ("28 februari 2023", "2023-02-28", .day, "28 feb. 2023"),
    ("3 mrt 2021", "2021-03-03", .day, "3 mrt. 2021"),
    ("3 maart 2021", "2021-03-03", .day, "3 mrt. 2021"),
    ("3 March 2021", "2021-03-03", .day, "3 mrt. 2021"),
    ("27 apr 2025", "2025-04-27", .day, "27 apr. 2025"),
    ("5 juni 2023", "2023-06-05", .day, "5 jun. 2023"),
    ("5 jun 2023", "2023-06-05", .day, "5 jun. 2023"),
    ("1 juli 2023", "2023-07-01", .day, "1 jul. 2023"),
    ("1 jul. 2023", "2023-07-01", .day, "1 jul. 2023"),
    ("12 aug 2016", "2016-08-12", .day, "12 aug. 2016"),
    ("27 oktober 2016", "2016-10-27", .day, "27 okt. 2016"),
    ("30 nov 2020", "2020-11-30", .day, "30 nov. 2020"),
    ("24 december 2020", "2020-12-24", .day, "24 dec. 2020"),
    ("mei 2022", "2022-05-01", .month, "mei 2022"),
    ("Maart 2022", "2022-03-01", .month, "maart 2022"),
    ("mrt 2022", "2022-03-01", .month, "maart 2022"),
    ("mrt. 2022", "2022-03-01", .month, "maart 2022"),
    ("sept 2022", "2022-09-01", .month, "september 2022"),
    ("december 2022", "2022-12-01", .month, "december 2022"),
    ("May 2022", "2022-05-01", .month, "mei 2022"),
    ("Q1 2023", "2023-01-01", .quarter, "Q1 2023"),
    ("Q3 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("q4 2023", "2023-10-01", .quarter, "Q4 2023"),
    ("Q3-2023", "2023-07-01", .quarter, "Q3 2023"),
    ("3e kwartaal 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("1e kwartaal 2024", "2024-01-01", .quarter, "Q1 2024"),
    ("2de kwartaal 2023", "2023-04-01", .quarter, "Q2 2023"),
    ("derde kwartaal 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("vierde kwartaal 2022", "2022-10-01", .quarter, "Q4 2022"),
    ("kwartaal 3 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("third quarter 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("3rd quarter 2023", "2023-07-01", .quarter, "Q3 2023"),
    ("1e helft 2023", "2023-01-01", .half, "1e helft 2023"),
    ("2e helft 2023", "2023-07-01", .half, "2e helft 2023"),
    ("tweede halfjaar 2023", "2023-07-01", .half, "2e helft 2023"),
    ("H2 2023", "2023-07-01", .half, "2e helft 2023"),
    ("first half 2024", "2024-01-01", .half, "1e helft 2024"),
    ("najaar 2021", "2021-09-01", .season, "najaar 2021"),
    ("Najaar 2021", "2021-09-01", .season, "najaar 2021"),
    ("herfst 2021", "2021-09-01", .season, "najaar 2021"),
    ("voorjaar 2022", "2022-03-01", .season, "voorjaar 2022"),
    ("lente 2022", "2022-03-01", .season, "voorjaar 2022"),
    ("zomer 2020", "2020-06-01", .season, "zomer 2020"),
    ("winter 2023", "2023-12-01", .season, "winter 2023/2024"),
    ("autumn 2021", "2021-09-01", .season, "najaar 2021"),
    ("begin februari 2021", "2021-02-01", .earlyMonth, "begin februari 2021"),
    ("medio mei 2022", "2022-05-11", .midMonth, "medio mei 2022"),
    ("half mei 2022", "2022-05-11", .midMonth, "medio mei 2022"),
    ("eind februari 2021", "2021-02-21", .lateMonth, "eind februari 2021"),
    ("late February 2021", "2021-02-21", .lateMonth, "eind februari 2021"),
    ("begin 2022", "2022-01-01", .earlyYear, "begin 2022"),
    ("medio 2023", "2023-06-01", .midYear, "medio 2023"),
    ("mid 2023", "2023-06-01", .midYear, "medio 2023"),
    ("eind 2022", "2022-11-01", .lateYear, "eind 2022"),
    ("week 36 2023", "2023-09-04", .week, "week 36 2023"),
    ("wk 1 2021", "2021-01-04", .week, "week 1 2021"),
    ("week 53 2020", "2020-12-28", .week, "week 53 2020"),
    ("2023", "2023-01-01", .year, "2023"),
    ("vandaag", "2022-05-01", .day, "1 mei 2022"),
    ("today", "2022-05-01", .day, "1 mei 2022"),
    ("Vandaag", "2022-05-01", .day, "1 mei 2022"),
  ]

  @Test(arguments: valid)
  func readsValidPhrase(
    _ phrase: String, _ iso: String, _ precision: DatePrecision, _ shown: String
  )
    throws
  {
    let date = try parser.parse(phrase)
    #expect(date.day.iso == iso)
    #expect(date.precision == precision)
    #expect(date.text(.nl) == shown)
  }

  /// (phrase, the word the error points at, a part of the message)
  static let invalid: [(String, String, String)] = [
    ("31 februari 2022", "31 februari 2022", "28 dagen"),
    ("29 februari 2023", "29 februari 2023", "28 dagen"),
    ("31 april 2022", "31 april 2022", "30 dagen"),
    ("1 smarch 2022", "smarch", "geen maand"),
    ("1 mie 2022", "mie", "geen maand"),
    ("Q5 2023", "Q5", "kwartaal 5"),
    ("Q0 2023", "Q0", "kwartaal 0"),
    ("5e kwartaal 2023", "5e", "kwartaal 5"),
    ("13-13-2022", "13-13-2022", "maand 13"),
    ("12-31-2022", "12-31-2022", "maand 31"),
    ("32-1-2022", "32-1-2022", "31 dagen"),
    ("1-5-22", "1-5-22", "voluit"),
    ("1 mei 22", "22", "voluit"),
    ("1 mei", "mei", "jaartal"),
    ("mei", "mei", "jaartal"),
    ("Q3", "Q3", "jaartal"),
    ("najaar", "najaar", "jaartal"),
    ("1", "1", "maand"),
    ("gisteren", "gisteren", "geen datum"),
    ("1 mei 2022 extra", "extra", "hoort niet"),
    ("week 54 2023", "54", "geen week 54"),
    ("week 53 2023", "53", "geen week 53"),
    // Found by the fuzzer: a week number this large overflowed the day count.
    ("week 443370154665684697 2023", "443370154665684697", "geen week 443370154665684697"),
    ("week", "week", "weeknummer"),
    ("H3 2023", "H3", "helft 3"),
    ("3e 2023", "2023", "kwartaal"),
    ("begin", "begin", "een maand, een kwartaal of een jaartal"),
    ("eind foo", "foo", "'foo' is geen"),
    ("1-5", "1-5", "dag-maand-jaar"),
    ("1-a-2022", "1-a-2022", "dag-maand-jaar"),
    ("0-5-2022", "0-5-2022", "31 dagen"),
    ("1 mei 0999", "0999", "1000–9999"),
  ]

  @Test(arguments: invalid)
  func refusesInvalidPhrase(_ phrase: String, _ pointed: String, _ fragment: String) {
    let words = Word.split(phrase)
    do {
      let date = try parser.parse(words)
      Issue.record("'\(phrase)' was read as \(date.day.iso)")
    } catch {
      #expect(error.message.nl.contains(fragment), "\(error.message.nl)")
      let span = error.span ?? 0..<0
      let marked = String(Array(phrase)[span.clamped(to: 0..<phrase.count)])
      #expect(marked == pointed, "\(phrase): marked '\(marked)'")
      #expect(!error.message.en.isEmpty)
    }
  }

  @Test func refusesAnEmptyDateWithExamples() {
    #expect(throws: PlanError.self) { try parser.parse("") }
    do {
      _ = try parser.parse("   ")
    } catch {
      #expect(error.message.nl == "de datum ontbreekt")
      #expect(error.hint?.nl.contains("1 mei 2022") == true)
    }
  }

  @Test func refusesTodayWithoutAClock() {
    #expect(throws: PlanError.self) { try DateParser().parse("vandaag") }
  }

  @Test func neverReadsNumericDatesMonthFirst() throws {
    #expect(try parser.parse("2-3-2022").day.iso == "2022-03-02")
    #expect(try parser.parse("12-1-2022").day.iso == "2022-01-12")
  }

  @Test func suggestsTheDayFirstFormWhenMonthAndDayAreSwapped() {
    do {
      _ = try parser.parse("12-31-2022")
    } catch {
      #expect(error.hint?.nl == "bedoelt u 31-12-2022?")
    }
  }

  @Test func showsDatesInEnglish() throws {
    #expect(try parser.parse("1 sept. 2022").text(.en) == "1 Sep 2022")
    #expect(try parser.parse("najaar 2021").text(.en) == "autumn 2021")
    #expect(try parser.parse("medio 2023").text(.en) == "mid 2023")
    #expect(try parser.parse("2e helft 2023").text(.en) == "H2 2023")
    #expect(try parser.parse("begin februari 2021").text(.en) == "early February 2021")
  }

  @Test func countsAtLeastEightyPhrases() {
    #expect(Self.valid.count + Self.invalid.count >= 80)
  }
}
