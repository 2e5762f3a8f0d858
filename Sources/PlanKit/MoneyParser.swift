/// Reads a contract value in euros the Dutch way: `1.200.000`, `€ 750.000`, `250000`,
/// `1.200.000,00`, `1,2 mln`, `250k`.
public enum MoneyParser {
  public static func parse(_ words: [Word]) throws(PlanError) -> Int {
    let text = words.map(\.text).joined().lowercased()
    let span = spanOf(words)
    var body = text.replacingOccurrences("€", with: "").replacingOccurrences("eur", with: "")
    var multiplier = 1
    for (suffix, factor) in [("miljoen", 1_000_000), ("mln", 1_000_000), ("k", 1000)]
    where body.hasSuffix(suffix) {
      body.removeLast(suffix.count)
      multiplier = factor
      break
    }
    var whole = body
    var fraction = ""
    if let comma = body.firstIndex(of: ",") {
      whole = String(body[..<comma])
      fraction = String(body[body.index(after: comma)...])
      if fraction == "-" { fraction = "" }
    }
    let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
    let grouped = groups.count == 1 || groups.dropFirst().allSatisfy { $0.count == 3 }
    let digits = groups.joined()
    guard grouped, DateParser.isDigits(digits), digits.count <= 12,
      fraction.isEmpty || DateParser.isDigits(fraction), let amount = Int(digits)
    else {
      throw PlanError(
        nl: "'\(words.map(\.text).joined(separator: " "))' is geen bedrag",
        en: "'\(words.map(\.text).joined(separator: " "))' is not an amount", at: span,
        hint: Phrase(
          nl: "bijvoorbeeld 1.200.000, € 750.000 of 1,2 mln",
          en: "for example 1.200.000, € 750.000 or 1,2 mln"))
    }
    let scale = fraction.isEmpty ? 1 : (1...fraction.count).reduce(1) { p, _ in p * 10 }
    let cents = fraction.isEmpty ? 0 : Int(fraction.prefix(6)) ?? 0
    return amount * multiplier + (cents * multiplier) / scale
  }

  /// "€ 1.200.000".
  public static func text(_ euros: Int) -> String {
    "€ " + grouped(euros)
  }

  /// "1.200.000": thousands grouped the Dutch way.
  public static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var out = number < 0 ? "-" : ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
      out.append(c)
    }
    return out
  }
}

extension String {
  /// Foundation-free replacement, for a core that imports only the standard library.
  public func replacingOccurrences(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
