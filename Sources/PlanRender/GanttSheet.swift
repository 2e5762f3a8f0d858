import PlanKit

/// The workbook's second sheet, "Gantt": the chart drawn with cell fills, one column per week,
/// month, quarter or year, as the drawn chart marks it: lots as dark summary bars over their
/// items, phases blue, the critical path red, milestones as ◆ (◇ for a date given as a month
/// or season), today's column green. Printed on one page wide of A4 (or A3) landscape, with
/// its title rows and label columns on every page.
struct GanttSheet {
  /// The rows above the chart: title, status line, the two header lines.
  static let headerRows = 4
  /// Label and period come before the time columns.
  static let firstUnit = 2
  /// A seed plan (8 to 27 rows) prints on one page; a longer one runs on over pages.
  static let onePage = 45

  static let phase: UInt32 = 0x3F77BC
  static let critical: UInt32 = 0xC0392B
  static let summary: UInt32 = 0x3D4B5C
  static let milestone: UInt32 = 0x253546
  static let today: UInt32 = 0x138D63
  static let todayBand: UInt32 = 0xD5EDE3
  static let band: UInt32 = 0xE6ECF4
  static let yearLine: UInt32 = 0xAEB7C3
  static let rule: UInt32 = 0xD0D6DE
  /// A followed plan's work still to do, lighter than what is done; late in red.
  static let phaseToDo: UInt32 = 0xD9E5F3
  static let criticalToDo: UInt32 = 0xF4D5D0
  static let milestoneToDo: UInt32 = 0x8C98A8
  static let late: UInt32 = 0xE0301E

  var sheet = Sheet(name: "Gantt")
  private var styles: StyleBook
  private let timeline: SheetTimeline?
  private let todayColumn: Int?
  /// Whether the rows show where items stand (`ChartContent.statusDay`).
  private let followed: Bool
  /// A time column's width in characters.
  private let unitWidth: Double

  /// The chart of `content`: its rows, in its span, at its chosen unit or one that fits.
  ///
  /// - Complexity: O(rows × time columns): every cell of the grid is written, so that the
  ///   grid's lines and today's column show in every row.
  init(_ content: ChartContent, styles: StyleBook) {
    self.styles = styles
    let language = content.language
    let nl = language == .nl
    let timeline = content.span.map {
      SheetTimeline(span: $0, chosen: content.unit, language: language)
    }
    self.timeline = timeline
    followed = content.statusDay != nil
    unitWidth = Self.width(of: timeline?.unit)
    todayColumn = content.today.flatMap { timeline?.column(of: $0) }
    var title = CellStyle()
    title.bold = true
    title.size = 14
    put(0, 0, .cleanText(content.title), title)
    var status = [content.organisation].compactMap { $0 }
    if let today = content.today {
      status.append((nl ? "Stand per " : "Status as of ") + today.text(language))
    }
    var grey = CellStyle()
    grey.colour = 0x5A6270
    put(1, 0, .cleanText(status.joined(separator: " · ")), grey)
    writeAxis(language)
    var row = Self.headerRows
    var longest = 12
    var period = 10
    for shown in content.rows {
      writeRow(shown, at: row, language)
      longest = max(longest, shown.label.count + (shown.isHeading ? 1 : 3))
      period = max(period, shown.dates.count + 1)
      row += 1
    }
    writeLegend(at: row + 1, language)
    sheet.widths[0] = Double(min(longest, 44))
    sheet.widths[1] = Double(min(period, 26))
    for column in 0..<(timeline?.columns.count ?? 0) {
      sheet.widths[Self.firstUnit + column] = unitWidth
    }
    fitRows(content)
    sheet.heights[0] = 22
    sheet.frozenRows = Self.headerRows
    sheet.frozenColumns = Self.firstUnit
    sheet.print.paper = content.paper
    sheet.print.pagesHigh = content.rows.count <= Self.onePage ? 1 : 0
    sheet.print.repeatRows = 0...(Self.headerRows - 1)
    sheet.print.repeatColumns = 0...(Self.firstUnit - 1)
    sheet.print.footer =
      content.rows.count <= Self.onePage ? "" : (nl ? "&Cpagina &P van &N" : "&CPage &P of &N")
  }

  var book: StyleBook { styles }

  /// A time column's width in characters: room for "52", "sep." or "Q3" at 9 points.
  static func width(of unit: ChartAxis.Unit?) -> Double {
    switch unit {
    case .week: return 3.4
    case .month: return 4.6
    case .quarter: return 4.4
    case .year, nil: return 6
    }
  }

