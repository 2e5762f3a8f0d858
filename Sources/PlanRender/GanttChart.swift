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
    /// Measured once: a chart of 100,000 rows measures every text twice otherwise.
    var labelColumns = 0
    var datesColumns = 0
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
    var dateWidth = 0
    var longestName = 0
    for row in rows {
      dateWidth = max(dateWidth, row.datesColumns)
      longestName = max(longestName, row.labelColumns)
    }
    let nameWidth = min(longestName, max(8, width - dateWidth - 4 - 24))
    let labelWidth = 2 + nameWidth + 2 + dateWidth + 1
    let axis = MonthAxis(span: span, width: width - labelWidth)
    let pad = String(repeating: " ", count: labelWidth)
    let (years, months) = header(axis)
    lines.append((pad + years).trailingSpacesRemoved)
    lines.append((pad + months).trailingSpacesRemoved)
    // Rows go straight into one string: a chart of 100,000 rows is built in milliseconds.
    var out = lines.joined(separator: "\n")
    out.reserveCapacity(out.utf8.count + rows.count * (width + 2 * labelWidth))
    let runs = Runs(style: style, width: max(width, labelWidth))
    for row in rows {
      out.append("\n")
      if let heading = row.heading {
        out.append(heading.inert.truncated(to: width, ascii: style.ascii).trailingSpacesRemoved)
        continue
      }
      out.append("  ")
      out.append(row.label.inert.fitted(to: nameWidth, ascii: style.ascii))
      out.append("  ")
      out.append(row.dates)
      out.append(runs.spaces[dateWidth - row.datesColumns + 1])
      let item = row.item!
      let from = min(axis.column(item.start.day), axis.columns - 1)
      out.append(runs.spaces[from])
      if item.type == .milestone {
        out.append(style.milestone)
      } else {
        out.append(runs.bars[min(max(from + 1, axis.column(item.end.day)), axis.columns) - from])
      }
    }
    out.append("\n")
    return out
  }

  /// Spaces and bars of every length a row can need, made once.
  struct Runs {
    let spaces: [String]
    let bars: [String]

    init(style: GanttStyle, width: Int) {
      spaces = (0...width).map { String(repeating: " ", count: $0) }
      bars = (0...width).map { String(repeating: String(style.bar), count: $0) }
    }
  }

  func rows(_ plan: Plan) -> [Row] {
    var rows: [Row] = []
    rows.reserveCapacity(plan.lots.count + plan.itemCount + 1)
    // Big plans repeat dates: each is written once.
    var texts: [PlanDate: String] = [:]
    func text(_ date: PlanDate) -> String {
      if let known = texts[date] { return known }
      let made = date.text(language)
      texts[date] = made
      return made
    }
    func row(_ item: Item) -> Row {
      let dates =
        item.type == .milestone
        ? text(item.start) : "\(text(item.start)) \(style.dash) \(text(item.end))"
      let label = item.title ?? item.name
      return Row(
        label: label, dates: dates, item: item, labelColumns: label.columns,
        datesColumns: dates.columns)
    }
    for lot in plan.lots where !lot.items.isEmpty {
      rows.append(Row(label: "", dates: "", heading: "\(lot.id)  \(lot.title)"))
      for item in lot.items { rows.append(row(item)) }
    }
    if !plan.milestones.isEmpty {
      rows.append(Row(label: "", dates: "", heading: Phrase(nl: "plan", en: "plan")(language)))
      for item in plan.milestones { rows.append(row(item)) }
    }
    return rows
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
