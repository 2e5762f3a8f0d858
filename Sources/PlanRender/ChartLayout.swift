import PlanKit

/// Where everything of a drawn chart goes: the columns for labels and dates, each label
/// wrapped to its column, each row's height, the time axis, and the rows of each page. A PDF
/// has pages of a fixed size, with the heading of a lot repeated on a page that continues it;
/// a picture (PNG, SVG) is one page as tall as its rows.
package struct ChartLayout {
  /// A row on a page.
  package struct Placed: Equatable {
    /// Its index in `ChartContent.rows`.
    package var index: Int
    package var y: Double
    package var height: Double
    package var lines: [String]
    /// A lot's heading repeated at the top of a page that continues the lot.
    package var continued = false
  }

  package struct Page: Equatable {
    package var rows: [Placed]
    /// Where the rows end.
    package var bottom: Double
  }

  package let content: ChartContent
  package let width: Double
  package let height: Double
  package let titleFont: Font
  package let labelWidth: Double
  package let datesX: Double
  package let chartX: Double
  package let chartWidth: Double
  package let axis: ChartAxis?
  package let axisTop: Double
  package let rowsTop: Double
  package let rowHeight: Double
  package let pages: [Page]
  /// The legend's entries, line by line, as they fit beside the page number.
  package let legendLines: [[Legend.Entry]]

  package static let a4Landscape = ChartOptions.Paper.a4.size

  /// The layout on pages of `height` points, or on one page as tall as the rows (nil).
  ///
  /// - Complexity: O(rows), each label and date measured once (a label that needs wrapping
  ///   once per word).
  package init(
    _ content: ChartContent, measure: some TextMeasure, width: Double = a4Landscape.width,
    height pageHeight: Double?
  ) {
    typealias S = ChartStyle
    self.content = content
    self.width = width
    let inner = width - 2 * S.margin
    // The title shrinks to fit beside the status date, down to a size that still reads.
    let status = Self.status(content)
    let room = inner - (status.map { measure.width($0, S.subtitle) + 3 * S.gap } ?? 0)
    var title = S.title
    let titleWidth = measure.width(content.title, title)
    if titleWidth > room {
      title.size = max(S.smallestTitle, (title.size * room / titleWidth * 10).rounded(.down) / 10)
    }
    titleFont = title
    // Columns: as wide as the longest label and dates, within a share of the page (and as
    // wide as those of every step of a replay).
    let measured = Self.measure(content, measure)
    let labelWidths = measured.labels
    let wanted = content.columns.map { measured.columns.union($0) } ?? measured.columns
    let (longest, longestDates) = (wanted.label, wanted.dates)
    labelWidth = min(max(longest, 120), (inner * 0.36).rounded())
    let datesWidth = min(max(longestDates, 50), (inner * 0.2).rounded())
    datesX = S.margin + labelWidth + S.gap
    chartX = datesX + datesWidth + S.gap
    let chartWidth = width - S.margin - chartX
    self.chartWidth = chartWidth
    axis = content.span.map {
      ChartAxis(span: $0, width: chartWidth, language: content.language, unit: content.unit)
    }
    axisTop =
      S.margin + (content.organisation == nil ? S.header : S.headerWithOrganisation)
    rowsTop = axisTop + S.axisHeight
    // Labels wider than their column wrap at spaces.
    var lines: [[String]] = []
    lines.reserveCapacity(content.rows.count)
    var extra = 0.0
    for (row, measured) in zip(content.rows, labelWidths) {
      let room = labelWidth - (row.isHeading ? 0 : S.indent)
      let wrapped =
        measured <= labelWidth
        ? [row.label]
        : Self.wrap(row.label, room, row.isHeading ? S.lotLabel : S.label, measure)
      extra += Double(wrapped.count - 1) * S.lineHeight
      lines.append(wrapped)
    }
    // The legend on as many lines as it needs, beside a page number on paper.
    var today = false
    if let day = content.today, let range = axis?.range { today = range.contains(day) }
    var numbered = 0.0
    if pageHeight != nil {
      let number = content.language == .nl ? "pagina 999 van 999" : "page 999 of 999"
      numbered = measure.width(number, S.legend) + S.gap
    }
    legendLines = Legend(content, today: today, measure: measure).lines(
      within: inner - numbered)
    // Rows as roomy as one page allows.
    let below =
      S.todayLabel + S.footer + S.margin + Double(legendLines.count - 1) * S.legendLine
    let count = Double(content.rows.count)
    var rowHeight = S.roomyRow
    if let pageHeight {
      let room = pageHeight - rowsTop - below
      if count * S.roomyRow + extra > room {
        rowHeight = max(S.smallestRow, ((room - extra) / max(1, count) * 10).rounded(.down) / 10)
      }
    }
    self.rowHeight = rowHeight
    let bottomLimit = pageHeight.map { $0 - below } ?? .infinity
    var pages: [Page] = []
    var placed: [Placed] = []
    var y = rowsTop
    func heightOf(_ index: Int) -> Double {
      rowHeight + Double(lines[index].count - 1) * S.lineHeight
    }
    for index in content.rows.indices {
      let row = content.rows[index]
      var needed = heightOf(index)
      // A heading goes with its first item.
      if row.isHeading, index + 1 < content.rows.count, !content.rows[index + 1].isHeading {
        needed += heightOf(index + 1)
      }
      if y + needed > bottomLimit && !placed.isEmpty {
        pages.append(Page(rows: placed, bottom: y))
        placed = []
        y = rowsTop
        if !row.isHeading, let heading = row.heading {
          placed.append(
            Placed(
              index: heading, y: y, height: heightOf(heading), lines: lines[heading],
              continued: true))
          y += heightOf(heading)
        }
      }
      placed.append(Placed(index: index, y: y, height: heightOf(index), lines: lines[index]))
      y += heightOf(index)
    }
    pages.append(Page(rows: placed, bottom: y))
    self.pages = pages
    height = pageHeight ?? (y + below)
  }

  /// Each row's label width (indented under its lot), and the columns the longest label and
  /// dates need.
  ///
  /// - Complexity: O(rows), each label and each different dates measured once.
  package static func measure(_ content: ChartContent, _ measure: some TextMeasure) -> (
    labels: [Double], columns: ChartColumns
  ) {
    typealias S = ChartStyle
    var longest = 0.0
    var longestDates = 0.0
    var dateWidths: [String: Double] = [:]
    var labelWidths: [Double] = []
    labelWidths.reserveCapacity(content.rows.count)
    for row in content.rows {
      let font = row.isHeading ? S.lotLabel : S.label
      let measured = measure.width(row.label, font) + (row.isHeading ? 0 : S.indent)
      labelWidths.append(measured)
      longest = max(longest, measured)
      if dateWidths[row.dates] == nil {
        let dates = measure.width(row.dates, S.dates)
        dateWidths[row.dates] = dates
        longestDates = max(longestDates, dates)
      }
    }
    return (labelWidths, ChartColumns(label: longest, dates: longestDates))
  }

  /// Whether today falls within the axis, where its line is drawn.
  package var showsToday: Bool {
    guard let today = content.today, let axis else { return false }
    return axis.range.contains(today)
  }

  /// "Stand per 1 sept. 2022", when the plan has a today.
  package static func status(_ content: ChartContent) -> String? {
    content.today.map {
      Phrase(nl: "Stand per ", en: "As of ")(content.language) + $0.text(content.language)
    }
  }

  /// `text` in lines no wider than `room`, broken at spaces (a word longer than a line is
  /// cut), at most `ChartStyle.maximumLines`, the last one ending in an ellipsis when text
  /// is left over.
  ///
  /// - Complexity: O(words) measurements.
  package static func wrap(
    _ text: String, _ room: Double, _ font: Font, _ measure: some TextMeasure
  )
    -> [String]
  {
    var lines: [String] = []
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    while !words.isEmpty {
      var line = words.removeFirst()
      while measure.width(line, font) > room && line.count > 1 {
        // A word wider than the line: cut it where it fits.
        var cut = line
        while cut.count > 1 && measure.width(cut, font) > room { cut.removeLast() }
        lines.append(cut)
        line = String(line.dropFirst(cut.count))
      }
      while let next = words.first, measure.width(line + " " + next, font) <= room {
        line += " " + next
        words.removeFirst()
      }
      lines.append(line)
    }
    guard lines.count > ChartStyle.maximumLines else { return lines.isEmpty ? [""] : lines }
    var last = lines[ChartStyle.maximumLines - 1]
    while !last.isEmpty && measure.width(last + " …", font) > room { last.removeLast() }
    return Array(lines.prefix(ChartStyle.maximumLines - 1)) + [last + " …"]
  }
}
