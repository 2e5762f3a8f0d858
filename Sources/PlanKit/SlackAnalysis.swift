/// The critical path towards a target and every item's slack: how far it can slip before
/// something that bounds it is missed (total slack) or before anything after it moves (free
/// slack). What bounds an item is everything downstream of it: its own deadline, a fixed date
/// or deadline it leads to, links into other lots; only an item bounded by nothing is measured
/// to the end of the plan (or to the target). A fixed item cannot slip: its slack is zero.
/// Slack can be negative.
public struct SlackAnalysis: Sendable {
  public struct Row: Sendable {
    public let item: Item
    public let lateStart: Day
    public let lateEnd: Day
    public let totalDays: Int
    public let totalWorkdays: Int
    public let freeDays: Int
    public let freeWorkdays: Int
  }

  /// The chain that drives one target: a lot's (its contract start, a deadline, a fixed date,
  /// else its last item), or the one asked for.
  public struct Chain: Sendable {
    /// The lot the chain is for; nil towards a target that was asked for.
    public let lot: String?
    public let target: String
    /// First to last.
    public let items: [String]
  }

  /// The target milestone or phase, nil for the end of the plan.
  public let target: Item?
  /// The date the target must be reached by: its deadline, or where it is now.
  public let targetDate: Day
  /// Items that lead to the target, in schedule order.
  public let rows: [Row]
  /// Towards a target, the chain that drives it; otherwise each lot's chain, lot by lot.
  public let chains: [Chain]
  /// The schedule the analysis measured with, for what else a view asks of it.
  public let scheduler: Scheduler
  /// Every item whose total slack is zero or less: ties included, as MS Project and
  /// GanttProject mark them.
  public let critical: Set<String>

  /// The target's chain, or the first lot's.
  public var path: [String] { chains.first?.items ?? [] }

  public var leastSlack: Int { rows.map(\.totalDays).min() ?? 0 }

