import PlanKit

/// The text Gantt chart: a header with years and units (weeks, months or quarters), one row per
/// phase and milestone grouped under its lot, each with its dates at the precision they were
/// given, and a legend. Options draw a today line, deadlines, the critical path, a baseline
/// and colour.
public struct GanttChart: Sendable {
  public enum Scale: String, Sendable, CaseIterable {
    case week, month, quarter
  }

  public var language: Language
  public var style: GanttStyle
  public var width: Int
  /// Nil: chosen from the span and the width.
  public var scale: Scale?
  /// Only these days, when given.
  public var range: Range<Day>?
  /// Only these lots, when given (then without the plan's own milestones).
  public var lots: Set<String>?
  public var today: Day?
  /// The day items' stands are taken on (`Plan.statusDay`): done days filled, days still to do
  /// lighter, and a word after the bar for what is done, running or late. Nil: the chart shows
  /// no progress, as for a plan nobody follows yet.
  public var status: Day?
  public var critical: Set<String> = []
  /// Items the tender's order holds later than their own date (`Plan.heldByProcess`): their
  /// dates are marked, so that a chart shows why they moved.
  public var held: Set<String> = []
  public var baseline: Baseline?
  public var colour = false
  /// Columns for names and dates kept the same whatever the rows (at least as wide as their
  /// dates): a replay's charts keep their bars in place from step to step.
  public var labelColumns: (name: Int, dates: Int)?
  /// Items a replay's step just changed: marked in front, where the critical path's sign goes.
  public var changed: Set<String> = []

  public init(language: Language = .nl, style: GanttStyle = .unicode, width: Int = 80) {
    self.language = language
    self.style = style
    self.width = max(40, width)
  }

  /// The user's choices of scale, days, lots, width and baseline; a text chart draws no links
  /// and has no paper.
  ///
  /// - Complexity: O(1).
  public mutating func apply(_ options: ChartOptions) {
    if let scale = options.scale { self.scale = scale }
    if let range = options.range { self.range = range }
    if let lots = options.lots { self.lots = lots }
    if let width = options.width { self.width = max(40, width) }
    if let baseline = options.baseline { self.baseline = baseline }
  }

  struct Row {
    var label: String
    var dates: String
    var heading: String?
    var bar: Bar?
    /// Measured once: a chart of 100,000 rows measures every text twice otherwise.
    var labelColumns = 0
    var datesColumns = 0
  }

  /// What a row draws: only what the chart needs of an item, so that a chart of 100,000 rows
  /// holds no copies of them.
  struct Bar {
    var span: PlanDiff.Span
    var deadline: PlanDate?
    var critical = false
    var changed = false
    /// A baseline's faint bar.
    var faint = false
    /// Of a followed plan: the days done, drawn full while the rest is lighter.
    var done: Range<Day>?
    var followed = false
    /// "gereed", "loopt 40%", "te laat: 5 dagen", after the bar; `short` ("te laat", "40%")
    /// where those do not fit beside it.
    var words: String?
    var short: String?
    var late = false

    var plain: Bool {
      deadline == nil && !critical && !faint && !followed && words == nil
        && span.start.precision == .day
        && span.end.precision == .day
    }
  }

