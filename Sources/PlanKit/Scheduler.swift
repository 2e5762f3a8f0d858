/// Computes every derived date: an item starts at the latest of what its links and its
/// `niet eerder dan` allow, a fixed item keeps its date, and a phase's end follows from its
/// length or from a finish-to-finish link.
public struct Scheduler: Sendable {
  public let graph: PlanGraph
  public let workdays: WorkdayTable

  /// A scheduler for `plan`; `graph` may be one built for a plan with the same items and
  /// links in the same order, whatever their dates and rules; `workdays` a table of an earlier
  /// schedule, used when it fits the plan's calendar and years.
  public init(_ plan: Plan, graph: PlanGraph? = nil, workdays: WorkdayTable? = nil) {
    self.graph = graph ?? PlanGraph(plan)
    self.workdays = WorkdayTable(plan.calendar, planYears: self.graph.years, reusing: workdays)
  }

  /// The graph of a scheduler that has none, made once.
  static let noGraph = PlanGraph(Plan())

  /// A scheduler for the changes to a plan it schedules through the plan's own index of
  /// links (`runLocally`), with the working days of `workdays` when that table has the plan's
  /// calendar (outside its years it asks the calendar), else of a table for `years`: it
  /// builds no graph. Its `graph` is empty: what needs the whole plan's graph builds a
  /// scheduler with one.
  ///
  /// - Complexity: O(1) with a table for the plan's calendar.
  public init(local plan: borrowing Plan, workdays: WorkdayTable?, years: ClosedRange<Int>) {
    // Borrowed: an initialiser's argument is its own, which made each typed command copy
    // the plan it was called with.
    graph = Self.noGraph
    if let workdays, workdays.calendar == plan.calendar {
      self.workdays = workdays
    } else {
      self.workdays = WorkdayTable(plan.calendar, planYears: years, reusing: nil)
    }
  }

  /// An item the scheduler moved, with the dates it had before.
  public struct Move: Sendable {
    public let location: Plan.Location
    public let start: PlanDate
    public let end: PlanDate
  }

  /// Recomputes the whole plan. Fails with the cycle when the links form one.
  @discardableResult
  public static func schedule(_ plan: inout Plan) -> Result<[Move], PlanGraph.Cycle> {
    Scheduler(plan).run(&plan, from: nil)
  }

  /// Recomputes what depends on `changed` (everything when nil): the rest cannot move.
  /// Returns the items that moved, in the order they were scheduled.
  ///
  /// - Complexity: O(plan) when `changed` is nil (a whole-plan change); else O(what `changed`
  ///   reaches on the graph), plus the graph's O(plan) pass to order it.
  public func run(_ plan: inout Plan, from changed: [String]?) -> Result<[Move], PlanGraph.Cycle> {
    run(
      &plan, nodes: changed.map { ids in graph.reachable(from: ids.compactMap { graph.index[$0] }) }
    )
  }

  /// Recomputes the nodes `nodes` of the graph (every node when nil), which must hold what
  /// follows each of them: the rest cannot move. Returns the items that moved, in the order
  /// they were scheduled.
  ///
  /// - Complexity: O(plan) when `nodes` is nil; else O(the nodes and their links), plus the
  ///   graph's O(plan) pass to order them.
  public func run(_ plan: inout Plan, nodes: [Int]?) -> Result<[Move], PlanGraph.Cycle> {
    switch graph.topologicalOrder(of: nodes) {
    case .failure(let cycle): return .failure(cycle)
    case .success(let order):
      let dates = newDates(of: order, in: plan)
      var moves: [Move] = []
      // A whole plan scheduled may move every item: room for them at once.
      if nodes == nil {
        moves.reserveCapacity(order.count)
        plan.record?.reserve(order.count)
      }
      for (position, node) in order.enumerated() {
        let location = graph.locations[node]
        let (start, end) = dates[position]
        // Compared and set where the item lies, in one access.
        if let old = plan.moveDates(at: location, start: start, end: end) {
          moves.append(Move(location: location, start: old.start, end: old.end))
        }
      }
      return .success(moves)
    }
  }

  /// The dates of the nodes of `order`, in topological order, each from its predecessors'
  /// new dates (those before it in `order`) or, for a predecessor not in it, its dates in the
  /// plan. Computed on the plan as it stands, which is only read: its items are read where
  /// they lie, not copied, and the scheduler is not copied into a closure per item.
  ///
  /// - Complexity: O(the nodes of `order` and the links into them), and O(graph) for a table
  ///   of where each node's new dates are.
  func newDates(of order: [Int], in plan: Plan) -> [(PlanDate, PlanDate)] {
    let none = PlanDate(Day(raw: 0))
    var found = [(PlanDate, PlanDate)](repeating: (none, none), count: order.count)
    var slot = [Int32](repeating: -1, count: graph.locations.count)
    // Read through buffers: a closure over the arrays themselves retained each of them for
    // every item of a whole schedule.
    graph.locations.withUnsafeBufferPointer { locations in
      graph.from.withUnsafeBufferPointer { from in
        graph.incoming.withUnsafeBufferPointer { incoming in
          graph.inStart.withUnsafeBufferPointer { inStart in
            slot.withUnsafeMutableBufferPointer { slot in
              found.withUnsafeMutableBufferPointer { found in
                for (position, node) in order.enumerated() {
                  let links = incoming[Int(inStart[node])..<Int(inStart[node + 1])].lazy.map(
                    Int.init)
                  found[position] = dates(
                    of: plan.timing(at: locations[node]), into: links, in: plan
                  ) { plan, k in
                    let p = Int(from[k])
                    let s = Int(slot[p])
                    return s >= 0 ? (found[s].0, found[s].1) : plan.dates(at: locations[p])
                  }
                  slot[node] = Int32(position)
                }
              }
            }
          }
        }
      }
    }
    return found
  }

