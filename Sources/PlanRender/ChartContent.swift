import PlanKit

/// What a drawn chart shows, row by row, in the plan's language: the model the PDF, PNG and SVG
/// renderer draws (and the HTML chart could). Each lot is a summary row over its phases and
/// milestones, the plan's own milestones come last under a heading of their own, and every row
/// carries its label, its dates as the text chart writes them, its days and the windows of its
/// coarse dates. Labels are `inert`: no control or direction character reaches a drawing.
public struct ChartContent: Sendable {
  public enum Kind: Sendable, Equatable {
    /// A lot's heading, with a summary bar over its items.
    case lot
    /// A heading without a bar: the plan's own milestones.
    case group
    case phase
    case milestone
  }

  public struct Row: Sendable, Equatable {
    public var kind: Kind
    /// The item's or the lot's id; empty for a group.
    public var id: String
    public var label: String
    public var dates: String
    /// The days the bar covers: a phase from its start to its end (exclusive), a milestone its
    /// one day, a lot those of its items; nil for a group.
    public var days: Range<Day>?
    /// Where a start given as a month, season or quarter may fall: drawn as a softer band.
    public var startWindow: Range<Day>?
    /// Where such an end may fall.
    public var endWindow: Range<Day>?
    /// The day a deadline (`uiterlijk`) falls at, as the text chart marks it.
    public var deadline: Day?
    public var critical = false
    /// Held later than its own date by the tender's order (`Plan.heldByProcess`).
    public var held = false
    /// For an item: the index of its lot's (or group's) heading row.
    public var heading: Int?
    /// The days the chosen baseline gave the item, when it has moved since.
    public var baseline: Range<Day>?
    /// Where the item stands on the chart's status date, when the chart shows progress.
    public var stand: ItemStand?

    public var isHeading: Bool { kind == .lot || kind == .group }
  }

  public var title: String
  public var organisation: String?
  public var language: Language
  /// The plan's `vandaag`: the chart's "Stand per" and its today line.
  public var today: Day?
  /// The day the rows' stands are taken on (`Plan.statusDay`); nil when the chart shows no
  /// progress.
  public var statusDay: Day?
  /// Every row drawn as an element of its own, stand or not: the meeting view finds the items
  /// a change moved by their ids to highlight them.
  public var itemElements = false
  public var rows: [Row]
  /// The days the chart shows: those the rows and their deadlines cover, or the days the user
  /// chose; nil for a plan without items.
  public var span: Range<Day>?
  /// The axis's unit the user chose; nil to fit it to the room.
  public var unit: ChartAxis.Unit?
  public var paper = ChartOptions.Paper.a4
  /// The name of the baseline whose bars are shown.
  public var baselineName: String?
  /// An arrow per link between two shown items, by row.
  public var links: [Arrow] = []
  /// The columns at least this wide (`ChartOptions.columns`).
  public var columns: ChartColumns?
  /// Drawn for a screen (the meeting view): the picture as many CSS pixels wide per point as
  /// keep its smallest text at 12 pixels, rather than as wide as the page. Browser zoom then
  /// enlarges it, and a narrow window scrolls sideways instead of shrinking the text.
  public var screen = false

  /// CSS pixels per point on a screen: the smallest text (6.5 points) at 12 pixels.
  public static let pixelsPerPoint = 12 / 6.5

  /// A link drawn from one row's bar to another's: from the end of `from` (or its start, for
  /// start-to-start) to the start of `to` (or its end, for finish-to-finish).
  public struct Arrow: Sendable, Equatable {
    public var from: Int
    public var to: Int
    public var kind: Link.Kind
  }

