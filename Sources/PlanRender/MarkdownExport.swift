import PlanKit

/// `export markdown`: a table of lots, items, start, end and duration, then the chart in a
/// code block, for a memo or a wiki. Cell text is escaped for Markdown and for the HTML a
/// Markdown renderer makes of it.
public enum MarkdownExport {
  public static func render(_ plan: Plan, chart: String, language: Language) -> String {
    let nl = language == .nl
    var lines = ["# " + escape(plan.shownTitle), ""]
    if let organisation = plan.organisation { lines += [escape(organisation), ""] }
    lines.append(
      nl
        ? "| Perceel | Onderdeel | Titel | Begin | Einde | Duur |"
        : "| Lot | Item | Title | Start | End | Duration |")
    lines.append("| --- | --- | --- | --- | --- | --- |")
    let titles = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for item in plan.allItems {
      let lot = item.lotID.map { titles[$0] ?? $0 } ?? Phrase.wholePlan(language)
      let milestone = item.type == .milestone
      let length =
        milestone ? "—" : PlanDuration.between(item.start.day, item.end.day).text(language)
      let cells = [
        lot, item.id, item.title ?? item.name, item.start.text(language),
        milestone ? "—" : item.end.endText(after: item.start, language), length,
      ]
      lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
    }
    // A fence longer than any run of backticks in the chart keeps it a code block.
    lines += ["", "```text", chart.inertBlock, "```", ""]
    return lines.joined(separator: "\n")
  }

  /// Markdown and HTML characters escaped, line breaks and control characters made spaces. A
  /// quote stays a quote: outside a tag it starts nothing, and a memo shows it as typed.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "|", "\\", "`", "*", "_", "[", "]", "#", "!": out += "\\" + String(character)
      case _ where character.unicodeScalars.allSatisfy({ $0.isControl || $0.isBidiControl }):
        out += " "
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  /// A block of screen text with its control characters made inert and no backtick fence in it.
  var inertBlock: String {
    screenSafe.replacingOccurrences("```", with: "'''")
  }
}