  public func render(_ plan: Plan) -> String {
    let title =
      plan.title.isEmpty
      ? Phrase(nl: "(plan zonder naam)", en: "(untitled plan)")(language) : plan.title
    var lines = [title.inert.truncated(to: width, ascii: style.ascii)]
    let rows = self.rows(plan)
    guard let span = range ?? self.span(rows) else {
      lines.append(
        Phrase(
          nl: "Het plan heeft nog geen fasen of mijlpalen: begin met 'perceel' en 'fase'.",
          en: "The plan has no phases or milestones yet: start with 'lot' and 'phase'.")(language))
      return lines.joined(separator: "\n") + "\n"
    }
    var dateWidth = 0
    var longestName = 0
    for row in rows {
      dateWidth = max(dateWidth, row.datesColumns)
      longestName = max(longestName, row.labelColumns)
    }
    if let fixed = labelColumns {
      dateWidth = max(dateWidth, fixed.dates)
      longestName = fixed.name
    }
    let nameWidth = min(longestName, max(8, width - dateWidth - 4 - 24))
    let labelWidth = 2 + nameWidth + 2 + dateWidth + 1
    let chartWidth = width - labelWidth
    let axis = TimeAxis(
      scale: scale ?? TimeAxis.automatic(span: span, width: chartWidth), span: span,
      width: chartWidth)
    let pad = String(repeating: " ", count: labelWidth)
    let (years, units) = axis.header(language)
    lines.append((pad + years).trailingSpacesRemoved)
    lines.append((pad + units).trailingSpacesRemoved)
    let todayColumn = today.flatMap { day in span.contains(day) ? axis.column(day) : nil }
    // Rows go straight into one string: a chart of 100,000 rows is built in milliseconds.
    var out = lines.joined(separator: "\n")
    out.reserveCapacity(out.utf8.count + rows.count * (width + 2 * labelWidth))
    let runs = Runs(style: style, width: max(width, labelWidth))
    for row in rows {
      out.append("\n")
      guard let bar = row.bar else {
        out.append(
          (row.heading ?? "").inert.truncated(to: width, ascii: style.ascii).trailingSpacesRemoved)
        continue
      }
      out.append(
        bar.changed ? "\(style.changed) " : bar.critical ? "\(style.critical) " : "  ")
      out.append(row.label.inert.fitted(to: nameWidth, ascii: style.ascii))
      out.append("  ")
      out.append(row.dates)
      out.append(runs.spaces[dateWidth - row.datesColumns + 1])
      if bar.plain && todayColumn == nil && !colour {
        // The common case, without per-cell work.
        let from = min(axis.column(bar.span.start.day), axis.columns - 1)
        out.append(runs.spaces[from])
        if bar.span.milestone {
          out.append(style.milestone)
        } else {
          out.append(
            runs.bars[min(max(from + 1, axis.column(bar.span.end.day)), axis.columns) - from])
        }
      } else {
        let deadline = bar.deadline.flatMap { date -> Int? in
          let day = !bar.span.milestone && date.precision == .day ? date.day : date.windowEnd
          return span.contains(day) ? min(axis.column(day), axis.columns - 1) : nil
        }
        out.append(cells(bar, axis, todayColumn, deadline: deadline))
      }
    }
    out.append("\n" + legend(todayColumn != nil, rows: rows))
    out.append("\n")
    return out
  }

  /// One row's cells: the bar or marker, then the today line and a deadline over the rest.
  func cells(_ bar: Bar, _ axis: TimeAxis, _ todayColumn: Int?, deadline: Int?) -> String {
    let (span, faint, marked) = (bar.span, bar.faint, bar.critical || bar.late)
    let fuzzyStart = span.start.precision != .day
    let fuzzyEnd = span.end.precision != .day
    var cells = [Character](repeating: " ", count: axis.columns)
    let from = min(axis.column(span.start.day), axis.columns - 1)
    var to = from + 1
    if span.milestone {
      cells[from] = faint ? style.baseline : fuzzyStart ? style.fuzzyMilestone : style.milestone
    } else {
      to = min(max(from + 1, axis.column(span.end.day)), axis.columns)
      let fill = faint ? style.baseline : bar.followed ? style.toDo : style.bar
      for c in from..<to { cells[c] = fill }
      if !faint && fuzzyStart { cells[from] = style.fuzzy }
      if !faint && fuzzyEnd && to - 1 > from { cells[to - 1] = style.fuzzy }
      if let done = bar.done {
        let doneTo = min(max(from + 1, axis.column(done.upperBound)), to)
        for c in max(from, min(axis.column(done.lowerBound), to - 1))..<doneTo {
          cells[c] = style.bar
        }
      }
    }
    if let words = bar.words {
      place([words] + (bar.short.map { [$0] } ?? []), after: to, before: from, in: &cells)
    }
    if let todayColumn, todayColumn < axis.columns, cells[todayColumn] == " " {
      cells[todayColumn] = style.today
    }
    // A deadline over a bar or in the open; a milestone on its own deadline keeps its sign.
    if let deadline, !(span.milestone && deadline == from) { cells[deadline] = style.deadline }
    while cells.last == " " { cells.removeLast() }
    guard colour else { return String(cells) }
    // Colour the bar only; the today line gets its own.
    var out = ""
    for (c, cell) in cells.enumerated() {
      if c == from {
        out.append(
          faint
            ? ChartColour.faint.rawValue
            : marked ? ChartColour.critical.rawValue : ChartColour.reset.rawValue)
      }
      if c == to { out.append(ChartColour.reset.rawValue) }
      if cell == style.today && c == todayColumn {
        out.append(ChartColour.today.rawValue)
        out.append(cell)
        out.append(ChartColour.reset.rawValue)
        continue
      }
      out.append(cell)
    }
    out.append(ChartColour.reset.rawValue)
    return out
  }

