/// Reads a lot's estimated value: a total (`1.200.000`), or an amount per year over a term
/// with its options (`250.000 per jaar 1+1+1`, `250k per jaar voor 4 jaar`), which is what the
/// thresholds are compared with: the whole term, options and extensions included.
public enum ContractValue {
  public struct Parsed: Equatable, Sendable {
    public var total: Int
    public var annual: Int?
    public var term: [Int]?
  }

  static let perWords: Set<String> = ["per"]
  static let yearWords: Set<String> = ["jaar", "year", "jr", "j"]
  static let fillerWords: Set<String> = ["voor", "for", "jaar", "jaren", "years", "year", "jr"]

  public static func parse(_ words: [Word]) throws(PlanError) -> Parsed {
    guard let per = words.firstIndex(where: { perWords.contains($0.text.lowercased()) }) else {
      return Parsed(total: try MoneyParser.parse(words))
    }
    let amount = try MoneyParser.parse(Array(words[..<per]))
    let rest = Array(words[(per + 1)...])
    guard let unit = rest.first, yearWords.contains(unit.text.lowercased()) else {
      throw PlanError(
        nl: "na 'per' volgt 'jaar'", en: "'per' is followed by 'year'",
        at: spanOf(rest) ?? words[per].span, hint: examples)
    }
    let termWords = rest.dropFirst().filter { !fillerWords.contains($0.text.lowercased()) }
    let text = termWords.map(\.text).joined()
    let term = text.split(separator: "+").compactMap { Int($0) }
    guard !text.isEmpty,
      term.count == text.split(separator: "+", omittingEmptySubsequences: false).count,
      term.allSatisfy({ (1...20).contains($0) }), term.reduce(0, +) <= 40
    else {
      throw PlanError(
        nl: "hoe lang? Geef de jaren met de opties, zoals 1+1+1 of 4",
        en: "for how long? Give the years with the options, like 1+1+1 or 4",
        at: spanOf(Array(rest.dropFirst())) ?? unit.span, hint: examples)
    }
    return Parsed(total: amount * term.reduce(0, +), annual: amount, term: term)
  }

  static let examples = Phrase(
    nl: "bijvoorbeeld: waarde 1.200.000 of waarde 250.000 per jaar 1+1+1",
    en: "for example: value 1.200.000 or value 250.000 per year 1+1+1")

  /// "€ 250.000 per jaar, 1+1+1 jaar: € 750.000".
  public static func text(_ lot: Lot, _ language: Language) -> String? {
    guard let value = lot.value else { return nil }
    guard let annual = lot.annual, let term = lot.term else { return MoneyParser.text(value) }
    let years = term.map(String.init).joined(separator: "+")
    return language == .nl
      ? "\(MoneyParser.text(annual)) per jaar, \(years) jaar: \(MoneyParser.text(value))"
      : "\(MoneyParser.text(annual)) a year, \(years) years: \(MoneyParser.text(value))"
  }
}
