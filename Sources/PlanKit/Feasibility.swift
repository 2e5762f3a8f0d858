/// "Is 1 januari still feasible?": the earliest date an item can be reached when every
/// statutory period is cut to its legal minimum and everything else stays as planned (the
/// user's anchors, phase lengths, own periods and links), and how that compares with a target.
public struct Feasibility: Sendable {
  /// One link of the chain that decides the earliest date, first to last.
  public struct Step: Sendable, Hashable {
    public let item: Item
    /// The date that counts in the earliest plan: a milestone's day, a phase's end.
    public let earliest: Day
    /// The link that holds the item where it is, nil for the item the chain starts from.
    public internal(set) var link: Link?
  }

  public let target: Item
  /// Where the item is now: a milestone's day or a phase's end.
  public let planned: Day
  /// The earliest it can be under the legal minima.
  public let earliest: Day
  /// What the item is measured against: the date asked about, its deadline, or the fixed
  /// date it is planned on (a contract start such as 1 januari).
  public enum Goal: Sendable, Hashable {
    case asked(PlanDate)
    case deadline(PlanDate)
    case fixed(PlanDate)

    public var date: PlanDate {
      switch self {
      case .asked(let date), .deadline(let date), .fixed(let date): return date
      }
    }
  }

  public let goal: Goal?
  /// The last day that still counts as on time, when there is a goal.
  public let due: Day?
  /// The chain of items that fixes the earliest date.
  public let chain: [Step]
  /// How many statutory periods were longer than the minimum and were cut for the answer.
  public let shortened: Int
  let workdays: WorkdayTable

  /// Days to spare before `due`: negative when it cannot be made.
  public var slack: Int? { due.map { earliest.days(until: $0) } }
  public var slackWorkdays: Int? { due.map { workdays.count(from: earliest, to: $0) } }
  public var isFeasible: Bool { (slack ?? 0) >= 0 }

  /// Nil when the plan cannot be scheduled (a cycle) or has no item `id`. With `atMinimum`
  /// off, statutory periods stay as planned: how late the item is as the plan stands, the
  /// shortfall `kritiek` reports. With `today`, what has not happened cannot happen before it:
  /// the answer is never a day already past.
  ///
  /// - Complexity: O(plan): one schedule of the whole plan and a walk back along its chain.
  public init?(
    _ plan: Plan, item id: String, by date: PlanDate? = nil, atMinimum: Bool = true,
    today: Day? = nil
  ) {
    var earliestPlan = plan
    var shortened = 0
    for k in earliestPlan.links.indices where atMinimum {
      let link = earliestPlan.links[k]
      guard let minimum = link.minimum, link.lag != PlanDuration(minimum.days, .days) else {
        continue
      }
      earliestPlan.links[k].lag = PlanDuration(minimum.days, .days)
      shortened += 1
    }
    // A fixed date cannot come earlier, but it cannot come before what it waits for either;
    // the target itself may come as early as its links allow.
    let scheduler = Scheduler(earliestPlan)
    guard let node = scheduler.graph.index[id] else { return nil }
    for location in scheduler.graph.locations {
      var item = earliestPlan[location]
      // What was reported started or done happened: it stays where it happened.
      guard item.progress == nil else { continue }
      if let today, item.status(on: today) != .done,
        item.notBefore.map({ $0.day < today }) ?? true
      {
        item.notBefore = PlanDate(today)
        earliestPlan[location] = item
      }
      guard item.fixed else { continue }
      item.fixed = false
      if item.id != id, let anchor = item.anchor, (item.notBefore?.day ?? anchor.day) <= anchor.day
      {
        item.notBefore = anchor
      }
      earliestPlan[location] = item
    }
    // A target that waits for something comes when that allows: its own date, which an
    // implicit link would only push, does not hold it back.
    if !scheduler.graph.linksInto(node).isEmpty {
      let location = scheduler.graph.locations[node]
      if earliestPlan[location].type == .milestone { earliestPlan[location].anchor = nil }
    }
    guard case .success = scheduler.run(&earliestPlan, from: nil) else { return nil }
    let graph = scheduler.graph
    let item = plan[graph.locations[node]]
    let earliestItem = earliestPlan[graph.locations[node]]
    target = item
    planned = item.dueDate.day
    earliest = earliestItem.dueDate.day
    if let date {
      goal = .asked(date)
    } else if let deadline = item.deadline {
      goal = .deadline(deadline)
    } else if item.fixed, item.progress == nil, let anchor = item.anchor {
      // A reported start is a fact, not a date to make.
      goal = .fixed(anchor)
    } else {
      goal = nil
    }
    due = goal.map { item.lastDay(for: $0.date) }
    self.shortened = shortened
    workdays = scheduler.workdays
    var chain = [Step(item: earliestItem, earliest: earliest, link: nil)]
    var current = node
    var seen: Set<Int> = [node]
    // What really started is where the chain begins: no link holds a fact.
    while earliestPlan[graph.locations[current]].progress?.started == nil,
      let k = scheduler.drivingLink(into: current, in: earliestPlan, from: { !seen.contains($0) })
    {
      chain[chain.count - 1].link = earliestPlan.links[k]
      current = Int(graph.from[k])
      let from = earliestPlan[graph.locations[current]]
      chain.append(Step(item: from, earliest: from.dueDate.day, link: nil))
      seen.insert(current)
    }
    self.chain = chain.reversed()
  }
}

extension Item {
  /// The date that counts for a deadline: a milestone's day, a phase's (exclusive) end.
  public var dueDate: PlanDate { type == .milestone ? start : end }

  /// The last day on which the item is still on time for `deadline`: a phase may end
  /// (exclusively) on a day deadline, and a coarser deadline allows its whole window.
  public func lastDay(for deadline: PlanDate) -> Day {
    if type == .phase { return deadline.precision == .day ? deadline.day : deadline.windowEnd }
    return deadline.windowEnd.adding(days: -1)
  }
}
