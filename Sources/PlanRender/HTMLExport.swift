import PlanKit

/// `export html`: one self-contained page for a meeting or the agenda memo: inline CSS, the
/// chart as inline SVG, a table of the dates, no scripts and no requests to anywhere, printable
/// on A4 landscape. Every text is escaped.
public enum HTMLExport {
  public static func render(_ plan: Plan, language: Language, today: Day?) -> String {
    let nl = language == .nl
    let title = escape(plan.shownTitle)
    var html = [
      "<!DOCTYPE html>",
      "<html lang=\"\(nl ? "nl" : "en")\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"generator\" content=\"Planwerk\">",
      "<title>\(title)</title>",
      "<style>",
      style,
      "</style>",
      "</head>",
      "<body>",
      "<h1>\(title)</h1>",
    ]
    if let organisation = plan.organisation {
      html.append("<p class=\"org\">\(escape(organisation))</p>")
    }
    html.append(svg(plan, language: language, today: today))
    html.append("<table>")
    html.append(
      "<thead><tr><th>\(nl ? "Perceel" : "Lot")</th><th>\(nl ? "Onderdeel" : "Item")</th><th>\(nl ? "Begin" : "Start")</th><th>\(nl ? "Einde" : "End")</th></tr></thead>"
    )
    html.append("<tbody>")
    let titles = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for item in plan.allItems {
      let lot = item.lotID.map { titles[$0] ?? $0 } ?? Phrase.wholePlan(language)
      let end = item.type == .milestone ? "" : item.end.endText(after: item.start, language)
      html.append(
        "<tr><td>\(escape(lot))</td><td>\(escape(item.shownTitle))</td><td>\(escape(item.start.text(language)))</td><td>\(escape(end))</td></tr>"
      )
    }
    html += ["</tbody>", "</table>", "</body>", "</html>", ""]
    return html.joined(separator: "\n")
  }

  static let style = """
    @page { size: A4 landscape; margin: 12mm; }
    body { font-family: "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 24px; }
    h1 { font-size: 20px; margin: 0 0 4px; }
    .org { color: #555; margin: 0 0 12px; }
    svg { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
    svg text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
    svg .lot { font-weight: bold; }
    svg .grid { stroke: #ddd; stroke-width: 1; }
    svg .bar { fill: #2f6db3; }
    svg .milestone { fill: #c0392b; }
    svg .today { stroke: #16a085; stroke-width: 2; }
    table { border-collapse: collapse; font-size: 12px; page-break-inside: auto; }
    th, td { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; }
    tr { page-break-inside: avoid; }
    """

