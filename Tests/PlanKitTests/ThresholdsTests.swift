import Testing

@testable import PlanKit

struct ThresholdsTests {
  @Test func picksTheSetInForceOnTheDayOfPublication() {
    let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
    #expect(Thresholds.inForce(on: day(2025, 12, 31)).services == 221_000)
    #expect(Thresholds.inForce(on: day(2026, 1, 1)).services == 216_000)
    #expect(Thresholds.inForce(on: day(2021, 4, 1)).services == 214_000)
    #expect(Thresholds.inForce(on: day(2016, 7, 6)).services == 209_000)
    #expect(Thresholds.table.allSatisfy { $0.sas == 750_000 })
    #expect(Thresholds.inForce(on: day(2030, 1, 1)).from == 2026)
  }

  static let values: [(String, Int, Int?, [Int]?)] = [
    ("1.200.000", 1_200_000, nil, nil),
    ("250.000 per jaar 1+1+1", 750_000, 250_000, [1, 1, 1]),
    ("250k per jaar voor 4 jaar", 1_000_000, 250_000, [4]),
    ("€ 180.000 per year 2 + 1 + 1", 720_000, 180_000, [2, 1, 1]),
  ]

  @Test(arguments: values)
  func totalsTheValueOverTheWholeTerm(_ text: String, _ total: Int, _ annual: Int?, _ term: [Int]?)
    throws
  {
    let parsed = try ContractValue.parse(Word.split(text))
    #expect(parsed == ContractValue.Parsed(total: total, annual: annual, term: term))
  }

  @Test func refusesATermItCannotRead() {
    #expect(throws: PlanError.self) { try ContractValue.parse(Word.split("250.000 per maand 3")) }
    #expect(throws: PlanError.self) { try ContractValue.parse(Word.split("250.000 per jaar")) }
    #expect(throws: PlanError.self) { try ContractValue.parse(Word.split("250.000 per jaar 1+x")) }
  }
}