  /// Where the links at positions `into` (in `plan.links`), all of them links into the item,
  /// and the item's constraints put it;
  /// `predecessor` gives the item a link comes from. The links are read where they lie.
  func dates(
    of item: Item.Timing, into: some Sequence<Int>, in plan: Plan,
    predecessor: (Plan, Int) -> (start: PlanDate, end: PlanDate)
  ) -> (PlanDate, PlanDate) {
    if item.fixed, let anchor = item.anchor {
      return (anchor, end(of: item, from: anchor))
    }
    // A typed link sets the start; an implicit one only pushes what comes too early. Every
    // link of `into` goes into the item: no id is compared.
    let startLinks = into.contains {
      plan.storedLinks[$0].kind != .finishToFinish && !plan.storedLinks[$0].implicit
    }
    var start: PlanDate? = startLinks ? nil : item.anchor
    var endAtLeast: PlanDate?
    for k in into {
      let other = predecessor(plan, k)
      let (lag, dayShift) = (plan.storedLinks[k].lag, plan.storedLinks[k].dayShift)
      switch plan.storedLinks[k].kind {
      case .finishToStart: start = later(start, lagged(other.end, lag, dayShift: dayShift))
      case .startToStart: start = later(start, lagged(other.start, lag, dayShift: dayShift))
      case .finishToFinish:
        endAtLeast = later(endAtLeast, lagged(other.end, lag, dayShift: dayShift))
      }
    }
    if let notBefore = item.notBefore { start = later(start, notBefore) }
    if item.type == .milestone {
      let date = later(start, endAtLeast) ?? item.start
      return (date, date)
    }
    guard let begin = start else {
      // Only finish-to-finish links: the end is given, the start follows from the length.
      let end = endAtLeast ?? item.end
      return (self.start(of: item, endingAt: end), end)
    }
    let firstStart = workStart(of: item, begin)
    let end = self.end(of: item, from: firstStart)
    if let endAtLeast, endAtLeast.day > end.day {
      return (self.start(of: item, endingAt: endAtLeast), endAtLeast)
    }
    return (firstStart, end)
  }

  /// What a link asks of its successor: the earliest start (or, finish-to-finish, end), and
  /// how many days the successor is beyond it (negative when the link is violated).
  public func requirement(_ link: Link, from: Item, to: Item) -> (date: PlanDate, gap: Int) {
    requirement(link, from: from.timing, to: to.timing)
  }

  /// `requirement` of the items' timings, read where they lie.
  ///
  /// - Complexity: O(1).
  public func requirement(_ link: Link, from: Item.Timing, to: Item.Timing) -> (
    date: PlanDate, gap: Int
  ) {
    let date: PlanDate
    let actual: Day
    switch link.kind {
    case .finishToStart:
      date = workStart(of: to, lagged(from.end, link))
      actual = to.start.day
    case .startToStart:
      date = workStart(of: to, lagged(from.start, link))
      actual = to.start.day
    case .finishToFinish:
      date = lagged(from.end, link)
      actual = to.end.day
    }
    return (date, date.day.days(until: actual))
  }

  /// The earliest start the links into `node` from the nodes `allowed` admits ask of its item
  /// (finish-to-finish links ask for an end, not a start), or its own start when later: where a
  /// fixed item could really begin, though it stays on its date in the plan.
  ///
  /// - Complexity: O(links into the node).
  public func requiredStart(
    of node: Int, in plan: Plan, from allowed: (Int) -> Bool = { _ in true }
  )
    -> Day
  {
    let item = plan[graph.locations[node]]
    var day = item.start.day
    for k in graph.linksInto(node) where allowed(Int(graph.from[Int(k)])) {
      let link = plan.links[Int(k)]
      guard link.kind != .finishToFinish else { continue }
      let from = plan[graph.locations[Int(graph.from[Int(k)])]]
      day = max(day, requirement(link, from: from, to: item).date.day)
    }
    return day
  }

  /// The link that holds `node` where it is: of the links into it from the nodes `allowed`
  /// admits, the one with the smallest gap, when that gap is not positive.
  public func drivingLink(into node: Int, in plan: Plan, from allowed: (Int) -> Bool) -> Int? {
    var best: (link: Int, gap: Int)?
    for k in graph.linksInto(node) {
      let from = Int(graph.from[Int(k)])
      guard allowed(from) else { continue }
      let gap = requirement(
        plan.links[Int(k)], from: plan[graph.locations[from]], to: plan[graph.locations[node]]
      ).gap
      if best == nil || gap < best!.gap { best = (Int(k), gap) }
    }
    guard let best, best.gap <= 0 else { return nil }
    return best.link
  }

