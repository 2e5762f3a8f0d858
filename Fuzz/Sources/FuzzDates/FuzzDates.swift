import FuzzDriver
import PlanKit

/// The date and duration language: any text is read or refused, never crashes, and a date
/// that is read reads back the same from the way Planwerk writes it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = text(data, size, limit: 256)
  let parser = DateParser(today: Day(year: 2024, month: 2, day: 29)!)
  if let date = try? parser.parse(text) {
    for language in Language.allCases {
      guard let again = try? parser.parse(date.text(language)), again == date else {
        fatalError(
          "'\(text)' reads as \(date.day.iso) (\(date.precision)), but '\(date.text(language))' does not read back"
        )
      }
    }
  }
  if let duration = try? DurationParser.parse(text) {
    _ = duration.added(
      to: Day(year: 2024, month: 1, day: 31)!, in: WorkdayTable(WorkCalendar(), years: 2020...2030))
  }
  return 0
}
