import PlanKit

/// `export csv`: for Dutch Excel. Durations in calendar days, named so in the header (the
/// screen's "10 maanden" is in the Weergave column, as text). Semicolons, UTF-8 with a
/// byte-order mark (so Excel reads the accents), day-first dates (`1-5-2022`), CRLF, a header
/// row. A cell that starts like a
/// formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so that a title
/// such as `=HYPERLINK(…)` is shown and never run.
public enum CSVExport {
  public static let header = [
    "Perceel", "Onderdeel", "Titel", "Soort", "Type", "Begin", "Einde", "Duur (dagen)", "Weergave",
  ]

  public static func render(_ plan: Plan, language: Language) -> String {
    var rows = [header]
    let titles = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for item in plan.allItems {
      let lot = item.lotID.map { titles[$0] ?? $0 } ?? ""
      let milestone = item.type == .milestone
      // The last day of a phase, as Excel users count: "1 mei – 1 sept." ends on 31 aug.
      let last = milestone ? item.start.day : item.end.day.adding(days: -1)
      rows.append([
        lot, item.id, item.title ?? item.name, item.kind, milestone ? "mijlpaal" : "fase",
        date(item.start.day), date(last),
        milestone ? "" : String(item.start.day.days(until: item.end.day)),
        item.period(language),
      ])
    }
    return "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n")
      + "\r\n"
  }

  /// `1-5-2022`: day first, as Dutch Excel reads a date.
  static func date(_ day: Day) -> String {
    let (y, m, d) = day.civil
    return "\(d)-\(m)-\(y)"
  }

  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  static func cell(_ text: String) -> String {
    var text = text
    // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    // A line break within a cell is a line feed to Excel; a bare carriage return would only
    // send a screen's cursor back over the line.
    if text.unicodeScalars.contains("\r") {
      var scalars = String.UnicodeScalarView()
      var previous: Unicode.Scalar?
      for scalar in text.unicodeScalars {
        if scalar != "\n" || previous != "\r" { scalars.append(scalar == "\r" ? "\n" : scalar) }
        previous = scalar
      }
      text = String(scalars)
    }
    let needsQuotes = text.unicodeScalars.contains {
      $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    return needsQuotes ? "\"" + text.replacingOccurrences("\"", with: "\"\"") + "\"" : text
  }
}