  /// Characters at 9 points take about this share of a column's width unit (11 points).
  static let smallText = 0.85

  /// Printed width in points of `characters` of column width: Excel's pixels (7 a
  /// character and 5 of padding at the default font) at 96 per inch.
  static func points(_ characters: Double) -> Double { (characters * 7 + 5) * 0.75 }

  /// Rows as tall as one printed page allows (a seed plan fills its page rather than its top
  /// third), between 15 and 22 points; a lot's title that wraps gets the lines it needs.
  ///
  /// - Complexity: O(rows + columns).
  private mutating func fitRows(_ content: ChartContent) {
    var row = 15.0
    if content.rows.count <= Self.onePage && !content.rows.isEmpty {
      let paper = content.paper.size
      let wide = sheet.widths.values.reduce(0) { $0 + Self.points($1) }
      let scale = min(1, (paper.width - 0.8 * 72) / max(1, wide))
      let high = (paper.height - 72) / scale - 22 - 3 * 15 - 2 * 15
      row = min(22, max(15, (high / Double(content.rows.count)).rounded(.down)))
    }
    let labelWidth = sheet.widths[0] ?? 12
    for (i, shown) in content.rows.enumerated() {
      let lines =
        shown.isHeading
        ? min(3, Int((Double(shown.label.count) * Self.smallText / labelWidth).rounded(.up))) : 1
      let height = max(row, 12 * Double(lines) + 2)
      if height > 15 { sheet.heights[Self.headerRows + i] = height }
    }
  }

  private mutating func put(_ row: Int, _ column: Int, _ value: Sheet.Value?, _ style: CellStyle) {
    sheet.cells.append(
      Sheet.Cell(row: row, column: column, value: value, style: styles.id(style)))
  }

  /// A time cell's style: the grid's rule below, a year's line on its left, today's band.
  private func grid(_ column: Int, fill: UInt32? = nil) -> CellStyle {
    var style = CellStyle()
    style.size = 9
    style.alignment = .centre
    style.bottomBorder = Self.rule
    style.fill = fill ?? (column == todayColumn ? Self.todayBand : nil)
    if let timeline, column > 0,
      timeline.columns[column].group != timeline.columns[column - 1].group
    {
      style.leftBorder = Self.yearLine
    }
    return style
  }

  /// The header lines: years (or months over weeks) merged over their columns, then the units.
  private mutating func writeAxis(_ language: Language) {
    var head = CellStyle()
    head.bold = true
    head.size = 9
    head.fill = Self.band
    head.bottomBorder = Self.rule
    put(2, 0, nil, head)
    put(2, 1, nil, head)
    put(3, 0, .text(language == .nl ? "Onderdeel" : "Item"), head)
    put(3, 1, .text(language == .nl ? "Periode" : "Period"), head)
    guard let timeline else { return }
    var first = 0
    for (i, column) in timeline.columns.enumerated() {
      var style = grid(i, fill: Self.band)
      style.bold = true
      if i == first {
        let span = timeline.columns[i...].prefix { $0.group == column.group }.count
        put(2, Self.firstUnit + i, groupLabel(column, columns: span), style)
      } else {
        put(2, Self.firstUnit + i, nil, style)
      }
      if i + 1 == timeline.columns.count || timeline.columns[i + 1].group != column.group {
        if i > first {
          sheet.merges.append(
            Sheet.Merge(row: 2, first: Self.firstUnit + first, last: Self.firstUnit + i))
        }
        first = i + 1
      }
      var unit = grid(i, fill: i == todayColumn ? Self.today : Self.band)
      unit.colour = i == todayColumn ? 0xFFFFFF : nil
      unit.bold = i == todayColumn
      put(3, Self.firstUnit + i, column.label.isEmpty ? nil : .text(column.label), unit)
    }
  }

  /// A group's label where it fits over its columns: "dec. 2022", else "dec." or "’22",
  /// else none (a week or two of a month at the chart's edge).
  private func groupLabel(_ column: SheetTimeline.Column, columns: Int) -> Sheet.Value? {
    let room = Double(columns) * unitWidth
    for label in [column.group, column.shortGroup]
    where Double(label.count) * Self.smallText + 1 <= room {
      return .text(label)
    }
    return nil
  }

