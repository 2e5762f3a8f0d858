import PlanKit

/// `export plantuml`: `@startgantt` … `@endgantt` with the project's start, each task with its
/// start and last day, milestones, a separator per lot, and the closed days of the plan's
/// calendar (weekends, holidays, the organisation's own days) in the years it spans.
public enum PlantUMLExport {
  public static func render(_ plan: Plan) -> String {
    guard let span = plan.span else { return "@startgantt\n@endgantt\n" }
    var lines = ["@startgantt"]
    if !plan.title.isEmpty { lines.append("title " + text(plan.title)) }
    lines.append("Project starts \(span.lowerBound.iso)")
    lines += ["saturday are closed", "sunday are closed"]
    let years = span.lowerBound.year...span.upperBound.year
    WorkdayTable(plan.calendar, years: years).weekdaysOff(in: span) { day in
      lines.append("\(day.iso) is closed")
    }
    func add(_ item: Item) {
      // A task is known by its name: the lot's id keeps "voorbereiding" of each route apart.
      let shown = (item.lotID.map { "\($0) " } ?? "") + item.shownTitle
      let name = "[\(text(shown))] as [\(alias(item.id))]"
      if item.type == .milestone {
        lines.append("\(name) happens \(item.start.day.iso)")
      } else {
        lines.append("\(name) starts \(item.start.day.iso)")
        lines.append("[\(alias(item.id))] ends \(item.end.day.adding(days: -1).iso)")
      }
    }
    for lot in plan.lots where !lot.items.isEmpty {
      lines.append("-- \(text(lot.shownTitle)) --")
      lot.items.forEach(add)
    }
    if !plan.milestones.isEmpty {
      lines.append("-- plan --")
      plan.milestones.forEach(add)
    }
    lines.append("@endgantt")
    return lines.joined(separator: "\n") + "\n"
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
