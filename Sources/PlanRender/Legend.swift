import PlanKit

/// What the marks mean, on a line at the foot of each page (on more when they do not fit): the ones every chart has, and
/// those of this chart's critical path, coarse dates, deadlines and today.
package struct Legend {
  package typealias S = ChartStyle
  package let language: Language
  package let entries: [Entry]
  package let baselineName: String
  /// Every milestone lies on the critical path: the legend's diamond is red as theirs.
  package let criticalMilestones: Bool
  package let measure: any TextMeasure
  /// The day a followed plan's stands are taken on: the today line is its status date.
  package let statusDay: Day?

  package enum Entry: CaseIterable {
    case lot, phase, critical, milestone, vague, deadline, today, held, baseline, link
    /// A followed plan's marks: done and still to do, a milestone still to come, late.
    case progress, milestoneToDo, late
  }

  /// The legend of a chart (with a today line, or not).
  ///
  /// - Complexity: O(rows): made once for all pages.
  package init(_ content: ChartContent, today: Bool, measure: any TextMeasure) {
    language = content.language
    baselineName = content.baselineName ?? ""
    criticalMilestones = !content.rows.contains { $0.kind == .milestone && !$0.critical }
    entries = Self.entries(content, today: today)
    statusDay = content.statusDay
    self.measure = measure
  }

  /// The entries a chart needs, in a fixed order.
  package static func entries(_ content: ChartContent, today: Bool) -> [Entry] {
    let rows = content.rows
    // Only the marks drawn: no blue "fase" on a chart whose every phase is critical.
    var entries: [Entry] = [.lot]
    if rows.contains(where: { $0.kind == .phase && !$0.critical }) { entries.append(.phase) }
    if rows.contains(where: \.critical) { entries.append(.critical) }
    // A followed plan's filled diamond is a milestone reached: shown only where one is.
    if rows.contains(where: {
      $0.kind == .milestone && (content.statusDay == nil || $0.stand?.status == .done)
    }) {
      entries.append(.milestone)
    }
    if rows.contains(where: { $0.startWindow != nil || $0.endWindow != nil }) {
      entries.append(.vague)
    }
    if rows.contains(where: { $0.deadline != nil }) { entries.append(.deadline) }
    if content.statusDay != nil {
      if rows.contains(where: { $0.kind == .phase }) { entries.append(.progress) }
      if rows.contains(where: { $0.kind == .milestone && $0.stand?.status != .done }) {
        entries.append(.milestoneToDo)
      }
      if rows.contains(where: { $0.stand?.isLate == true }) { entries.append(.late) }
    }
    if today { entries.append(.today) }
    if rows.contains(where: \.held) { entries.append(.held) }
    if rows.contains(where: { $0.baseline != nil }) { entries.append(.baseline) }
    if !content.links.isEmpty { entries.append(.link) }
    return entries
  }

  package func text(_ entry: Entry) -> String {
    let nl = language == .nl
    switch entry {
    case .lot: return nl ? "perceel" : "lot"
    case .phase: return nl ? "fase" : "phase"
    case .critical: return nl ? "kritiek pad" : "critical path"
    case .milestone:
      guard statusDay == nil else { return nl ? "mijlpaal bereikt" : "milestone reached" }
      return nl ? "mijlpaal" : "milestone"
    case .milestoneToDo: return nl ? "mijlpaal nog te halen" : "milestone to come"
    case .progress: return nl ? "gereed / nog te doen" : "done / to do"
    case .late: return nl ? "te laat" : "late"
    case .vague:
      return nl ? "vage datum (maand, kwartaal, seizoen)" : "vague date (month, quarter, season)"
    case .deadline: return nl ? "uiterlijk" : "deadline"
    case .today:
      // A followed plan's today line is the date its stands are taken on.
      guard let statusDay else { return nl ? "vandaag" : "today" }
      return (nl ? "stand per " : "as of ") + statusDay.text(language)
    case .held: return nl ? "geschoven (vanzelf)" : "pushed (implicit)"
    case .baseline: return (nl ? "basislijn " : "baseline ") + baselineName
    case .link: return nl ? "koppeling" : "link"
    }
  }

  /// How wide an entry is on its line: its swatch, its text and the gap after it.
  package func width(_ entry: Entry) -> Double {
    18 + measure.width(text(entry), S.legend) + 12
  }

  /// The entries on lines no wider than `room`: as many on a line as fit, the rest on the next
  /// (an entry wider than a line has one of its own).
  ///
  /// - Complexity: O(entries).
  package func lines(within room: Double) -> [[Entry]] {
    var lines: [[Entry]] = [[]]
    var x = 0.0
    for entry in entries {
      let width = width(entry)
      if x + width - 12 > room && !lines[lines.count - 1].isEmpty {
        lines.append([])
        x = 0
      }
      lines[lines.count - 1].append(entry)
      x += width
    }
    return lines
  }

  /// The lines of entries, the first at `start`, each next one `ChartStyle.legendLine` lower.
  package func draw(_ lines: [[Entry]], at start: Point, on canvas: inout some Canvas) {
    for (i, line) in lines.enumerated() {
      draw(line, at: Point(x: start.x, y: start.y + Double(i) * S.legendLine), on: &canvas)
    }
  }

  package func draw(at start: Point, on canvas: inout some Canvas) {
    draw(entries, at: start, on: &canvas)
  }

  package func draw(_ entries: [Entry], at start: Point, on canvas: inout some Canvas) {
    var x = start.x
    let middle = start.y - 2.6
    for entry in entries {
      swatch(entry, x: x, middle: middle, on: &canvas)
      x += 18
      let label = text(entry)
      canvas.text(label, at: Point(x: x, y: start.y), S.legend, S.ink, anchor: .start)
      x += measure.width(label, S.legend) + 12
    }
  }

  package func swatch(_ entry: Entry, x: Double, middle: Double, on canvas: inout some Canvas) {
    func bar(_ colour: Colour, height: Double = 7) {
      canvas.fill(Rect(x: x, y: middle - height / 2, width: 12, height: height), colour)
    }
    switch entry {
    case .lot:
      bar(S.summary, height: 3.5)
      for end in [x, x + 12] {
        canvas.polygon(
          [
            Point(x: end - 2.5, y: middle - 1.75), Point(x: end + 2.5, y: middle - 1.75),
            Point(x: end, y: middle + 3.5),
          ], fill: S.summary, stroke: nil, width: 0)
      }
    case .phase: bar(S.phase)
    case .critical: bar(S.critical)
    case .milestone:
      canvas.polygon(
        [
          Point(x: x + 6, y: middle - 4.5), Point(x: x + 10.5, y: middle),
          Point(x: x + 6, y: middle + 4.5), Point(x: x + 1.5, y: middle),
        ], fill: criticalMilestones ? S.critical : S.milestone, stroke: nil, width: 0)
    case .vague:
      canvas.fill(Rect(x: x, y: middle - 3.5, width: 5, height: 7), S.phaseSoft)
      canvas.fill(Rect(x: x + 5, y: middle - 3.5, width: 7, height: 7), S.phase)
    case .deadline:
      canvas.line(
        from: Point(x: x + 6, y: middle - 4.5), to: Point(x: x + 6, y: middle + 4.5), S.deadline,
        width: 1.3, dash: nil)
      canvas.polygon(
        [
          Point(x: x + 3, y: middle - 4.5), Point(x: x + 9, y: middle - 4.5),
          Point(x: x + 6, y: middle - 0.5),
        ], fill: S.deadline, stroke: nil, width: 0)
    case .progress:
      canvas.fill(Rect(x: x, y: middle - 3.5, width: 12, height: 7), S.phaseToDo)
      canvas.fill(Rect(x: x, y: middle - 3.5, width: 6, height: 7), S.phase)
      outline(x: x, middle: middle, S.phase, width: 0.6, on: &canvas)
    case .milestoneToDo:
      canvas.polygon(
        [
          Point(x: x + 6, y: middle - 4.5), Point(x: x + 10.5, y: middle),
          Point(x: x + 6, y: middle + 4.5), Point(x: x + 1.5, y: middle),
        ], fill: S.milestoneToDo, stroke: S.milestone, width: 1)
    case .late:
      canvas.fill(Rect(x: x, y: middle - 3.5, width: 12, height: 7), S.phaseToDo)
      outline(x: x, middle: middle, S.late, width: 1.4, on: &canvas)
    case .held:
      canvas.text("»", at: Point(x: x + 6, y: middle + 2.6), S.legend, S.ink, anchor: .middle)
    case .baseline:
      canvas.fill(Rect(x: x, y: middle + 1, width: 12, height: 2.4), S.baseline)
    case .link:
      canvas.lines(
        [
          (Point(x: x, y: middle - 3), Point(x: x + 4, y: middle - 3)),
          (Point(x: x + 4, y: middle - 3), Point(x: x + 4, y: middle + 2)),
        ], S.link, width: 0.7)
      canvas.polygon(
        [
          Point(x: x + 2, y: middle + 1), Point(x: x + 6, y: middle + 1),
          Point(x: x + 4, y: middle + 4),
        ], fill: S.link, stroke: nil, width: 0)
    case .today:
      canvas.line(
        from: Point(x: x + 6, y: middle - 5), to: Point(x: x + 6, y: middle + 5), S.today, width: 1,
        dash: 2)
    }
  }

  func outline(
    x: Double, middle: Double, _ colour: Colour, width: Double, on canvas: inout some Canvas
  ) {
    canvas.polygon(
      [
        Point(x: x, y: middle - 3.5), Point(x: x + 12, y: middle - 3.5),
        Point(x: x + 12, y: middle + 3.5), Point(x: x, y: middle + 3.5),
      ], fill: nil, stroke: colour, width: width)
  }
}
