import PlanKit
import PropertyBased
import Testing

@testable import Workbench

/// A shift by days or weeks is a translation: every date it moves moves by exactly that many
/// days, lengths and lags in months included, and shifting back gives every date back. Plans
/// of linked lots with lengths and lags in days, weeks, months and years, anchored on any day
/// of the month (month ends clamp: one month from 31 januari ends 28 februari).
struct ShiftPropertyTests {
  static let lengths = ["2 maanden", "45 dagen", "3 weken", "1 jaar", "10 maanden", "1 maand"]
  static let lags = ["", "+ 1 maand", "+ 10 dagen", "- 1 week", "+ 2 maanden"]
  static let shifts = [
    ("1 week", 7), ("-3 dagen", -3), ("2 weken", 14), ("10 dagen", 10), ("-2w", -14),
  ]

  /// A plan of up to four lots, each a phase, a phase after it and a milestone after that,
  /// with some links from one lot into the next.
  static func plan(_ numbers: [Int]) -> Interpreter {
    var interpreter = Interpreter(files: MemoryFiles(), today: Day(year: 2023, month: 1, day: 2)!)
    _ = interpreter.run("nieuw P")
    for (i, n) in numbers.enumerated() {
      let date = Day(year: 2022, month: 1, day: 1)!.adding(days: n % 700)
      _ = interpreter.run("perceel p\(i) x")
      _ = interpreter.run("fase p\(i).a van \(date.iso) duur \(lengths[n % 6])")
      _ = interpreter.run("fase p\(i).b na p\(i).a \(lags[n / 7 % 5]) duur \(lengths[n / 5 % 6])")
      _ = interpreter.run("mijlpaal p\(i).m na p\(i).b \(lags[n / 3 % 5])")
      if i > 0, n % 3 == 0 { _ = interpreter.run("koppel p\(i).b na p\(i - 1).a \(lags[n % 5])") }
    }
    return interpreter
  }

  static func days(_ plan: Plan) -> [String: (Day, Day)] {
    Dictionary(uniqueKeysWithValues: plan.allItems.map { ($0.id, ($0.start.day, $0.end.day)) })
  }

  @Test func movesEveryDateOfThePlanByExactlyTheDaysAndBackAgain() async {
    let input = Gen.int(in: 0...99_999).array(of: 2...5)
    await propertyCheck(count: 80, input: input) { numbers in
      var interpreter = Self.plan(Array(numbers.dropLast()))
      let before = Self.days(interpreter.plan)
      let (by, d) = Self.shifts[numbers.last! % Self.shifts.count]
      let outcome = interpreter.run("verschuif plan \(by)")
      #expect(!outcome.failed, "\(outcome.text)")
      for (id, (start, end)) in Self.days(interpreter.plan) {
        #expect(start == before[id]!.0.adding(days: d), "\(id) start after \(by)")
        #expect(end == before[id]!.1.adding(days: d), "\(id) end after \(by)")
      }
      _ = interpreter.run("verschuif plan \(-d) dagen")
      for (id, dates) in Self.days(interpreter.plan) {
        #expect(dates == before[id]!, "\(id) back after \(by)")
      }
    }
  }

  /// A lot that waits for nothing outside it moves the same way on its own.
  @Test func movesEveryDateOfALotByExactlyTheDays() async {
    let input = Gen.int(in: 0...99_999).array(of: 2...5)
    await propertyCheck(count: 80, input: input) { numbers in
      var interpreter = Self.plan(Array(numbers.dropLast()))
      let plan = interpreter.plan
      let lot = plan.lots[numbers.last! % plan.lots.count].id
      guard
        !plan.links.contains(where: { $0.to.hasPrefix(lot + ".") && !$0.from.hasPrefix(lot + ".") })
      else { return }
      let before = Self.days(plan)
      let (by, d) = Self.shifts[numbers.last! % Self.shifts.count]
      let outcome = interpreter.run("verschuif \(lot) \(by)")
      #expect(!outcome.failed, "\(outcome.text)")
      for item in interpreter.plan.lots.first(where: { $0.id == lot })!.items {
        #expect(item.start.day == before[item.id]!.0.adding(days: d), "\(item.id) after \(by)")
        #expect(item.end.day == before[item.id]!.1.adding(days: d), "\(item.id) after \(by)")
      }
    }
  }
}
