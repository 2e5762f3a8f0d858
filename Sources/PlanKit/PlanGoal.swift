/// A goal of the whole plan, such as seed 002's "Doel: nieuwe contracten per 1 januari 2023": a
/// milestone of the plan's own, no decision, with a fixed date or a deadline and no link to or
/// from it. Nothing leads to it, so measured on its own it is always on time; it stands for
/// every lot instead, and it is met when each lot's target (`SlackAnalysis.target(of:)`, the
/// contract start) can come by it at the legal minimum periods.
public struct PlanGoal: Sendable {
  /// A lot's target and the earliest it can come.
  public struct Lot: Sendable {
    public let lot: String
    public let target: Item
    public let earliest: Day
    /// Days to spare until the goal's last day for the target; negative: short.
    public let slack: Int
    public let slackWorkdays: Int
  }

  public let item: Item
  /// The goal's date: the one asked about, else its deadline, else its fixed date.
  public let date: PlanDate
  /// Lot by lot, in plan order.
  public let lots: [Lot]

  public var isFeasible: Bool { lots.allSatisfy { $0.slack >= 0 } }
  /// The lot whose target comes last: the one the goal waits for.
  public var latest: Lot? { lots.max { ($0.earliest, $1.lot) < ($1.earliest, $0.lot) } }

  /// The goal `item` measured against each lot's target and the earliest it can come.
  ///
  /// - Complexity: O(lots).
  public init(
    _ item: Item, by date: PlanDate, targets: [(lot: String, target: Item, earliest: Day)],
    workdays: WorkdayTable
  ) {
    self.item = item
    self.date = date
    lots = targets.map { lot in
      let due = lot.target.lastDay(for: date)
      return Lot(
        lot: lot.lot, target: lot.target, earliest: lot.earliest,
        slack: lot.earliest.days(until: due),
        slackWorkdays: workdays.count(from: lot.earliest, to: due))
    }
  }

  /// `haalbaar` on a goal: each lot's target tested as `haalbaar` tests it, by `date` or the
  /// goal's own date. Nil when `id` is no goal of the plan, or the plan cannot be scheduled.
  ///
  /// - Complexity: O(lots × plan): a schedule at the minimum periods per lot, as `haalbaar`
  ///   makes for one target.
  public init?(_ plan: Plan, item id: String, by asked: PlanDate? = nil, today: Day?) {
    let graph = PlanGraph(plan)
    guard let node = graph.index[id], let item = Self.goal(at: node, in: plan, graph: graph),
      let date = asked ?? Self.date(of: item)
    else { return nil }
    var targets: [(lot: String, target: Item, earliest: Day)] = []
    var workdays: WorkdayTable?
    for lot in plan.lots {
      guard let target = SlackAnalysis.target(of: lot, graph: graph) else { continue }
      let targetID = plan[graph.locations[target]].id
      guard let answer = Feasibility(plan, item: targetID, today: today) else { return nil }
      targets.append((lot.id, answer.target, answer.earliest))
      workdays = workdays ?? answer.workdays
    }
    self.init(
      item, by: date, targets: targets,
      workdays: workdays ?? WorkdayTable(plan.calendar, years: date.day.year...date.day.year))
  }

  /// The plan's goals, in plan order.
  ///
  /// - Complexity: O(plan milestones).
  public static func goals(in plan: Plan, graph: PlanGraph) -> [Item] {
    plan.milestones.compactMap { item in
      graph.index[item.id].flatMap { goal(at: $0, in: plan, graph: graph) }
    }
  }

  /// The item at `node` when it is a goal of the plan.
  ///
  /// - Complexity: O(1).
  static func goal(at node: Int, in plan: Plan, graph: PlanGraph) -> Item? {
    let location = graph.locations[node]
    guard case .plan = location, graph.linksInto(node).isEmpty, graph.linksOutOf(node).isEmpty,
      !plan.lots.isEmpty
    else { return nil }
    let item = plan[location]
    guard item.type == .milestone, DecisionKind(rawValue: item.kind) == nil, date(of: item) != nil
    else { return nil }
    return item
  }

  /// The goal's own date: its deadline, else its fixed date.
  public static func date(of item: Item) -> PlanDate? {
    item.deadline ?? (item.fixed ? item.anchor : nil)
  }
}
