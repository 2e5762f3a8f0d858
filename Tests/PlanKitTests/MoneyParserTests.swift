import Testing

@testable import PlanKit

struct MoneyParserTests {
  @Test(arguments: [
    ("1.200.000", 1_200_000), ("€ 750.000", 750_000), ("250000", 250_000),
    ("1.200.000,00", 1_200_000), ("1,2 mln", 1_200_000), ("250k", 250_000), ("€1.000,-", 1000),
  ])
  func readsAmounts(_ text: String, _ euros: Int) throws {
    #expect(try MoneyParser.parse(Word.split(text)) == euros)
  }

  @Test(arguments: ["veel", "1.20.000", "12,3,4", "-5"])
  func refusesNonAmounts(_ text: String) {
    #expect(throws: PlanError.self) { try MoneyParser.parse(Word.split(text)) }
  }

  @Test func writesEurosTheDutchWay() {
    #expect(MoneyParser.text(1_200_000) == "€ 1.200.000")
    #expect(MoneyParser.text(750) == "€ 750")
  }
}
