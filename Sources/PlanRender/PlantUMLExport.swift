import PlanKit

/// `export plantuml`: `@startgantt` … `@endgantt` with the project's start, each task with its
/// start and last day, milestones, a separator per lot, and the closed days of the plan's
/// calendar (weekends, holidays, the organisation's own days) in the years it spans. Written for
/// the PlantUML Debian 12 ships (1.2020.02) as well as later ones: a daily scale while the plan
/// fits PlantUML's 4,096 pixels, then weeks, and beyond that the picture scaled down, so that the
/// whole plan is in one picture.
public enum PlantUMLExport {
  /// PlantUML's largest picture, in pixels a side.
  static let largestPicture = 4096.0
  /// What a day takes in PlantUML's daily scale, and a week in its weekly one, in pixels.
  static let dayWidth = 17.0
  static let weekWidth = 29.5
  /// The task names beside the bars.
  static let labelRoom = 200.0

  /// The plan's gantt, with the lots and days of `options`.
  ///
  /// - Complexity: O(items + closed days in the years shown).
  public static func render(
    _ plan: Plan, language: Language = .nl, options: ChartOptions = ChartOptions()
  ) -> String {
    var items: [(section: String, items: [Item])] = []
    for lot in plan.lots where options.shows(lot: lot.id) {
      let shown = lot.items.filter { options.shows($0) }
      if !shown.isEmpty { items.append((lot.shownTitle, shown)) }
    }
    if options.shows(lot: nil) {
      let shown = plan.milestones.filter { options.shows($0) }
      if !shown.isEmpty { items.append((Phrase.wholePlan(language), shown)) }
    }
    let all = items.flatMap(\.items).map { PlanDiff.Span($0).days }
    guard let first = all.map(\.lowerBound).min(), let last = all.map(\.upperBound).max() else {
      return "@startgantt\n@endgantt\n"
    }
    let span =
      options.range.map { max(first, $0.lowerBound)..<min(last, $0.upperBound) }
      ?? first..<last
    var lines = ["@startgantt"]
    if !plan.title.isEmpty { lines.append("title " + text(plan.title)) }
    lines += scale(span)
    lines.append("Project starts \(span.lowerBound.iso)")
    lines += ["saturday are closed", "sunday are closed"]
    let years = span.lowerBound.year...span.upperBound.year
    WorkdayTable(plan.calendar, years: years).weekdaysOff(in: span) { day in
      lines.append("\(day.iso) is closed")
    }
    // PlantUML knows a task by its name: a title that more than one lot uses ("Voorbereiding"
    // of each route) gets its lot's id after it, the others stand as typed.
    var uses: [String: Int] = [:]
    for item in items.flatMap(\.items) { uses[text(item.shownTitle), default: 0] += 1 }
    func add(_ item: Item) {
      let title = text(item.shownTitle)
      let shown = uses[title, default: 0] > 1 ? "\(title) (\(text(item.lotID ?? "plan")))" : title
      let name = "[\(shown)] as [\(alias(item.id))]"
      let start = max(item.start.day, span.lowerBound)
      if item.type == .milestone {
        lines.append("\(name) happens \(start.iso)")
      } else {
        let end = min(item.end.day, span.upperBound)
        lines.append("\(name) starts \(start.iso)")
        lines.append("[\(alias(item.id))] ends \(max(start, end.adding(days: -1)).iso)")
      }
    }
    for (section, shown) in items {
      // A colon in a separator ends its text in PlantUML: it is written as its code.
      lines.append("-- \(text(section).replacingOccurrences(":", with: "<U+003A>")) --")
      shown.forEach(add)
    }
    lines.append("@endgantt")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Days while they fit, else weeks, scaled down when even those do not.
  static func scale(_ span: Range<Day>) -> [String] {
    let days = Double(span.lowerBound.days(until: span.upperBound))
    if days * dayWidth + labelRoom <= largestPicture { return [] }
    let weekly = (days / 7 + 2) * weekWidth + labelRoom
    guard weekly > largestPicture else { return ["printscale weekly"] }
    let factor = (largestPicture / weekly * 100).rounded(.down) / 100
    return ["printscale weekly", "scale \(factor)"]
  }

  /// `r1.voorbereiding` → `r1_voorbereiding`.
  static func alias(_ id: String) -> String {
    String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }

  /// Names without the brackets and dashes the syntax reads, without line breaks, and with
  /// no character that starts code: the preprocessor calls `%getenv(…)` and `%load_json(…)`,
  /// expands `$variables` and reads `!include`; creole embeds `<img:FILE>`, `<$sprite>` and
  /// `&#…;`, and `~` escapes the character after it. Each becomes its creole code `<U+0025>`,
  /// which PlantUML draws as the character itself after the preprocessor has run.
  static func text(_ text: String) -> String {
    text.singleLine(replacing: inertCharacters).replacingOccurrences("--", with: "–")
  }

  static let inertCharacters: [Unicode.Scalar: String] = [
    "[": "(", "]": ")", "%": "<U+0025>", "$": "<U+0024>", "!": "<U+0021>", "<": "<U+003C>",
    "&": "<U+0026>", "~": "<U+007E>",
  ]
}
