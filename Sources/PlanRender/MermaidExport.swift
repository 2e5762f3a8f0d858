import PlanKit

/// `export mermaid`: a `gantt` block as the Mermaid gantt documentation describes it:
/// `dateFormat YYYY-MM-DD`, a `section` per lot, tasks `name :id, start, end`, milestones
/// `name :milestone, id, date, 0d`. Names lose the characters the grammar gives a meaning
/// (`:`, `;`, `#`) and every line break; ids keep letters, digits and `_`.
public enum MermaidExport {
  public static func render(_ plan: Plan, language: Language) -> String {
    var lines = [
      "gantt",
      "    title " + text(plan.shownTitle),
      "    dateFormat YYYY-MM-DD",
      "    axisFormat %m-%Y",
    ]
    for lot in plan.lots where !lot.items.isEmpty {
      lines.append("    section " + text(lot.shownTitle))
      lines += lot.items.map(task)
    }
    if !plan.milestones.isEmpty {
      lines.append("    section Plan")
      lines += plan.milestones.map(task)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func task(_ item: Item) -> String {
    let name = text(item.title ?? item.name)
    if item.type == .milestone {
      return "    \(name) :milestone, \(id(item.id)), \(item.start.day.iso), 0d"
    }
    return "    \(name) :\(id(item.id)), \(item.start.day.iso), \(item.end.day.iso)"
  }

  /// Ids: `r1.voorbereiding` becomes `r1_voorbereiding`.
  static func id(_ text: String) -> String {
    String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }

  /// Names: no `:`, `;` or `#`, which the grammar reads, and no line breaks or controls.
  static func text(_ text: String) -> String {
    text.singleLine(replacing: [":": " ", ";": " ", "#": " "])
  }
}