  /// - Complexity: O(plan): one backward pass over the items that lead to the target (all of
  ///   them without one), and a walk back along the driving links per chain.
  public init(_ plan: Plan, towards targetID: String?) {
    let scheduler = Scheduler(plan)
    self.scheduler = scheduler
    let graph = scheduler.graph
    let workdaysTable = scheduler.workdays
    let items = graph.locations.map { plan[$0] }
    var nodes: [Int]
    var due: [Int: Day] = [:]
    let target = targetID.flatMap { graph.index[$0] }
    func limit(_ item: Item) -> Day? { item.deadline.map { item.lastDay(for: $0) } }
    if let target {
      // Everything the target waits for, directly or not.
      nodes = graph.leading(to: target)
      let item = items[target]
      due[target] = limit(item) ?? item.end.day
      self.target = item
      self.targetDate = due[target]!
    } else {
      nodes = Array(0..<graph.count)
      let end = items.map(\.end.day).max() ?? Day(raw: 0)
      self.target = nil
      self.targetDate = end
    }
    let member = Set(nodes)
    let order: [Int]
    switch graph.topologicalOrder(of: nodes) {
    case .success(let found): order = found
    case .failure: order = nodes
    }
    var lateEnd: [Int: Day] = [:]
    var lateStart: [Int: Day] = [:]
    for node in order.reversed() {
      let item = items[node]
      // Towards a target every item leads to it, so its successors bound it; towards the end
      // of the plan, the end bounds every item.
      var latest = due[node] ?? (target == nil ? targetDate : Day(raw: Int32.max / 2))
      if let own = limit(item) { latest = min(latest, own) }
      // A fixed date does not slip: whatever leads to it is bounded by it. Towards a target
      // with a deadline, the deadline is what counts, as `haalbaar` counts it.
      // A running phase is fixed on the day it started, not on its end.
      let running = item.progress?.started != nil && item.progress?.finished == nil
      if item.fixed && !running && (node != target || item.deadline == nil) {
        latest = min(latest, item.end.day)
      }
      var hasSuccessor = false
      for k in graph.linksOutOf(node) {
        let next = Int(graph.to[Int(k)])
        guard member.contains(next), let nextStart = lateStart[next], let nextEnd = lateEnd[next]
        else { continue }
        let link = plan.links[Int(k)]
        // What already happened at the other end of a link bounds nothing any more.
        let happened =
          link.kind == .finishToFinish
          ? items[next].progress?.finished != nil : items[next].hasBegun
        guard !happened else { continue }
        hasSuccessor = true
        switch link.kind {
        case .finishToStart:
          latest = min(
            latest, scheduler.latest(nextStart, before: link.lag, dayShift: link.dayShift))
        case .finishToFinish:
          latest = min(latest, scheduler.latest(nextEnd, before: link.lag, dayShift: link.dayShift))
        case .startToStart:
          let startBound = scheduler.latest(nextStart, before: link.lag, dayShift: link.dayShift)
          latest = min(latest, scheduler.end(of: item, from: PlanDate(startBound)).day)
        }
      }
      if !hasSuccessor && node != target { latest = min(latest, max(item.end.day, targetDate)) }
      lateEnd[node] = latest
      lateStart[node] =
        item.type == .milestone ? latest : scheduler.latestStart(of: item, endingBy: latest)
    }
    var rows: [Row] = []
    for node in order {
      let item = items[node]
      let late = lateStart[node]!
      var free: Int?
      for k in graph.linksOutOf(node) where member.contains(Int(graph.to[Int(k)])) {
        let (link, next) = (plan.links[Int(k)], items[Int(graph.to[Int(k)])])
        guard !Self.happened(link, to: next) else { continue }
        let gap = scheduler.requirement(link, from: item, to: next).gap
        free = min(free ?? gap, gap)
      }
      // A fixed item stays on its date in the plan, but cannot really start before what it
      // waits for allows, nor before its own 'niet eerder dan': that is its early start here,
      // so that a fixed target shows the shortfall the chain gives it.
      // What was reported started or done began then, whatever its links asked.
      var early = item.start.day
      if item.fixed && !item.hasBegun {
        if let notBefore = item.notBefore { early = max(early, notBefore.day) }
        early = max(early, scheduler.requiredStart(of: node, in: plan, from: member.contains))
      }
      // A running phase can no longer slip its start, only its end: its slack lies between
      // the end it is expected at and the latest end, and is counted in working days there.
      let running = item.progress?.started != nil && item.progress?.finished == nil
      if running { early = item.end.day }
      let total = running ? early.days(until: lateEnd[node]!) : early.days(until: late)
      // What it can slip without moving anything after it, never more than it can slip at all.
      let freeDays = min(free ?? total, total)
      func workdays(_ days: Int, from day: Day) -> Int {
        let to = day.adding(days: days)
        return days >= 0
          ? workdaysTable.count(from: day, to: to) : -workdaysTable.count(from: to, to: day)
      }
      rows.append(
        Row(
          item: item, lateStart: late, lateEnd: lateEnd[node]!, totalDays: total,
          totalWorkdays: workdays(total, from: early), freeDays: freeDays,
          freeWorkdays: workdays(freeDays, from: early)))
    }
    self.rows = rows
    self.critical = Set(rows.lazy.filter { $0.totalDays <= 0 }.map(\.item.id))
    func chain(_ lot: String?, to node: Int) -> Chain {
      Chain(
        lot: lot, target: items[node].id,
        items: Self.path(to: node, graph: graph, plan: plan, members: member, scheduler: scheduler))
    }
    if let target {
      chains = [chain(nil, to: target)]
    } else {
      chains = plan.lots.compactMap { lot in
        Self.target(of: lot, graph: graph).map { chain(lot.id, to: $0) }
      }
    }
  }

  /// Whether what `link` asks of `next` already happened (it was reported started, or done
  /// over a finish-to-finish link): it then bounds nothing before it.
  static func happened(_ link: Link, to next: Item) -> Bool {
    link.kind == .finishToFinish ? next.progress?.finished != nil : next.hasBegun
  }

  /// What a lot works towards: of its items with a fixed date or a deadline (its contract
  /// start), the one due last; else its item that ends last. An item fixed because it was
  /// reported started or done is history, not a target.
  static func target(of lot: Lot, graph: PlanGraph) -> Int? {
    let bounded = lot.items.filter { ($0.fixed && $0.progress == nil) || $0.deadline != nil }
    // Of items due the same day, the last: the milestone that concludes the phase before it.
    let candidates = bounded.isEmpty ? lot.items : bounded
    guard let due = candidates.map(\.dueDate.day).max() else { return nil }
    return candidates.last { $0.dueDate.day == due }.flatMap { graph.index[$0.id] }
  }

  /// The driving chain into `node`: back along the links that hold each item where it is,
  /// the most pressing first, up to an item reported started or done.
  static func path(
    to target: Int, graph: PlanGraph, plan: Plan, members: Set<Int>, scheduler: Scheduler
  ) -> [String] {
    var node = target
    var path = [node]
    var seen: Set<Int> = [node]
    // What was reported started or done began then: nothing before it holds it any more.
    while !plan[graph.locations[node]].hasBegun,
      let k = scheduler.drivingLink(
        into: node, in: plan, from: { members.contains($0) && !seen.contains($0) })
    {
      node = Int(graph.from[k])
      path.append(node)
      seen.insert(node)
    }
    return path.reversed().map { plan[graph.locations[$0]].id }
  }
}