  /// The chart: a row per item under its lot, month lines and labels, a line for today.
  static func svg(_ plan: Plan, language: Language, today: Day?) -> String {
    guard let span = plan.span else { return "" }
    let labelWidth = 260.0
    let width = 1100.0
    let rowHeight = 20.0
    let top = 50.0
    var rows: [(label: String, item: Item?, lot: Bool)] = []
    for lot in plan.lots where !lot.items.isEmpty {
      rows.append((lot.shownTitle, nil, true))
      for item in lot.items { rows.append((item.shownTitle, item, false)) }
    }
    if !plan.milestones.isEmpty {
      rows.append((Phrase.wholePlan(language), nil, true))
      for item in plan.milestones { rows.append((item.shownTitle, item, false)) }
    }
    let first = span.lowerBound.startOfMonth
    let lastMonth = span.upperBound.adding(days: -1).startOfMonth
    let end = lastMonth.adding(months: 1)
    let days = Double(first.days(until: end))
    func x(_ day: Day) -> Double {
      labelWidth + (width - labelWidth - 10) * Double(first.days(until: day)) / days
    }
    let height = top + Double(rows.count) * rowHeight + 10
    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
    ]
    parts += axis(first..<end, x: x, top: top, bottom: height - 6, language: language)
    for (index, row) in rows.enumerated() {
      let y = top + Double(index) * rowHeight
      parts.append(
        "<text\(row.lot ? " class=\"lot\"" : "") x=\"\(row.lot ? 4 : 16)\" y=\"\(f(y + 14))\">\(escape(shortened(row.label, row.lot ? 36 : 40)))</text>"
      )
      guard let item = row.item else { continue }
      if item.type == .milestone {
        let cx = x(item.start.day)
        parts.append(
          "<polygon class=\"milestone\" points=\"\(f(cx)),\(f(y + 3)) \(f(cx + 7)),\(f(y + 10)) \(f(cx)),\(f(y + 17)) \(f(cx - 7)),\(f(y + 10))\"><title>\(escape(item.period(language)))</title></polygon>"
        )
      } else {
        let left = x(item.start.day)
        parts.append(
          "<rect class=\"bar\" x=\"\(f(left))\" y=\"\(f(y + 4))\" width=\"\(f(max(2, x(item.end.day) - left)))\" height=\"12\" rx=\"2\"><title>\(escape(item.period(language)))</title></rect>"
        )
      }
    }
    if let today, today >= first, today < end {
      parts.append(
        "<line class=\"today\" x1=\"\(f(x(today)))\" y1=\"\(f(top - 6))\" x2=\"\(f(x(today)))\" y2=\"\(f(height - 6))\"/>"
      )
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// Grid lines and labels for the months `months`, thinned to what the width can show: a
  /// plan of three years gets a line a month, one whose end was typed as 4044 a line per
  /// century, not twenty-four thousand lines on top of one another.
  static func axis(
    _ months: Range<Day>, x: (Day) -> Double, top: Double, bottom: Double, language: Language
  ) -> [String] {
    func month(_ number: Int) -> Day { Day(year: number / 12, month: number % 12 + 1, day: 1)! }
    let firstNumber = months.lowerBound.year * 12 + months.lowerBound.month - 1
    let endNumber = months.upperBound.year * 12 + months.upperBound.month - 1
    let monthWidth =
      (x(months.upperBound) - x(months.lowerBound)) / Double(endNumber - firstNumber)
    func every(_ steps: [Int], atLeast pixels: Double) -> Int? {
      steps.first { Double($0) * monthWidth >= pixels }
    }
    let gridStep = every([1, 3, 12, 60, 120, 600, 1200, 6000], atLeast: 4) ?? 12_000
    let yearStep = every([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map { $0 * 12 }, atLeast: 36)
    let labelStep = every([1, 2, 3, 6, 12], atLeast: 28)
    var parts: [String] = []
    /// The first month, then those after it that are a multiple of `step`.
    func marks(_ step: Int) -> [Int] {
      [firstNumber] + stride(from: (firstNumber / step + 1) * step, to: endNumber, by: step)
    }
    for number in marks(gridStep) {
      let left = x(month(number))
      parts.append(
        "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(top - 12))\" x2=\"\(f(left))\" y2=\"\(f(bottom))\"/>"
      )
    }
    let start = x(months.lowerBound)
    for number in marks(yearStep ?? 12_000)
    where number == firstNumber || x(month(number)) - start >= 36 {
      parts.append(
        "<text class=\"lot\" x=\"\(f(x(month(number)) + 2))\" y=\"\(f(top - 30))\">\(number / 12)</text>"
      )
    }
    if let labelStep {
      let names = DateWords.short(language)
      for number in stride(from: firstNumber, to: endNumber, by: labelStep) {
        parts.append(
          "<text x=\"\(f(x(month(number)) + 2))\" y=\"\(f(top - 16))\">\(escape(names[number % 12]))</text>"
        )
      }
    }
    return parts
  }

  /// A label that fits before the chart, with an ellipsis when it does not.
  static func shortened(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  static func f(_ value: Double) -> String {
    String(Double(Int((value * 10).rounded())) / 10)
  }

  /// Text for HTML: markup characters as entities, control characters and direction
  /// controls (which would show the page's text in another order than it has) as spaces.
  public static func escape(_ text: String) -> String {
    text.markupEscaped(hiddenAs: " ")
  }
}