  private mutating func writeRow(
    _ shown: ChartContent.Row, at row: Int, _ language: Language
  ) {
    var label = CellStyle()
    label.bold = shown.isHeading
    label.size = 9
    label.indent = shown.isHeading ? 0 : 1
    label.fill = shown.isHeading ? Self.band : nil
    // A lot's title is often a sentence ("Route 1: Gebiedsgerichte ondersteuning aan …"):
    // on two lines rather than cut off.
    label.wrap = shown.isHeading
    label.bottomBorder = Self.rule
    put(row, 0, .cleanText(shown.label), label)
    var dates = label
    dates.wrap = false
    dates.indent = 0
    dates.bold = false
    dates.colour = 0x5A6270
    let late = shown.stand?.isLate == true
    if late {
      // "te laat" after the dates, in red: the sheet's own words, not the user's.
      dates.colour = Self.late
      dates.bold = true
    }
    let shownDates =
      late
      ? shown.dates + " · " + Item.Status.late(days: 0, started: false).word(language) : shown.dates
    put(row, 1, shownDates.isEmpty ? nil : .cleanText(shownDates), dates)
    guard let timeline else { return }
    let bar = shown.days.flatMap { timeline.columns(of: $0) }
    // A followed phase: the columns done filled, the rest lighter.
    let done = shown.stand.flatMap { $0.done }.flatMap { timeline.columns(of: $0) }
    for i in timeline.columns.indices {
      var style = grid(i)
      var value: Sheet.Value?
      if let bar, bar.contains(i) {
        switch shown.kind {
        case .lot: style.fill = Self.summary
        case .phase:
          if shown.stand != nil, done?.contains(i) != true {
            style.fill = shown.critical ? Self.criticalToDo : Self.phaseToDo
            // A late phase's last cell says so, as the drawn chart outlines it in red.
            if late && i == bar.upperBound {
              value = .text("!")
              style.colour = Self.late
              style.bold = true
            }
          } else {
            style.fill = shown.critical ? Self.critical : Self.phase
          }
        case .milestone:
          value = .text(shown.startWindow == nil ? "◆" : "◇")
          style.colour = shown.critical ? Self.critical : Self.milestone
          if let stand = shown.stand, stand.status != .done {
            style.colour = late ? Self.late : Self.milestoneToDo
          }
          // A size up from the grid's text: a diamond at 9 points is a dot when printed.
          style.size = 11
        case .group: break
        }
      }
      put(row, Self.firstUnit + i, value, style)
    }
  }

  /// What the marks mean, below the chart: a sample cell and its word.
  private mutating func writeLegend(at row: Int, _ language: Language) {
    guard timeline != nil else { return }
    let nl = language == .nl
    var entries: [(CellStyle, Sheet.Value?, String)] = []
    var swatch = CellStyle()
    swatch.size = 9
    swatch.alignment = .centre
    for (fill, word) in [
      (Self.summary, nl ? "perceel" : "lot"), (Self.phase, nl ? "fase" : "phase"),
      (Self.critical, nl ? "kritiek pad" : "critical path"),
      (Self.todayBand, nl ? "vandaag" : "today"),
    ] {
      swatch.fill = fill
      entries.append((swatch, nil, word))
    }
    swatch.fill = nil
    swatch.bold = true
    swatch.colour = Self.milestone
    let reached = nl ? "mijlpaal bereikt" : "milestone reached"
    entries.insert((swatch, .text("◆"), followed ? reached : nl ? "mijlpaal" : "milestone"), at: 2)
    // A followed plan's marks on a line of their own, so that the legend stays as wide.
    var second: [(CellStyle, Sheet.Value?, String)] = []
    if followed {
      var toDo = swatch
      toDo.fill = Self.phaseToDo
      second.append((toDo, nil, nl ? "nog te doen" : "to do"))
      swatch.colour = Self.milestoneToDo
      second.append((swatch, .text("◆"), nl ? "nog te halen" : "to come"))
      swatch.colour = Self.late
      second.append((swatch, .text("!"), nl ? "te laat" : "late"))
    }
    var word = CellStyle()
    word.size = 9
    word.colour = 0x5A6270
    put(row, 0, .text(nl ? "Legenda" : "Legend"), word)
    // Each sample in a time column, its word over the empty columns beside it: as many as
    // "kritiek pad" needs, so that the legend stays within a narrow chart's print width.
    let step = 1 + Int((11 * Self.smallText / unitWidth).rounded(.up))
    for (line, entries) in [entries, second].enumerated() {
      for (i, entry) in entries.enumerated() {
        let column = Self.firstUnit + i * step
        put(row + line, column, entry.1, entry.0)
        put(row + line, column + 1, .text(entry.2), word)
      }
    }
  }
}
