/// The critical path towards a target and every item's slack: how far it can slip before the
/// target moves (total slack) or before anything after it moves (free slack). The target's own
/// deadline, when it has one, is the date that counts, so slack can be negative.
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

  /// The target milestone or phase, nil for the end of the plan.
  public let target: Item?
  /// The date the target must be reached by: its deadline, or where it is now.
  public let targetDate: Day
  /// Items that lead to the target, in schedule order.
  public let rows: [Row]
  /// The chain of items with the least slack that drives the target, first to last.
  public let path: [String]

  public var leastSlack: Int { rows.map(\.totalDays).min() ?? 0 }

  public init(_ plan: Plan, towards targetID: String?) {
    let scheduler = Scheduler(plan)
    let graph = scheduler.graph
    let workdays = scheduler.workdays
    let items = graph.locations.map { plan[$0] }
    var nodes: [Int]
    var due: [Int: Day] = [:]
    let target = targetID.flatMap { graph.index[$0] }
    func limit(_ item: Item) -> Day? { item.deadline.map { item.lastDay(for: $0) } }
    if let target {
      // Everything the target waits for, directly or not.
      var seen = Set([target])
      var stack = [target]
      while let node = stack.popLast() {
        for k in graph.linksInto(node) where !seen.contains(Int(graph.from[Int(k)])) {
          seen.insert(Int(graph.from[Int(k)]))
          stack.append(Int(graph.from[Int(k)]))
        }
      }
      nodes = Array(seen)
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
      var hasSuccessor = false
      for k in graph.linksOutOf(node) {
        let next = Int(graph.to[Int(k)])
        guard member.contains(next), let nextStart = lateStart[next], let nextEnd = lateEnd[next]
        else { continue }
        hasSuccessor = true
        let link = plan.links[Int(k)]
        switch link.kind {
        case .finishToStart:
          latest = min(latest, Self.back(nextStart, link.lag, workdays))
        case .finishToFinish:
          latest = min(latest, Self.back(nextEnd, link.lag, workdays))
        case .startToStart:
          let startBound = Self.back(nextStart, link.lag, workdays)
          latest = min(latest, scheduler.end(of: item, from: PlanDate(startBound)).day)
        }
      }
      if !hasSuccessor && node != target { latest = min(latest, max(item.end.day, targetDate)) }
      lateEnd[node] = latest
      lateStart[node] =
        item.type == .milestone ? latest : scheduler.start(of: item, endingAt: PlanDate(latest)).day
    }
    var rows: [Row] = []
    for node in order {
      let item = items[node]
      let late = lateStart[node]!
      var free: Int?
      for k in graph.linksOutOf(node) where member.contains(Int(graph.to[Int(k)])) {
        let gap = scheduler.requirement(
          plan.links[Int(k)], from: item, to: items[Int(graph.to[Int(k)])]
        ).gap
        free = min(free ?? gap, gap)
      }
      let total = item.start.day.days(until: late)
      let freeDays = free ?? total
      rows.append(
        Row(
          item: item, lateStart: late, lateEnd: lateEnd[node]!, totalDays: total,
          totalWorkdays: workdays.count(from: item.start.day, to: late), freeDays: freeDays,
          freeWorkdays: workdays.count(
            from: item.start.day, to: item.start.day.adding(days: freeDays))))
    }
    self.rows = rows
    self.path = Self.path(
      rows: rows, graph: graph, plan: plan, target: target, scheduler: scheduler)
  }

  /// A date moved back by a lag: the latest date that the lag still brings to `day`.
  static func back(_ day: Day, _ lag: PlanDuration, _ workdays: WorkdayTable) -> Day {
    guard lag.amount != 0 else { return day }
    if lag.unit == .workingDays { return workdays.advance(day, by: -lag.amount) }
    return PlanDuration(-lag.amount, lag.unit).added(to: day, in: workdays)
  }

  /// The driving chain: from the target (or the item that ends last) back along the links
  /// that hold each item where it is, the most pressing first.
  static func path(rows: [Row], graph: PlanGraph, plan: Plan, target: Int?, scheduler: Scheduler)
    -> [String]
  {
    let members = Set(rows.compactMap { graph.index[$0.item.id] })
    var last: Int?
    for row in rows {
      guard let node = graph.index[row.item.id] else { continue }
      if last == nil || row.item.end.day >= plan[graph.locations[last!]].end.day { last = node }
    }
    guard var node = target ?? last else { return [] }
    var path = [node]
    var seen: Set<Int> = [node]
    while let k = scheduler.drivingLink(
      into: node, in: plan, from: { members.contains($0) && !seen.contains($0) })
    {
      node = Int(graph.from[k])
      path.append(node)
      seen.insert(node)
    }
    return path.reversed().map { plan[graph.locations[$0]].id }
  }
}
