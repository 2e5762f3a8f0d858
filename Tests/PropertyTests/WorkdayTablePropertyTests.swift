import PlanKit
import PropertyBased
import Testing

/// The working-day table against the calendar asked day by day, on random calendars: both
/// holiday sets, closings that overlap, touch, cover only a weekend or run past the table's
/// years, and days inside, at the edges of and outside the years the table covers.
struct WorkdayTablePropertyTests {
  static let cases = Gen.int(in: 0...Int(Int32.max)).array(of: 12...12)

  @Test func agreesWithTheCalendarDayByDay() async {
    await propertyCheck(count: 200, input: Self.cases) { numbers in
      var numbers = numbers.makeIterator()
      func next(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + numbers.next()! % (range.count)
      }
      let origin = Day(year: 2022, month: 1, day: 1)!
      var closings: [Closing] = []
      for _ in 0..<next(0...3) {
        let start = origin.adding(days: next(-400...1500))
        closings.append(Closing(days: start..<start.adding(days: next(1...40))))
      }
      let calendar = WorkCalendar(
        holidays: next(0...1) == 0 ? .gemeente : .atw, closings: closings)
      let table = WorkdayTable(calendar, years: 2022...2025)
      let day = origin.adding(days: next(-60...1520))
      let n = next(-300...300)

      #expect(table.isWorkingDay(day) == calendar.isWorkingDay(day), "\(day.iso)")
      var open = day
      while !calendar.isWorkingDay(open) { open = open.adding(days: 1) }
      #expect(table.nextWorkingDay(onOrAfter: day) == open, "from \(day.iso)")
      let moved = table.advance(day, by: n)
      let expected = n >= 0 ? Self.count(calendar, day, moved) : -Self.count(calendar, moved, day)
      #expect(expected == n, "\(day.iso) + \(n) working days gave \(moved.iso)")
      #expect(n == 0 || calendar.isWorkingDay(n > 0 ? moved.adding(days: -1) : moved))
      let other = origin.adding(days: next(-60...1520))
      let counted =
        day <= other ? Self.count(calendar, day, other) : -Self.count(calendar, other, day)
      #expect(table.count(from: day, to: other) == counted, "\(day.iso) to \(other.iso)")
    }
  }

  /// Working days in `start ..< end`, one day at a time.
  static func count(_ calendar: WorkCalendar, _ start: Day, _ end: Day) -> Int {
    var n = 0
    var day = start
    while day < end {
      if calendar.isWorkingDay(day) { n += 1 }
      day = day.adding(days: 1)
    }
    return n
  }
}