  /// The content of `plan`'s chart: every lot with items, then the plan's own milestones;
  /// with `status`, where each item stands on that day.
  ///
  /// - Complexity: O(items), each date written once.
  public init(
    _ plan: Plan, language: Language, today: Day?, critical: Set<String> = [],
    held: Set<String> = [], status: Day? = nil, options: ChartOptions = ChartOptions()
  ) {
    title = plan.shownTitle.inert
    organisation = plan.organisation.map(\.inert)
    self.language = language
    self.today = today
    statusDay = status
    rows = []
    rows.reserveCapacity(plan.lots.count + plan.itemCount + 1)
    paper = options.paper
    columns = options.columns
    unit = options.scale.map {
      switch $0 {
      case .week: return .week
      case .month: return .month
      case .quarter: return .quarter
      }
    }
    baselineName = options.baseline?.name.inert
    let before = options.baseline.map {
      Dictionary($0.items.map { ($0.id, $0.span) }, uniquingKeysWith: { a, _ in a })
    }
    var rowOf: [String: Int] = [:]
    var texts: [Item.Span: String] = [:]
    var low: Day?
    var high: Day?
    func cover(_ days: Range<Day>) {
      low = min(low ?? days.lowerBound, days.lowerBound)
      high = max(high ?? days.upperBound, days.upperBound)
    }
    func add(_ items: [Item], heading: Row) {
      guard !items.isEmpty, options.shows(lot: heading.kind == .lot ? heading.id : nil) else {
        return
      }
      let index = rows.count
      rows.append(heading)
      // The lot's period: its first start, and the end (or milestone) that comes last.
      var first: (day: Day, date: PlanDate)?
      var last: (day: Day, item: Item)?
      for item in items {
        let key = Item.Span(item)
        // The lot's summary covers all its items; the rows only those in the chosen days.
        let days = key.days
        if first == nil || days.lowerBound < first!.day { first = (days.lowerBound, item.start) }
        if last == nil || days.upperBound > last!.day { last = (days.upperBound, item) }
        guard options.range?.overlaps(days) ?? true else { continue }
        let dates: String
        if let known = texts[key] {
          dates = known
        } else {
          dates = item.period(language)
          texts[key] = dates
        }
        var row = Row(item, dates: dates, heading: index)
        row.critical = !critical.isEmpty && critical.contains(item.id)
        row.held = !held.isEmpty && held.contains(item.id)
        if let span = before?[item.id], span != key { row.baseline = span.days }
        if let status { row.stand = ItemStand(item, on: status, language) }
        // A deadline outside the chosen days would be drawn at the edge, as if it fell there.
        if let deadline = row.deadline, let range = options.range, !range.contains(deadline) {
          row.deadline = nil
        }
        if let days = row.days { cover(days) }
        if let baseline = row.baseline { cover(baseline) }
        rowOf[item.id] = rows.count
        for window in [row.startWindow, row.endWindow].compactMap({ $0 }) { cover(window) }
        if let deadline = row.deadline { cover(deadline..<deadline.adding(days: 1)) }
        rows.append(row)
      }
      guard rows.count > index + 1 else {
        rows.removeLast()
        return
      }
      if rows[index].kind == .lot, let first, let last {
        rows[index].days = first.day..<last.day
        rows[index].dates = Self.period(from: first.date, to: last.item, language)
      }
    }
    for lot in plan.lots {
      add(
        lot.items,
        heading: Row(
          kind: .lot, id: lot.id, label: lot.shownTitle.inert, dates: "", days: nil))
    }
    add(
      plan.milestones,
      heading: Row(
        kind: .group, id: "",
        label: Phrase.wholePlan(language), dates: "",
        days: nil))
    if let low, let high { span = options.range ?? low..<high }
    if options.links {
      for link in plan.links {
        guard let from = rowOf[link.from], let to = rowOf[link.to] else { continue }
        links.append(Arrow(from: from, to: to, kind: link.kind))
      }
    }
  }
}

extension ChartContent {
  /// A lot's period, from its first start to the end of `last` (a milestone's date): "mrt 2022
  /// – 1 jan. 2023", "2017 – 2020", the one date of a lot that is one milestone.
  static func period(from start: PlanDate, to last: Item, _ language: Language) -> String {
    guard last.type != .milestone else {
      return last.start == start
        ? start.text(language) : "\(start.text(language)) – \(last.start.text(language))"
    }
    return PlanDate.period(start, last.end, language)
  }
}

extension Item {
  /// What a chart compares when it writes an item's dates once for all items that share them.
  typealias Span = PlanDiff.Span
}

extension ChartContent.Row {
  /// An item's row, without the marks that need the whole plan.
  init(_ item: Item, dates: String, heading: Int) {
    let milestone = item.type == .milestone
    self.init(
      kind: milestone ? .milestone : .phase, id: item.id, label: item.shownTitle.inert,
      dates: dates,
      days: item.start
        .day..<(milestone
        ? item.start.day.adding(days: 1) : max(item.start.day.adding(days: 1), item.end.day)))
    if item.start.precision != .day { startWindow = item.start.day..<item.start.windowEnd }
    if !milestone && item.end.precision != .day {
      endWindow =
        item.end.endsWindow
        ? item.end.lastWindowStart..<item.end.day : item.end.day..<item.end.windowEnd
    }
    if let date = item.deadline {
      deadline = !milestone && date.precision == .day ? date.day : date.windowEnd
    }
    self.heading = heading
  }
}
