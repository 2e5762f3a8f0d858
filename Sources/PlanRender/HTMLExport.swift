import PlanKit

/// `export html`: one self-contained page for a meeting or the agenda memo: inline CSS, the
/// chart as inline SVG drawn by the same routine as the PDF (title, status date, axis, lots with
/// summary bars, the critical path, deadlines, vague dates, today, legend), then a table of the
/// dates for the screen. No scripts and no requests to anywhere; printed, the chart fills one
/// landscape page of the chosen paper. Every text is escaped.
public enum HTMLExport {
  /// The page of `content`, with the dates of `plan`'s items in a table.
  ///
  /// - Complexity: O(items): the chart's layout, then a row per item.
  public static func render(_ content: ChartContent, plan: Plan) -> String {
    head(content).joined(separator: "\n") + "\n<body>\n" + body(content, plan: plan).text
      + "</body>\n</html>\n"
  }

  /// The page's head, line by line, its style last.
  ///
  /// - Complexity: O(1).
  static func head(_ content: ChartContent) -> [String] {
    let paper = content.paper.rawValue.uppercased()
    return [
      "<!DOCTYPE html>",
      "<html lang=\"\(content.language == .nl ? "nl" : "en")\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"generator\" content=\"Planwerk\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(escape(content.title))</title>",
      "<style>",
      "@page { size: \(paper) landscape; margin: 8mm; }",
      style,
      "</style>",
      "</head>",
    ]
  }