  /// A row's words after its bar, or before it where the bar ends too near the right edge, or
  /// none where neither has room (then `toon` says it).
  ///
  /// - Complexity: O(columns).
  /// The first of `words` that fits after the bar or before it; else the first that fits
  /// inside it, over its cells: at 80 columns a long bar leaves no room beside it, and a late
  /// phase must still say so.
  func place(_ words: [String], after end: Int, before start: Int, in cells: inout [Character]) {
    for text in words {
      let characters = Array(text)
      if end + 1 + characters.count <= cells.count {
        cells.replaceSubrange((end + 1)..<(end + 1 + characters.count), with: characters)
        return
      } else if start - 1 - characters.count >= 0 {
        let from = start - 1 - characters.count
        cells.replaceSubrange(from..<(from + characters.count), with: characters)
        return
      }
    }
    for text in words where text.count <= end - start {
      cells.replaceSubrange(start..<(start + text.count), with: Array(text))
      return
    }
  }

  /// What the signs mean, on as many lines of the chart's width as they need: only the signs
  /// this chart uses beyond bars.
  func legend(_ todayLine: Bool, rows: [Row]) -> String {
    let nl = language == .nl
    var parts = [
      "\(style.bar) " + (nl ? "fase" : "phase"),
      "\(style.milestone) " + (nl ? "mijlpaal" : "milestone"),
    ]
    let bars = rows.compactMap(\.bar).filter { !$0.faint }
    if bars.contains(where: { $0.span.start.precision != .day || $0.span.end.precision != .day }) {
      parts.append("\(style.fuzzy) " + (nl ? "vaag" : "fuzzy"))
    }
    if status != nil && bars.contains(where: \.followed) {
      // Every phase of a followed plan is drawn done or to do: the plain bar means no more.
      parts[0] =
        "\(style.bar)\(style.toDo) " + (nl ? "fase: gereed / nog te doen" : "phase: done / to do")
    }
    if todayLine {
      // A followed plan's today line is the date its stands are taken on.
      let word =
        status.map { (nl ? "stand per " : "as of ") + $0.text(language) }
        ?? (nl ? "vandaag" : "today")
      parts.append("\(style.today) " + word)
    }
    if bars.contains(where: { $0.deadline != nil }) {
      parts.append("\(style.deadline) " + (nl ? "uiterlijk" : "deadline"))
    }
    if !critical.isEmpty { parts.append("\(style.critical) " + (nl ? "kritiek" : "critical")) }
    if rows.contains(where: { $0.bar?.changed == true }) {
      parts.append("\(style.changed) " + (nl ? "gewijzigd in deze stap" : "changed by this step"))
    }
    if let baseline {
      parts.append("\(style.baseline) " + (nl ? "basislijn " : "baseline ") + baseline.name.inert)
    }
    if rows.contains(where: { $0.dates.hasSuffix(style.ascii ? ">>" : "»") }) {
      parts.append(
        (style.ascii ? ">> " : "» ") + (nl ? "geschoven (vanzelf)" : "pushed (implicit)"))
    }
    // A sign cut off ("! u…") explains nothing: what does not fit goes on the next line.
    var lines: [String] = []
    for part in parts {
      if let last = lines.last, last.columns + 2 + part.columns <= width {
        lines[lines.count - 1] = last + "  " + part
      } else {
        lines.append(part.truncated(to: width, ascii: style.ascii))
      }
    }
    return lines.joined(separator: "\n")
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

  /// The days the rows cover.
  func span(_ rows: [Row]) -> Range<Day>? {
    var low: Day?
    var high: Day?
    for row in rows {
      guard let span = row.bar?.span else { continue }
      let end = span.milestone ? span.start.day.adding(days: 1) : span.end.day
      low = min(low ?? span.start.day, span.start.day)
      high = max(high ?? end, end)
    }
    guard let low, let high else { return nil }
    return low..<high
  }

  /// The stand of `item` on the status day in its bar: its done days and its words.
  ///
  /// - Complexity: O(1).
  func follow(_ item: Item, on day: Day, _ bar: inout Bar) {
    let stand = ItemStand(item, on: day, language)
    bar.followed = item.type == .phase
    bar.done = stand.done
    switch stand.status {
    case .planned: break
    case .done: bar.words = stand.status.word(language)
    case .running:
      bar.words = stand.status.word(language) + (item.progress?.percent.map { " \($0)%" } ?? "")
      bar.short = item.progress?.percent.map { "\($0)%" }
    case .late(let days, _):
      bar.words = stand.status.word(language) + ItemStand.days(days, language)
      bar.short = stand.status.word(language)
      bar.late = true
    case .passed:
      // A goal of the plan is a target, not an event to report.
      let goal = item.lotID == nil && DecisionKind(rawValue: item.kind) == nil
      bar.words = goal ? nil : Phrase(nl: "niet gemeld", en: "not reported")(language)
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
    func dates(_ start: PlanDate, _ end: PlanDate, _ milestone: Bool) -> String {
      guard !milestone else { return text(start) }
      guard !end.endsWindow else { return PlanDate.period(start, end, language, dash: style.dash) }
      return "\(text(start)) \(style.dash) \(text(end))"
    }
    let before = baseline.map {
      Dictionary($0.items.map { ($0.id, $0.span) }, uniquingKeysWith: { a, _ in a })
    }
    func visible(_ item: Item) -> Bool { range?.overlaps(PlanDiff.Span(item).days) ?? true }
    func add(_ item: Item) {
      guard visible(item) else { return }
      let label = item.shownTitle
      let marked = !held.isEmpty && held.contains(item.id)
      let shown =
        dates(item.start, item.end, item.type == .milestone)
        + (marked ? " " + (style.ascii ? ">>" : "»") : "")
      var bar = Bar(
        span: PlanDiff.Span(item), deadline: item.deadline,
        critical: !critical.isEmpty && critical.contains(item.id),
        changed: !changed.isEmpty && changed.contains(item.id))
      if let status { follow(item, on: status, &bar) }
      rows.append(
        Row(
          label: label, dates: shown, bar: bar, labelColumns: label.columns,
          datesColumns: shown.columns))
      // Only what moved: an unmoved item's baseline bar would repeat its own.
      if let span = before?[item.id], span != PlanDiff.Span(item) {
        let label = "  " + (language == .nl ? "basislijn" : "baseline")
        let shown = dates(span.start, span.end, span.milestone)
        rows.append(
          Row(
            label: label, dates: shown, bar: Bar(span: span, faint: true),
            labelColumns: label.columns, datesColumns: shown.columns))
      }
    }
    for lot in plan.lots where !lot.items.isEmpty && (lots?.contains(lot.id) ?? true) {
      rows.append(Row(label: "", dates: "", heading: "\(lot.id)  \(lot.title)"))
      let count = rows.count
      for item in lot.items { add(item) }
      if rows.count == count { rows.removeLast() }
    }
    if !plan.milestones.isEmpty && lots == nil {
      rows.append(Row(label: "", dates: "", heading: Phrase.wholePlan(language)))
      let count = rows.count
      for item in plan.milestones { add(item) }
      if rows.count == count { rows.removeLast() }
    }
    return rows
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