  /// A date moved by a link's lag, in the link's frame (`Link.dayShift`).
  public func lagged(_ date: PlanDate, _ link: Link) -> PlanDate {
    lagged(date, link.lag, dayShift: link.dayShift)
  }

  /// A date moved by a lag. A lag in working days lands on a working day.
  public func lagged(_ date: PlanDate, _ lag: PlanDuration, dayShift: Int = 0) -> PlanDate {
    guard lag.unit == .workingDays else {
      return lag.amount == 0 ? date : date.shifted(by: lag, in: workdays, dayShift: dayShift)
    }
    let moved = workdays.advance(date.day, by: lag.amount)
    return PlanDate(workdays.nextWorkingDay(onOrAfter: moved))
  }

  /// Work measured in working days starts on a working day.
  func workStart(of item: Item, _ start: PlanDate) -> PlanDate {
    workStart(of: item.timing, start)
  }

  func workStart(of item: Item.Timing, _ start: PlanDate) -> PlanDate {
    guard case .duration(let length) = item.length, length.unit == .workingDays,
      !workdays.isWorkingDay(start.day)
    else { return start }
    return PlanDate(workdays.nextWorkingDay(onOrAfter: start.day))
  }

  /// The end of an item that starts at `start`.
  public func end(of item: Item, from start: PlanDate) -> PlanDate {
    end(of: item.timing, from: start)
  }

  public func end(of item: Item.Timing, from start: PlanDate) -> PlanDate {
    switch item.length {
    case .point: return start
    case .duration(let length):
      return start.shifted(by: length, in: workdays, dayShift: item.dayShift)
    case .until(let until):
      guard let anchor = item.anchor, anchor.day != start.day else { return until }
      return start.shifted(by: PlanDuration.between(anchor.day, until.day), in: workdays)
    }
  }

  /// The start of an item that must end at `end`.
  public func start(of item: Item, endingAt end: PlanDate) -> PlanDate {
    start(of: item.timing, endingAt: end)
  }

  public func start(of item: Item.Timing, endingAt end: PlanDate) -> PlanDate {
    switch item.length {
    case .point: return end
    case .duration(let length):
      let back = PlanDuration(-length.amount, length.unit)
      return length.unit == .workingDays
        ? PlanDate(workdays.advance(end.day, by: back.amount))
        : end.shifted(by: back, in: workdays, dayShift: item.dayShift)
    case .until(let until):
      let anchor = item.anchor ?? item.start
      let length = PlanDuration.between(anchor.day, until.day)
      return end.shifted(by: PlanDuration(-length.amount, length.unit), in: workdays)
    }
  }

  /// The latest start from which the item still ends by `end`: the inverse of `end(of:from:)`,
  /// so that a backward pass undoes a forward one. The latest start of a 6-month phase that
  /// must end by 1 januari 2024 is 1 juli 2023; of a 1-month phase that must end by 30 september,
  /// 31 augustus (which a month back from 30 september, 30 augustus, would miss).
  ///
  /// - Complexity: O(1): month ends move the first guess by a few days at most.
  public func latestStart(of item: Item, endingBy end: Day) -> Day {
    latest(by: end, first: start(of: item, endingAt: PlanDate(end)).day) {
      self.end(of: item, from: PlanDate($0)).day
    }
  }

  /// The latest day from which `lag` (in a frame moved `dayShift` days) still lands by
  /// `day`: the inverse of `lagged`.
  ///
  /// - Complexity: O(1), as `latestStart`.
  public func latest(_ day: Day, before lag: PlanDuration, dayShift: Int = 0) -> Day {
    guard lag.amount != 0 else { return day }
    let guess =
      lag.unit == .workingDays
      ? workdays.advance(day, by: -lag.amount)
      : PlanDuration(-lag.amount, lag.unit).added(to: day, in: workdays)
    return latest(by: day, first: guess) {
      self.lagged(PlanDate($0), lag, dayShift: dayShift).day
    }
  }

  /// The latest `d` with `forward(d) <= limit`, searched from `first` for a monotonic forward
  /// step. Calendar arithmetic clamps at month ends, so a step back is off by a few days at
  /// most; the search stops after a month either way.
  func latest(by limit: Day, first: Day, _ forward: (Day) -> Day) -> Day {
    var day = first
    var steps = 0
    while forward(day) > limit, steps < 62 {
      day = day.adding(days: -1)
      steps += 1
    }
    while forward(day.adding(days: 1)) <= limit, steps < 62 {
      day = day.adding(days: 1)
      steps += 1
    }
    return day
  }

  func later(_ a: PlanDate?, _ b: PlanDate?) -> PlanDate? {
    guard let a else { return b }
    guard let b else { return a }
    return b.day > a.day ? b : a
  }
}
