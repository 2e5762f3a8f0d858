import PlanKit

/// The text Gantt chart: a header with years and month abbreviations, then one row per phase
/// and milestone grouped under its lot, each with its dates at the precision they were given.
public struct GanttChart: Sendable {
  public var language: Language
  public var style: GanttStyle
  public var width: Int

  public init(language: Language = .nl, style: GanttStyle = .unicode, width: Int = 80) {
    self.language = language
    self.style = style
    self.width = max(40, width)
  }

  struct Row {
    var label: String
    var dates: String
    var item: Item?
    var heading: String?
  }

  public func render(_ plan: Plan) -> String {
    let title =
      plan.title.isEmpty
      ? Phrase(nl: "(plan zonder naam)", en: "(untitled plan)")(language) : plan.title
    var lines = [title.inert.truncated(to: width, ascii: style.ascii)]
    guard let span = plan.span else {
      lines.append(
        Phrase(
          nl: "Het plan heeft nog geen fasen of mijlpalen: begin met 'perceel' en 'fase'.",
          en: "The plan has no phases or milestones yet: start with 'lot' and 'phase'.")(language))
      return lines.joined(separator: "\n") + "\n"
    }
    let rows = self.rows(plan)
    let dateWidth = rows.map(\.dates.count).max() ?? 0
    let nameWidth = min(rows.map(\.label.count).max() ?? 0, max(8, width - dateWidth - 4 - 24))
    let labelWidth = 2 + nameWidth + 2 + dateWidth + 1
    let axis = MonthAxis(span: span, width: width - labelWidth)
    let pad = String(repeating: " ", count: labelWidth)
    let (years, months) = header(axis)
    lines.append(pad + years)
    lines.append(pad + months)
    for row in rows {
      if let heading = row.heading {
        lines.append(heading.inert.truncated(to: width, ascii: style.ascii))
        continue
      }
      let label =
        "  " + row.label.inert.fitted(to: nameWidth, ascii: style.ascii) + "  "
        + row.dates.fitted(to: dateWidth) + " "
      lines.append(label + bar(row.item!, axis))
    }
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
  }

  func rows(_ plan: Plan) -> [Row] {
    var rows: [Row] = []
    for lot in plan.lots where !lot.items.isEmpty {
      rows.append(Row(label: "", dates: "", heading: "\(lot.id)  \(lot.title)"))
      rows += lot.items.map(row)
    }
    if !plan.milestones.isEmpty {
      rows.append(Row(label: "", dates: "", heading: Phrase(nl: "plan", en: "plan")(language)))
      rows += plan.milestones.map(row)
    }
    return rows
  }

  func row(_ item: Item) -> Row {
    Row(label: item.title ?? item.name, dates: item.period(language, dash: style.dash), item: item)
  }

  func bar(_ item: Item, _ axis: MonthAxis) -> String {
    var cells = [Character](repeating: " ", count: axis.columns)
    if item.type == .milestone {
      let c = min(axis.column(item.start.day), axis.columns - 1)
      cells[c] = style.milestone
    } else {
      let from = min(axis.column(item.start.day), axis.columns - 1)
      let to = max(from + 1, axis.column(item.end.day))
      for c in from..<min(to, axis.columns) { cells[c] = style.bar }
    }
    return String(cells)
  }

  /// The year line and the month line. A month gets its abbreviation when there is room for
  /// it; with narrow cells only every second, third, sixth or twelfth month is named.
  func header(_ axis: MonthAxis) -> (String, String) {
    var years = [Character](repeating: " ", count: axis.columns)
    var months = [Character](repeating: " ", count: axis.columns)
    let monthNames = DateWords.short(language)
    let step = [1, 2, 3, 6, 12].first { Double($0) * axis.columnsPerMonth >= 4 } ?? 12
    var yearEnd = -1
    var monthEnd = -1
    for index in 0..<axis.months {
      let month = axis.month(at: index)
      let column = axis.column(month)
      if index == 0 || month.month == 1, column > yearEnd {
        yearEnd = place(String(month.year), at: column, in: &years)
      }
      if (month.month - 1) % step == 0, column > monthEnd {
        monthEnd = place(monthNames[month.month - 1], at: column, in: &months)
      }
    }
    return (String(years), String(months))
  }

  /// Writes `text` at `column` if it fits; returns the column after it (plus a gap).
  private func place(_ text: String, at column: Int, in line: inout [Character]) -> Int {
    guard column + text.count <= line.count else { return column - 1 }
    for (i, c) in text.enumerated() { line[column + i] = c }
    return column + text.count
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