  /// What the page's body holds: the chart, then the table. Drawn for the meeting view
  /// (`itemElements`), each item's row of the table, its caption and the chart's parts that
  /// change are pieces a page can replace by id.
  ///
  /// - Complexity: O(items).
  static func body(_ content: ChartContent, plan: Plan) -> MarkupPieces {
    let language = content.language
    let nl = language == .nl
    var html = MarkupPieces("<h1 class=\"hidden\">\(escape(content.title))</h1>\n")
    let layout = ChartLayout(
      content, measure: FontMetrics(), width: content.paper.size.width, height: nil)
    var canvas = SVGCanvas(measure: FontMetrics())
    ChartPainter(layout: layout, measure: FontMetrics()).draw(on: &canvas)
    // Printed, a chart that stays legible at the scale one page needs is fitted to the page;
    // a longer one runs on over pages (the PDF export repeats its axis on each).
    let printable = (content.paper.size.height - 2 * 8 * 72 / 25.4) / layout.height
    let fits = printable * content.paper.size.width / layout.width >= 0.6
    html.append(
      contentsOf: canvas.inline(
        title: content.title, width: layout.width, height: layout.height,
        fitted: fits ? "one-page" : nil,
        pixels: content.screen ? layout.width * ChartContent.pixelsPerPoint : nil,
        header: content.screen ? (layout.axisTop, layout.rowsTop) : nil))
    html.append("\n<table>\n")
    // A followed plan's table says where each item stands, and on what day.
    let statusDay = content.statusDay
    let caption =
      (nl ? "De data per onderdeel" : "The dates of each item")
      + (statusDay.map { (nl ? ", stand per " : ", as of ") + $0.text(language) } ?? "")
    if content.itemElements {
      html.append(
        element: "<caption id=\"chart-caption\">\(escape(caption))</caption>", id: "chart-caption")
      html.append("\n")
    } else {
      html.append("<caption>\(escape(caption))</caption>\n")
    }
    // Owners, notes and documents get columns of their own once the plan has any.
    let annotated =
      plan.allItems.contains { $0.owner != nil || $0.note != nil || !$0.documents.isEmpty }
      || plan.lots.contains { $0.owner != nil || $0.note != nil || !$0.documents.isEmpty }
    let owners = Dictionary(
      plan.lots.compactMap { lot in lot.owner.map { (lot.id, $0) } },
      uniquingKeysWith: { a, _ in a })
    let extra =
      annotated
      ? "<th>\(nl ? "Eigenaar" : "Owner")</th><th>\(nl ? "Notitie" : "Note")</th><th>\(nl ? "Documenten" : "Documents")</th>"
      : ""
    let standHead = statusDay == nil ? "" : "<th>\(nl ? "Stand" : "Status")</th>"
    html.append(
      "<thead><tr><th>\(nl ? "Perceel" : "Lot")</th><th>\(nl ? "Onderdeel" : "Item")</th><th>\(nl ? "Begin" : "Start")</th><th>\(nl ? "Einde" : "End")</th>\(standHead)\(extra)</tr></thead>\n"
    )
    let stands = Dictionary(
      content.rows.lazy.compactMap { row in row.stand.map { (row.id, $0) } },
      uniquingKeysWith: { a, _ in a })
    html.append("<tbody>\n")
    let titles = Dictionary(
      plan.lots.map { ($0.id, $0.shownTitle) }, uniquingKeysWith: { a, _ in a })
    // The items the chart shows: the same lots and days.
    let shown = Set(content.rows.lazy.filter { !$0.isHeading }.map(\.id))
    let standColumn = statusDay == nil ? "" : "<td></td>"
    var lotOfRow: String?
    for item in plan.allItems where shown.contains(item.id) {
      // A lot's own note and documents in a row of the lot's, before its first item.
      if annotated, item.lotID != lotOfRow, let id = item.lotID, let index = plan.lotIndex(id) {
        let lot = plan.lots[index]
        if lot.note != nil || !lot.documents.isEmpty {
          html.append(
            "<tr class=\"lot\"><td>\(escape(titles[id] ?? id))</td><td>\(nl ? "(perceel)" : "(lot)")</td><td></td><td></td>\(standColumn)<td>\(escape(lot.owner ?? ""))</td><td>\(escape(lot.note ?? ""))</td><td>\(links(lot.documents))</td></tr>"
          )
        }
      }
      lotOfRow = item.lotID
      let lot = item.lotID.map { titles[$0] ?? $0 } ?? Phrase.wholePlan(language)
      let end = item.type == .milestone ? "" : item.end.endText(after: item.start, language)
      let cells =
        annotated
        // An item without an owner of its own is its lot's, as `lijst eigenaar` counts it.
        ? "<td>\(escape(item.owner ?? item.lotID.flatMap { owners[$0] } ?? ""))</td><td>\(escape(item.note ?? ""))</td><td>\(links(item.documents))</td>"
        : ""
      // The item's row by its id and status, as its element in the chart.
      var attributes = ""
      var standCell = ""
      if statusDay != nil {
        let stand = stands[item.id]
        let status = stand.map { $0.status.word(.en) } ?? "planned"
        attributes = " data-id=\"\(escape(item.id))\" class=\"status-\(status)\""
        standCell = "<td>\(escape(stand?.text ?? ""))</td>"
      }
      let row =
        "<td>\(escape(lot))</td><td>\(escape(item.shownTitle))</td><td>\(escape(item.start.text(language)))</td><td>\(escape(end))</td>\(standCell)\(cells)</tr>"
      if content.itemElements {
        html.append(
          element: "<tr id=\"row-\(escape(item.id))\"\(attributes)>" + row,
          id: "row-" + item.id.markupShown(hiddenAs: " "))
        html.append("\n")
      } else {
        html.append("<tr\(attributes)>" + row + "\n")
      }
    }
    html.append("</tbody>\n</table>\n")
    return html
  }

  static let style = """
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a;
      margin: 16px; }
    .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); }
    svg { width: 100%; height: auto; display: block; margin: 0 0 16px; }
    table { border-collapse: collapse; font-size: 12px; }
    caption { text-align: left; font-weight: bold; padding: 4px 10px; }
    th, td { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; }
    tr.status-late td { color: #e0301e; }
    tr.status-done td { color: #5a6270; }
    tr.lot td { font-style: italic; }
    @media print {
      body { margin: 0; }
      svg { width: 100%; height: auto; margin: 0; }
      svg.one-page { max-height: calc(100vh - 2mm); }
      table { display: none; }
    }
    """

  /// Text for HTML: markup characters as entities, control characters and direction
  /// controls (which would show the page's text in another order than it has) as spaces.
  /// Documents as links a reader can follow: web and mail addresses only (`Document.validate`),
  /// opened without telling the page they came from.
  static func links(_ documents: [Document]) -> String {
    documents.map {
      "<a href=\"\(escape($0.url))\" rel=\"noopener noreferrer\">\(escape($0.name))</a>"
    }.joined(separator: "<br>")
  }

  public static func escape(_ text: String) -> String {
    text.markupEscaped(hiddenAs: " ")
  }
}
