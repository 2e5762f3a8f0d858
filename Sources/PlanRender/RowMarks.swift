import PlanKit

/// The marks in one row's part of the chart: a lot's summary bar, a phase's bar with the softer
/// windows of its coarse dates, a milestone's diamond (hollow, over its window, when its date
/// is coarse) with its date, and a deadline.
package struct RowMarks {
  package typealias S = ChartStyle
  package let axis: ChartAxis
  package let left: Double
  package let width: Double
  /// The row's vertical middle.
  package let middle: Double
  package let rowHeight: Double

  package var barHeight: Double { min(9, rowHeight * 0.58) }
  package var right: Double { left + width }

  package func x(_ day: Day) -> Double { min(right, max(left, left + axis.x(day))) }

  package func bar(
    _ days: Range<Day>, _ colour: Colour, height: Double, on canvas: inout some Canvas
  ) {
    let from = x(days.lowerBound)
    let to = max(from + 1.2, x(days.upperBound))
    canvas.fill(Rect(x: from, y: middle - height / 2, width: to - from, height: height), colour)
  }

  package func summary(_ row: ChartContent.Row, on canvas: inout some Canvas) {
    // A lot of one milestone has its diamond; a summary would be a speck.
    guard let days = row.days, x(days.upperBound) - x(days.lowerBound) >= 6 else { return }
    let height = 3.5
    bar(days, S.summary, height: height, on: &canvas)
    let top = middle - height / 2
    let bottom = middle + height / 2 + 3
    // An end outside the chosen days gets no mark: the lot goes on past the edge.
    var ends: [Double] = []
    if axis.range.contains(days.lowerBound) { ends.append(x(days.lowerBound)) }
    if days.upperBound <= axis.range.upperBound {
      ends.append(max(x(days.lowerBound) + 1.2, x(days.upperBound)))
    }
    for end in ends {
      canvas.polygon(
        [
          Point(x: end - 3, y: top), Point(x: end + 3, y: top), Point(x: end, y: bottom),
        ], fill: S.summary, stroke: nil, width: 0)
    }
  }

  package func phase(_ row: ChartContent.Row, on canvas: inout some Canvas) {
    guard let days = row.days else { return }
    let (solid, soft) = row.critical ? (S.critical, S.criticalSoft) : (S.phase, S.phaseSoft)
    let from = max(days.lowerBound, row.startWindow?.upperBound ?? days.lowerBound)
    let to = min(days.upperBound, row.endWindow?.lowerBound ?? days.upperBound)
    for window in [row.startWindow, row.endWindow].compactMap({ $0 }) {
      bar(window, soft, height: barHeight, on: &canvas)
    }
    guard let stand = row.stand else {
      if from < to || (row.startWindow == nil && row.endWindow == nil) {
        bar(from..<max(from, to), solid, height: barHeight, on: &canvas)
      }
      return
    }
    progress(
      days, core: from..<max(from, to), stand,
      colours: (solid, row.critical ? S.criticalToDo : S.phaseToDo),
      on: &canvas)
  }

  /// A followed phase: what is still to do lighter and outlined, what is done filled over it,
  /// a late one outlined in red with "te laat" after it.
  package func progress(
    _ days: Range<Day>, core: Range<Day>, _ stand: ItemStand, colours: (done: Colour, toDo: Colour),
    on canvas: inout some Canvas
  ) {
    let top = middle - barHeight / 2
    let from = x(core.lowerBound)
    let to = max(from + 1.2, x(core.upperBound))
    canvas.fill(Rect(x: from, y: top, width: to - from, height: barHeight), colours.toDo)
    if let done = stand.done {
      let clamped = max(done.lowerBound, days.lowerBound)..<min(done.upperBound, days.upperBound)
      if !clamped.isEmpty { bar(clamped, colours.done, height: barHeight, on: &canvas) }
    }
    let (left, right) = (x(days.lowerBound), max(x(days.lowerBound) + 1.2, x(days.upperBound)))
    outline(
      left, right, stand.isLate ? S.late : colours.done, width: stand.isLate ? 1.4 : 0.6,
      on: &canvas)
  }

  func outline(
    _ left: Double, _ right: Double, _ colour: Colour, width: Double, on canvas: inout some Canvas
  ) {
    let (top, bottom) = (middle - barHeight / 2, middle + barHeight / 2)
    canvas.polygon(
      [
        Point(x: left, y: top), Point(x: right, y: top), Point(x: right, y: bottom),
        Point(x: left, y: bottom),
      ], fill: nil, stroke: colour, width: width)
  }

  /// "te laat" in red after a late phase's bar, or before it at the chart's right edge.
  package func lateWords(
    _ row: ChartContent.Row, language: Language, measure: some TextMeasure,
    on canvas: inout some Canvas
  ) {
    guard let days = row.days, row.stand?.isLate == true, row.kind == .phase else { return }
    let words = Item.Status.late(days: 0, started: false).word(language)
    let width = measure.width(words, S.milestoneDate)
    let after = max(x(days.lowerBound) + 1.2, x(days.upperBound)) + 2.5
    let y = middle + 2.3
    if after + width <= right {
      canvas.text(words, at: Point(x: after, y: y), S.milestoneDate, S.late, anchor: .start)
    } else {
      canvas.text(
        words, at: Point(x: x(days.lowerBound) - 2.5, y: y), S.milestoneDate, S.late, anchor: .end)
    }
  }

  package func milestone(
    _ row: ChartContent.Row, language: Language, measure: some TextMeasure,
    on canvas: inout some Canvas
  ) {
    guard let days = row.days else { return }
    let colour = row.critical ? S.critical : S.milestone
    let half = min(5, rowHeight * 0.36)
    let centre: Double
    if let window = row.startWindow {
      bar(window, row.critical ? S.criticalSoft : S.milestoneSoft, height: barHeight, on: &canvas)
      centre = (x(window.lowerBound) + x(window.upperBound)) / 2
    } else {
      centre = x(days.lowerBound)
    }
    let diamond = [
      Point(x: centre, y: middle - half), Point(x: centre + half, y: middle),
      Point(x: centre, y: middle + half), Point(x: centre - half, y: middle),
    ]
    let reached = row.stand.map { $0.status == .done } ?? true
    if row.stand?.isLate == true {
      canvas.polygon(
        diamond, fill: row.startWindow == nil ? S.milestoneToDo : S.white, stroke: S.late,
        width: 1.6)
    } else if row.startWindow == nil || (row.stand != nil && reached) {
      // A followed plan fills what is reached, and lightens what is still to come.
      canvas.polygon(
        diamond, fill: reached ? colour : (row.critical ? S.criticalToDo : S.milestoneToDo),
        stroke: reached ? S.white : colour, width: reached ? 0.5 : 1)
    } else {
      canvas.polygon(diamond, fill: S.white, stroke: colour, width: 1.2)
    }
    // The date beside the diamond and its window: after them, or before them at the right edge;
    // "te laat" after it when the milestone should have been reached.
    let late = row.stand?.isLate == true
    let dates =
      late
      ? row.dates + " · " + Item.Status.late(days: 0, started: false).word(language) : row.dates
    let text = measure.width(dates, S.milestoneDate)
    let after = max(centre + half, row.startWindow.map { x($0.upperBound) } ?? 0) + 2.5
    let before = min(centre - half, row.startWindow.map { x($0.lowerBound) } ?? .infinity) - 2.5
    let y = middle + 2.3
    let ink = late ? S.late : S.grey
    if after + text <= right {
      canvas.text(dates, at: Point(x: after, y: y), S.milestoneDate, ink, anchor: .start)
    } else {
      canvas.text(dates, at: Point(x: before, y: y), S.milestoneDate, ink, anchor: .end)
    }
  }

  /// The baseline's mark under the item's own: a thin grey bar, or a grey diamond where a
  /// milestone stood.
  package func baseline(_ days: Range<Day>, milestone: Bool, on canvas: inout some Canvas) {
    let from = x(days.lowerBound)
    guard !milestone else {
      let half = min(3.5, rowHeight * 0.25)
      canvas.polygon(
        [
          Point(x: from, y: middle - half), Point(x: from + half, y: middle),
          Point(x: from, y: middle + half), Point(x: from - half, y: middle),
        ], fill: S.baseline, stroke: nil, width: 0)
      return
    }
    let top = middle + barHeight / 2 + 0.6
    canvas.fill(
      Rect(x: from, y: top, width: max(1.2, x(days.upperBound) - from), height: 2.4), S.baseline)
  }

  /// A red line through the row at the deadline; its flag comes over the row's marks.
  package func deadline(
    _ day: Day, top: Double, height: Double, on canvas: inout some Canvas
  ) {
    let at = x(day)
    canvas.line(
      from: Point(x: at, y: top + 1.5), to: Point(x: at, y: top + height - 1.5), S.deadline,
      width: 1.3, dash: nil)
  }

  /// The deadline's flag at the top of the row, outlined so that it stands out on a diamond.
  package func flag(_ day: Day, top: Double, on canvas: inout some Canvas) {
    let at = x(day)
    canvas.polygon(
      [
        Point(x: at - 3, y: top + 0.8), Point(x: at + 3, y: top + 0.8),
        Point(x: at, y: top + 4.8),
      ], fill: S.deadline, stroke: S.white, width: 0.5)
  }
}
