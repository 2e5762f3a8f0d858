import Testing

@testable import PlanKit

/// The dates council documents write beyond the basic forms: a weekday before a day, parts of
/// quarters, the winter over two years, week numbers, English month-first days and "end
/// of", and the plain refusals of two-digit years and of periods where one date fits.
struct DateParserCouncilTests {
  let parser = DateParser(today: Day(year: 2022, month: 5, day: 1)!)

  /// (phrase, ISO day, precision, Dutch display, English display)
  static let valid: [(String, String, DatePrecision, String, String)] = [
    ("dinsdag 5 juli 2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("di. 5 jul. 2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("di 5 juli 2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("Dinsdag 5-7-2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("Tuesday, July 5, 2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("Tue 5 Jul 2016", "2016-07-05", .day, "5 jul. 2016", "5 Jul 2016"),
    ("vr 1 jan. 2021", "2021-01-01", .day, "1 jan. 2021", "1 Jan 2021"),
    ("eind Q2 2023", "2023-06-01", .lateQuarter, "eind Q2 2023", "late Q2 2023"),
    ("begin Q3 2023", "2023-07-01", .earlyQuarter, "begin Q3 2023", "early Q3 2023"),
    ("medio Q3 2023", "2023-08-01", .midQuarter, "medio Q3 2023", "mid Q3 2023"),
    ("eind Q4-2023", "2023-12-01", .lateQuarter, "eind Q4 2023", "late Q4 2023"),
    ("eind 2e kwartaal 2023", "2023-06-01", .lateQuarter, "eind Q2 2023", "late Q2 2023"),
    ("end of Q2 2023", "2023-06-01", .lateQuarter, "eind Q2 2023", "late Q2 2023"),
    ("winter 2023/2024", "2023-12-01", .season, "winter 2023/2024", "winter 2023/2024"),
    ("winter 2023-2024", "2023-12-01", .season, "winter 2023/2024", "winter 2023/2024"),
    ("winter 2023/24", "2023-12-01", .season, "winter 2023/2024", "winter 2023/2024"),
    ("wk36 2023", "2023-09-04", .week, "week 36 2023", "week 36 2023"),
    ("week 36 2023", "2023-09-04", .week, "week 36 2023", "week 36 2023"),
    ("week36 2023", "2023-09-04", .week, "week 36 2023", "week 36 2023"),
    ("wk36-2023", "2023-09-04", .week, "week 36 2023", "week 36 2023"),
    ("2023-W36", "2023-09-04", .week, "week 36 2023", "week 36 2023"),
    ("2020-W53", "2020-12-28", .week, "week 53 2020", "week 53 2020"),
    ("2023-W36-2", "2023-09-05", .day, "5 sept. 2023", "5 Sep 2023"),
    ("September 1, 2022", "2022-09-01", .day, "1 sept. 2022", "1 Sep 2022"),
    ("Sept. 1 2022", "2022-09-01", .day, "1 sept. 2022", "1 Sep 2022"),
    ("May 5th, 2022", "2022-05-05", .day, "5 mei 2022", "5 May 2022"),
    ("1st of September 2022", "2022-09-01", .day, "1 sept. 2022", "1 Sep 2022"),
    ("end of February 2021", "2021-02-21", .lateMonth, "eind februari 2021", "late February 2021"),
    ("beginning of March 2021", "2021-03-01", .earlyMonth, "begin maart 2021", "early March 2021"),
    ("end of 2023", "2023-11-01", .lateYear, "eind 2023", "late 2023"),
    ("mid-2023", "2023-06-01", .midYear, "medio 2023", "mid 2023"),
    ("mid-February 2021", "2021-02-11", .midMonth, "medio februari 2021", "mid February 2021"),
    ("mid-Q3 2023", "2023-08-01", .midQuarter, "medio Q3 2023", "mid Q3 2023"),
  ]

  @Test(arguments: valid)
  func readsWhatCouncilDocumentsWrite(
    _ phrase: String, _ iso: String, _ precision: DatePrecision, _ nl: String, _ en: String
  ) throws {
    let date = try parser.parse(phrase)
    #expect(date.day.iso == iso)
    #expect(date.precision == precision)
    #expect(date.text(.nl) == nl)
    #expect(date.text(.en) == en)
  }

  /// (phrase, the words the error points at, a part of the Dutch message, of the English)
  static let invalid: [(String, String, String, String)] = [
    (
      "woensdag 5 juli 2016", "woensdag", "is een dinsdag, geen woensdag",
      "is a Tuesday, not a Wednesday"
    ),
    ("wo 5 juli 2016", "wo", "5 jul. 2016 is een dinsdag", "5 Jul 2016 is a Tuesday"),
    ("Monday, July 5, 2016", "Monday,", "geen maandag", "not a Monday"),
    ("dinsdag", "dinsdag", "alleen is geen datum", "alone is not a date"),
    ("dinsdag juli 2016", "dinsdag", "hoort bij één dag", "goes with a single day"),
    ("di di 5 juli 2016", "di", "geen datum", "not a date"),
    ("di 5 juli", "juli", "jaartal", "year"),
    ("eind Q5 2023", "Q5", "kwartaal 5", "quarter 5"),
    ("eind week 3 2023", "week 3 2023", "niet bij 'week 3 2023'", "not with 'week 3 2023'"),
    ("winter 2023/2025", "2023/2025", "geen opeenvolgende jaren", "not consecutive years"),
    ("zomer 2023/2024", "2023/2024", "alleen de winter", "only the winter"),
    ("winter 23/24", "23/24", "voluit: 2023", "in full: 2023"),
    ("wk54 2023", "wk54", "geen week 54", "no week 54"),
    ("2023-W54", "2023-W54", "geen week 54", "no week 54"),
    ("2023-W36-8", "2023-W36-8", "dag 8", "day 8"),
    ("2023-Wx", "2023-Wx", "geen ISO-week", "not an ISO week"),
    ("September 31, 2022", "September 31, 2022", "30 dagen", "30 days"),
    ("September 1", "1", "jaartal", "year"),
    ("1 mei 22", "22", "schrijf het jaar voluit: 2022", "write the year in full: 2022"),
    ("mei 22", "22", "schrijf het jaar voluit: 2022", "write the year in full: 2022"),
    ("1-5-22", "1-5-22", "schrijf het jaar voluit: 1-5-2022", "in full: 1-5-2022"),
    ("Q3 23", "23", "schrijf het jaar voluit: 2023", "in full: 2023"),
    ("Q3-23", "Q3-23", "schrijf het jaar voluit: 2023", "in full: 2023"),
    ("eind 23", "23", "schrijf het jaar voluit: 2023", "in full: 2023"),
    ("wk36 23", "23", "schrijf het jaar voluit: 2023", "in full: 2023"),
    ("di 5 juli 16", "16", "schrijf het jaar voluit: 2016", "in full: 2016"),
    ("1 en 2 mei 2022", "en", "hoort niet in een datum", "does not belong in a date"),
    ("1 tot 5 mei 2022", "tot", "hoort niet in een datum", "does not belong in a date"),
    ("1 mei 2022 tot en met 5 mei 2022", "tot en met 5 mei 2022", "geen periode", "not a period"),
    ("1 mei 2022 t/m 5 mei 2022", "t/m 5 mei 2022", "geen periode", "not a period"),
  ]

  @Test(arguments: invalid)
  func refusesNamingTheWord(_ phrase: String, _ pointed: String, _ nl: String, _ en: String) {
    do {
      let date = try parser.parse(phrase)
      Issue.record("'\(phrase)' was read as \(date.day.iso)")
    } catch {
      #expect(error.message.nl.contains(nl), "\(error.message.nl)")
      #expect(error.message.en.contains(en), "\(error.message.en)")
      let span = error.span ?? 0..<0
      let marked = String(Array(phrase)[span.clamped(to: 0..<phrase.count)])
      #expect(marked == pointed, "\(phrase): marked '\(marked)'")
    }
  }

  @Test func namesTheRealWeekdayAndHowToWriteIt() {
    do {
      _ = try parser.parse("woensdag 5 juli 2016")
      Issue.record("a contradicting weekday was accepted")
    } catch {
      #expect(error.hint?.nl == "schrijf dinsdag 5 jul. 2016, of kijk de datum na")
      #expect(error.hint?.en == "write Tuesday 5 Jul 2016, or check the date")
    }
  }

  @Test func suggestsNoMonthForAWeekdayOrAShortWord() {
    for phrase in ["5 di 2016", "5 en 2016", "5 x 2016"] {
      do {
        _ = try parser.parse(phrase)
      } catch {
        #expect(!error.message.nl.contains("bedoelt u"), "\(phrase): \(error.message.nl)")
        #expect(!error.message.en.contains("did you mean"), "\(phrase): \(error.message.en)")
      }
    }
  }

  @Test func showsTheFullYearInTheHintForATwoDigitYear() {
    do {
      _ = try parser.parse("1 mei 22")
    } catch {
      #expect(error.hint?.nl == "bijvoorbeeld '1 mei 2022'")
      #expect(error.hint?.en == "for example '1 mei 2022'")
    }
  }
}
