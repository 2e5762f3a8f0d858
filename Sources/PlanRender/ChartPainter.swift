import PlanKit

/// The one drawing routine of the PDF, the PNG and the SVG: draws each page of a layout on a
/// canvas: the header, the time axis, the rows with their bars and markers, the today line,
/// the legend and the page number.
package struct ChartPainter {
  package typealias S = ChartStyle
  package let layout: ChartLayout
  package let measure: any TextMeasure
  package let legend: Legend

  package init(layout: ChartLayout, measure: any TextMeasure) {
    self.layout = layout
    self.measure = measure
    legend = Legend(layout.content, today: layout.showsToday, measure: measure)
  }

  package var content: ChartContent { layout.content }
  package var nl: Bool { content.language == .nl }

  /// Every page, one after the other.
  ///
  /// - Complexity: O(rows + axis units per page).
  package func draw(on canvas: inout some Canvas) {
    for (number, page) in layout.pages.enumerated() {
      if number > 0 { canvas.nextPage() }
      draw(page, number: number, on: &canvas)
    }
  }

  package func draw(_ page: ChartLayout.Page, number: Int, on canvas: inout some Canvas) {
    begin("chart-header", on: &canvas)
    header(on: &canvas)
    end(on: &canvas)
    columnHeads(on: &canvas)
    backgrounds(page, on: &canvas)
    if let axis = layout.axis { grid(axis, bottom: page.bottom, on: &canvas) }
    // The today line goes under the bars and labels, which stay readable where it crosses them.
    begin("chart-today", on: &canvas)
    if let axis = layout.axis { todayLine(axis, bottom: page.bottom, on: &canvas) }
    end(on: &canvas)
    begin("chart-links", on: &canvas)
    if let axis = layout.axis, !content.links.isEmpty {
      LinkArrows(layout: layout, axis: axis).draw(page, on: &canvas)
    }
    end(on: &canvas)
    for placed in page.rows { row(placed, on: &canvas) }
    begin("chart-legend", on: &canvas)
    footer(page, number: number, on: &canvas)
    end(on: &canvas)
  }

  /// Marks that change with the plan but belong to no item, kept together in a chart drawn for
  /// the meeting view: the page replaces them by id when only they and some items changed.
  func begin(_ part: String, on canvas: inout some Canvas) {
    if content.itemElements { canvas.beginPart(part) }
  }

  func end(on canvas: inout some Canvas) {
    if content.itemElements { canvas.endPart() }
  }

  package func header(on canvas: inout some Canvas) {
    let top = S.margin
    canvas.text(
      content.title, at: Point(x: S.margin, y: top + 13), layout.titleFont, S.ink, anchor: .start)
    if let status = ChartLayout.status(content) {
      canvas.text(
        status, at: Point(x: layout.width - S.margin, y: top + 13), S.subtitle, S.ink, anchor: .end)
    }
    if let organisation = content.organisation {
      canvas.text(
        organisation, at: Point(x: S.margin, y: top + 28), S.subtitle, S.grey, anchor: .start)
    }
  }

  package func columnHeads(on canvas: inout some Canvas) {
    let y = layout.rowsTop - 5
    canvas.text(
      nl ? "Perceel en onderdeel" : "Lot and item", at: Point(x: S.margin, y: y), S.columnHead,
      S.grey, anchor: .start)
    canvas.text(
      nl ? "Periode" : "Dates", at: Point(x: layout.datesX, y: y), S.columnHead, S.grey,
      anchor: .start)
    canvas.line(
      from: Point(x: S.margin, y: layout.rowsTop),
      to: Point(x: layout.width - S.margin, y: layout.rowsTop),
      S.yearLine, width: 0.6, dash: nil)
  }

  /// The band behind each heading and one rule under every item, drawn as one path.
  package func backgrounds(_ page: ChartLayout.Page, on canvas: inout some Canvas) {
    var rules: [Segment] = []
    for placed in page.rows {
      if content.rows[placed.index].isHeading {
        canvas.fill(
          Rect(
            x: S.margin, y: placed.y, width: layout.width - 2 * S.margin, height: placed.height),
          S.headingBand)
      } else {
        let y = placed.y + placed.height
        rules.append((Point(x: S.margin, y: y), Point(x: layout.width - S.margin, y: y)))
      }
    }
    canvas.lines(rules, S.rowRule, width: 0.4)
  }

  /// The axis band with years and units, and their lines down through the rows.
  package func grid(_ axis: ChartAxis, bottom: Double, on canvas: inout some Canvas) {
    let left = layout.chartX
    let right = left + layout.chartWidth
    let top = layout.axisTop
    let middle = top + S.axisHeight / 2
    canvas.fill(Rect(x: left, y: top, width: layout.chartWidth, height: S.axisHeight), S.axisBand)
    func x(_ day: Day) -> Double { min(right, max(left, left + axis.x(day))) }
    // The lines first, as two paths (units, years), then the labels over them.
    let units = axis.unit == .year ? axis.years : axis.units
    // Where labels are thinned out, only the labelled units get a line.
    let unitLines = units.dropFirst().filter { !$0.label.isEmpty }.map { mark -> Segment in
      let at = x(mark.day)
      return (Point(x: at, y: axis.unit == .year ? top : middle), Point(x: at, y: bottom))
    }
    canvas.lines(unitLines, S.unitLine, width: 0.5)
    let yearLines = axis.years.dropFirst().map { mark -> Segment in
      (Point(x: x(mark.day), y: top), Point(x: x(mark.day), y: bottom))
    }
    canvas.lines(yearLines, S.yearLine, width: 0.7)
    if axis.unit != .year {
      for (i, mark) in units.enumerated() where !mark.label.isEmpty {
        let to = i + 1 < units.count ? x(units[i + 1].day) : right
        place(
          mark.label, from: x(mark.day), to: to, y: top + S.axisHeight - 4, S.axisUnit,
          on: &canvas)
      }
    }
    for (i, mark) in axis.years.enumerated() where !mark.label.isEmpty {
      let last = i + 1 == axis.years.count
      let next = last ? right : x(axis.years[i + 1].day)
      // A thinned-out year's label stands at its own year, not amid the years to the next.
      let to = min(next, Day(year: mark.day.year + 1, month: 1, day: 1).map(x) ?? right)
      let y = axis.unit == .year ? top + S.axisHeight / 2 + 3 : middle - 3
      let width = measure.width(mark.label, S.axisYear)
      if width + 2 <= to - x(mark.day) {
        canvas.text(
          mark.label, at: Point(x: (x(mark.day) + to) / 2, y: y), S.axisYear, S.ink,
          anchor: .middle)
      } else if last && i > 0 {
        // The last year's sliver ("jan" after "dec"): its year at the chart's edge, so that
        // the month is not read as the year before's.
        canvas.text(mark.label, at: Point(x: right - 1, y: y), S.axisYear, S.ink, anchor: .end)
      } else if i == 0, axis.years.count > 1 {
        // The first year's sliver: named by where the next year starts, not across its line.
        continue
      } else {
        place(mark.label, from: x(mark.day), to: to, y: y, S.axisYear, on: &canvas)
      }
    }
  }

  /// A label in the middle of its unit, or at its start when the unit is narrower than the
  /// label but the next labels leave room; left out when it does not fit at all.
  package func place(
    _ label: String, from: Double, to: Double, y: Double, _ font: Font,
    on canvas: inout some Canvas
  ) {
    let width = measure.width(label, font)
    if width + 2 <= to - from {
      canvas.text(label, at: Point(x: (from + to) / 2, y: y), font, S.ink, anchor: .middle)
    } else if from + 2 + width <= layout.chartX + layout.chartWidth {
      canvas.text(label, at: Point(x: from + 2, y: y), font, S.ink, anchor: .start)
    }
  }

  package func row(_ placed: ChartLayout.Placed, on canvas: inout some Canvas) {
    let row = content.rows[placed.index]
    guard let stand = row.stand else {
      guard content.itemElements else { return marks(placed, on: &canvas) }
      // The plan's own milestones' heading has no id of its own: one no name can be.
      canvas.beginItem(
        row.kind == .group ? Self.planGroup : row.id, status: "planned", text: row.dates)
      marks(placed, on: &canvas)
      return canvas.endItem()
    }
    canvas.beginItem(row.id, status: stand.status.word(.en), text: stand.text)
    marks(placed, on: &canvas)
    canvas.endItem()
  }

  /// The element id of the heading over the plan's own milestones: a name starts with a
  /// letter, so no lot or item has it.
  package static let planGroup = "_plan"

  /// A row's label, dates and marks.
  package func marks(_ placed: ChartLayout.Placed, on canvas: inout some Canvas) {
    let row = content.rows[placed.index]
    let font = row.isHeading ? S.lotLabel : S.label
    let x = S.margin + (row.isHeading ? 2 : S.indent)
    let first =
      placed.y + (placed.height - Double(placed.lines.count) * S.lineHeight) / 2 + 7.2
    for (i, line) in placed.lines.enumerated() {
      canvas.text(
        line, at: Point(x: x, y: first + Double(i) * S.lineHeight), font, S.ink, anchor: .start)
    }
    let middle = placed.y + placed.height / 2
    // » as on the screen: the tender's order holds the item later than its own date.
    let dates =
      placed.continued
      ? (nl ? "(vervolg)" : "(continued)") : row.held ? row.dates + " »" : row.dates
    canvas.text(
      dates, at: Point(x: layout.datesX, y: middle + 2.7), S.dates,
      row.isHeading ? S.grey : S.ink, anchor: .start)
    guard let axis = layout.axis else { return }
    let marks = RowMarks(
      axis: axis, left: layout.chartX, width: layout.chartWidth, middle: middle,
      rowHeight: layout.rowHeight)
    if let days = row.baseline {
      marks.baseline(days, milestone: row.kind == .milestone, on: &canvas)
    }
    // The deadline's line under the bar or diamond, its flag over them: a milestone on its own
    // deadline stays whole and the flag stays seen.
    if let deadline = row.deadline {
      marks.deadline(deadline, top: placed.y, height: placed.height, on: &canvas)
    }
    switch row.kind {
    case .lot: marks.summary(row, on: &canvas)
    case .group: break
    case .phase:
      marks.phase(row, on: &canvas)
      marks.lateWords(row, language: content.language, measure: measure, on: &canvas)
    case .milestone:
      marks.milestone(row, language: content.language, measure: measure, on: &canvas)
    }
    if let deadline = row.deadline { marks.flag(deadline, top: placed.y, on: &canvas) }
  }

  package func todayLine(_ axis: ChartAxis, bottom: Double, on canvas: inout some Canvas) {
    guard layout.showsToday, let today = content.today else { return }
    let x = layout.chartX + axis.x(today)
    canvas.line(
      from: Point(x: x, y: layout.axisTop), to: Point(x: x, y: bottom), S.today, width: 1,
      dash: 3)
    let label = nl ? "vandaag" : "today"
    let half = measure.width(label, S.legend) / 2
    let centre = min(max(x, layout.chartX + half), layout.chartX + layout.chartWidth - half)
    canvas.text(label, at: Point(x: centre, y: bottom + 9), S.legend, S.today, anchor: .middle)
  }

  package func footer(_ page: ChartLayout.Page, number: Int, on canvas: inout some Canvas) {
    let y = layout.height - S.margin - 4
    let lines = layout.legendLines
    legend.draw(
      lines, at: Point(x: S.margin, y: y - Double(lines.count - 1) * S.legendLine), on: &canvas)
    guard layout.pages.count > 1 else { return }
    let text =
      nl
      ? "pagina \(number + 1) van \(layout.pages.count)"
      : "page \(number + 1) of \(layout.pages.count)"
    canvas.text(
      text, at: Point(x: layout.width - S.margin, y: y), S.legend, S.grey, anchor: .end)
  }
}
