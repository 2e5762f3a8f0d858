import PlanKit

/// The links of a page as thin arrows from one bar to the next, the way planning tools draw
/// them: from a phase's end straight down into a successor that starts where it ends, along
/// the row and down when the successor starts later, and around when it starts earlier (a
/// negative lag). A link between rows on different pages of a PDF is left out: half an arrow
/// says nothing.
package struct LinkArrows {
  package typealias S = ChartStyle
  package let layout: ChartLayout
  package let axis: ChartAxis

  /// Room between a bar's end and a bend.
  package static let step = 4.0
  package static let head = 3.0

  package func x(_ day: Day) -> Double {
    min(layout.chartX + layout.chartWidth, max(layout.chartX, layout.chartX + axis.x(day)))
  }

  /// Where a row's bar starts and ends; a milestone's diamond is both.
  package func ends(_ row: ChartContent.Row) -> (start: Double, end: Double)? {
    guard let days = row.days else { return nil }
    if row.kind == .milestone {
      let centre = row.startWindow.map { (x($0.lowerBound) + x($0.upperBound)) / 2 }
      let at = centre ?? x(days.lowerBound)
      return (at, at)
    }
    return (x(days.lowerBound), max(x(days.lowerBound) + 1.2, x(days.upperBound)))
  }

  /// - Complexity: O(rows on the page + links).
  package func draw(_ page: ChartLayout.Page, on canvas: inout some Canvas) {
    var middles: [Int: Double] = [:]
    for placed in page.rows where !placed.continued {
      middles[placed.index] = placed.y + placed.height / 2
    }
    let half = min(9, layout.rowHeight * 0.58) / 2
    var segments: [Segment] = []
    var heads: [[Point]] = []
    // A link the dates break (a successor that starts before what it waits for has ended) is
    // drawn in the deadline's red: the conflict `controleer` reports, seen on the chart.
    var broken: [Segment] = []
    var brokenHeads: [[Point]] = []
    let right = layout.chartX + layout.chartWidth
    for arrow in layout.content.links {
      guard let fromY = middles[arrow.from], let toY = middles[arrow.to],
        let from = ends(layout.content.rows[arrow.from]),
        let to = ends(layout.content.rows[arrow.to])
      else { continue }
      let down = toY >= fromY ? 1.0 : -1.0
      let source = arrow.kind == .startToStart ? from.start : from.end
      let target = arrow.kind == .finishToFinish ? to.end : to.start
      // A milestone's date stands right of its diamond: its arrows leave downwards.
      let fromMilestone = layout.content.rows[arrow.from].kind == .milestone
      var points: [Point]
      var head: [Point]
      if arrow.kind == .finishToFinish {
        // Into the end from the right, within the chart.
        let bend = min(max(source, target) + Self.step, right)
        points = [
          Point(x: source, y: fromY), Point(x: bend, y: fromY), Point(x: bend, y: toY),
          Point(x: target, y: toY),
        ]
        head = self.head(at: Point(x: target, y: toY), pointing: (-1, 0))
      } else if abs(target - source) < Self.step {
        // Straight down from one to the other.
        let entry = toY - down * half
        points = [Point(x: target, y: fromY + down * half), Point(x: target, y: entry)]
        head = self.head(at: Point(x: target, y: entry), pointing: (0, down))
      } else if arrow.kind == .finishToStart && target > source && !fromMilestone {
        // Along the empty row after the bar, then down onto the successor's start.
        let entry = toY - down * half
        points = [
          Point(x: source, y: fromY), Point(x: target, y: fromY), Point(x: target, y: entry),
        ]
        head = self.head(at: Point(x: target, y: entry), pointing: (0, down))
      } else if target > source {
        // Down from the source, then along the successor's row to its start.
        points = [
          Point(x: source, y: fromY + down * half), Point(x: source, y: toY),
          Point(x: target, y: toY),
        ]
        head = self.head(at: Point(x: target, y: toY), pointing: (1, 0))
      } else {
        // The successor starts before the source: out, down between the rows, back, in.
        let between = toY - down * layout.rowHeight / 2
        let out = min(source + Self.step, right)
        let back = max(target - Self.step, layout.chartX)
        points = [
          Point(x: source, y: fromY), Point(x: out, y: fromY), Point(x: out, y: between),
          Point(x: back, y: between), Point(x: back, y: toY), Point(x: target, y: toY),
        ]
        head = self.head(at: Point(x: target, y: toY), pointing: (1, 0))
      }
      let lines = zip(points, points.dropFirst()).filter { $0 != $1 }.map { ($0, $1) }
      if arrow.kind == .finishToStart && target < source - 0.5 {
        broken += lines
        brokenHeads.append(head)
      } else {
        segments += lines
        heads.append(head)
      }
    }
    canvas.lines(segments, S.link, width: 0.7)
    for head in heads { canvas.polygon(head, fill: S.link, stroke: nil, width: 0) }
    canvas.lines(broken, S.deadline, width: 0.9)
    for head in brokenHeads { canvas.polygon(head, fill: S.deadline, stroke: nil, width: 0) }
  }

  /// A small triangle with its tip at `tip`, pointing along `direction` (a unit step).
  package func head(at tip: Point, pointing direction: (x: Double, y: Double)) -> [Point] {
    let back = Point(x: tip.x - direction.x * Self.head, y: tip.y - direction.y * Self.head)
    let side = (x: -direction.y * Self.head * 0.7, y: direction.x * Self.head * 0.7)
    return [
      tip, Point(x: back.x + side.x, y: back.y + side.y),
      Point(x: back.x - side.x, y: back.y - side.y),
    ]
  }
}
