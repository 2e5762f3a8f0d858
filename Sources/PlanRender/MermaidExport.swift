import PlanKit

/// `export mermaid`: a `gantt` block as the Mermaid gantt documentation describes it:
/// `dateFormat YYYY-MM-DD`, a `section` per lot, tasks `name :id, start, end`, milestones
/// `name :milestone, id, date, 0d`. The characters the grammar gives a meaning (`:`, `;`, `#`)
/// are written as Mermaid's entity codes (`#58;`, `#59;`, `#35;`), which it turns back into
/// the characters after parsing; `%%` and line breaks go, and a name never starts like a
/// statement or a comment; ids keep letters, digits and `_`.
public enum MermaidExport {
  /// The plan's gantt, with the lots and the items in the days `options` chooses.
  ///
  /// - Complexity: O(items).
  public static func render(
    _ plan: Plan, language: Language, options: ChartOptions = ChartOptions()
  ) -> String {
    var lines = [
      "gantt",
      "    title " + text(plan.shownTitle),
      "    dateFormat YYYY-MM-DD",
      "    axisFormat %m-%Y",
    ]
    func section(_ title: String, _ items: [Item]) {
      let shown = items.filter { options.shows($0) }
      guard !shown.isEmpty else { return }
      lines.append("    section " + text(title))
      lines += shown.map(task)
    }
    for lot in plan.lots where options.shows(lot: lot.id) { section(lot.shownTitle, lot.items) }
    if options.shows(lot: nil) { section("Plan", plan.milestones) }
    return lines.joined(separator: "\n") + "\n"
  }

  static func task(_ item: Item) -> String {
    let name = taskName(text(item.shownTitle))
    if item.type == .milestone {
      return "    \(name) :milestone, \(id(item.id)), \(item.start.day.iso), 0d"
    }
    return "    \(name) :\(id(item.id)), \(item.start.day.iso), \(item.end.day.iso)"
  }

  /// Ids: `r1.voorbereiding` becomes `r1_voorbereiding`.
  static func id(_ text: String) -> String {
    String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }

  /// Names: `:`, `;` and `#`, which the grammar reads, as entity codes ("Route 1: Wmo" stays
  /// "Route 1: Wmo" on the chart), and no line breaks or controls. A `%` next to another
  /// becomes a full-width `％`: `%%` starts a comment, and `%%{init: …}%%` is a directive that
  /// reconfigures the renderer wherever it stands.
  static func text(_ text: String) -> String {
    let line = text.singleLine(replacing: [":": "#58;", ";": "#59;", "#": "#35;"])
    guard line.contains("%%") else { return line }
    let scalars = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      let doubled =
        scalar == "%"
        && ((i > 0 && scalars[i - 1] == "%") || (i + 1 < scalars.count && scalars[i + 1] == "%"))
      out.append(doubled ? "％" : scalar)
    }
    return String(out)
  }

  /// The statements the lexer matches before a task's name, case-insensitive: a name that
  /// starts with one would become that statement (`click … call f()` runs a callback).
  static let statements = [
    "gantt", "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval",
    "includes", "excludes", "todaymarker", "weekday", "title", "accdescription", "acctitle",
    "accdescr", "section", "click", "call", "href",
  ]

  /// A task's name as the lexer reads it: a word joiner after its first character when it
  /// starts like a statement or a date, which the reader does not see and the lexer does, and
  /// a full-width `％` for a `%` among its first two characters, where the lexer starts a
  /// comment.
  static func taskName(_ name: String) -> String {
    if name.prefix(2).contains("%") {
      return String(name.prefix(2)).replacingOccurrences("%", with: "％") + name.dropFirst(2)
    }
    let lowered = name.prefix(20).lowercased()
    let digits = lowered.prefix(10).map { $0.isASCII && $0.isNumber ? "9" : $0 }
    guard statements.contains(where: lowered.hasPrefix) || String(digits) == "9999-99-99"
    else { return name }
    return String(name.prefix(1)) + "\u{2060}" + name.dropFirst()
  }
}
