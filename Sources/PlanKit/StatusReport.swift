/// Where a project stands on a day, for the stuurgroep: what is done since the last report,
/// what runs, what is late and what that delays, whether each lot's target can still be made,
/// what comes in the next weeks, and whom to chase. Every date ahead is the forecast's
/// (`Forecast`): late work is counted from today.
public struct StatusReport: Sendable {
  /// What the report looks back to: a day, or a baseline (the stand at the last report).
  public enum Since: Sendable, Equatable {
    case day(Day)
    case baseline(Baseline)

    public var day: Day {
      switch self {
      case .day(let day): return day
      case .baseline(let baseline): return baseline.taken
      }
    }
  }

  /// A late item and the lot targets it pushes back.
  public struct Late: Sendable {
    public let item: Item
    public let days: Int
    public let started: Bool
    /// Targets this item leads to that the forecast puts later than the plan.
    public let delays: [Target]
  }

  /// A lot's target (its contract start, a deadline, a fixed date, else its last item) and
  /// whether it can still be made.
  public struct Target: Sendable {
    public let lot: String?
    public let item: Item
    /// Its date as planned, and as the forecast has it with its own fixed date aside (a phase's
    /// end).
    public let planned: Day
    public let expected: Day
    /// The earliest under the legal minimum periods, and the date it is measured against.
    public let earliest: Day
    public let goal: PlanDate?
    /// Days to spare until the goal's last day (negative: short), nil without a goal.
    public let slack: Int?
    public let slackWorkdays: Int?
    /// Whether it is reached already: reported done, or a fixed date passed.
    public let reached: Bool
  }

  /// A milestone or a phase start in the coming weeks, on the day it is expected.
  public struct Coming: Sendable {
    public let item: Item
    /// The day it can come: its own, or later when what leads to it, counted from today,
    /// ends later than its fixed date.
    public let day: Day
  }

  /// An item someone must act on: it is late, it starts or is due in the coming weeks, or its
  /// proposal must be handed in.
  public struct Action: Sendable {
    public enum Reason: Sendable, Equatable {
      case late(days: Int)
      case starts(Day)
      case due(Day)
      case handIn(Day)
      /// The day to hand in the proposal has passed by so many working days.
      case handInLate(workingDays: Int)
    }

    public let item: Item
    public let reason: Reason
  }

  public let today: Day
  /// Whether `today` is the clock's, the session having no `vandaag` of its own.
  public var todayFromClock = false
  public let since: Since?
  /// The last day the coming weeks reach (inclusive).
  public let until: Day
  /// Reported done since `since`, or ever without one; by day.
  public let done: [Item]
  /// Milestones whose fixed date passed (since `since`) without being reported reached, the
  /// plan's goals aside: to report, by day.
  public let passed: [Item]
  /// Reported started and not done.
  public let running: [Item]
  public let late: [Late]
  public let targets: [Target]
  /// The goals of the whole plan (`PlanGoal`), each against every lot's target.
  public let goals: [PlanGoal]
  /// Milestones and phase starts from today until `until`, on their expected days.
  public let coming: [Coming]
  /// Decisions whose meeting or hand-in day falls from today until `until`, or whose hand-in
  /// day has passed while the meeting has not.
  public let decisions: [DecisionCalendar.Entry]
  /// What to chase, per owner (nil: no owner named); owners by name, the unowned last.
  public let actions: [(owner: String?, actions: [Action])]
  /// What moved since the baseline, when the report looks back to one.
  public let moved: [PlanDiff.Change]

  /// - Complexity: O(lots × plan): the forecast and the slack analysis are whole-plan passes,
  ///   and each lot's target is tested as `haalbaar` tests it, with a schedule of its own.
  public init?(_ plan: Plan, today: Day, since: Since?, until: Day, workdays: WorkdayTable) {
    guard let forecast = Forecast(plan, on: today) else { return nil }
    let expected = forecast.plan
    self.today = today
    self.since = since
    self.until = until
    let items = plan.allItems
    done =
      items.filter { item in
        if item.progress?.finished != nil {
          // Since a baseline: what was not done when it was taken, whatever day it was
          // reported to have ended (a first report often tells of weeks before).
          switch since {
          case .baseline(let baseline): return !baseline.done.contains(item.id)
          case .day(let day): return item.progress!.finished! >= day
          case nil: return true
          }
        }
        return false
      }
      .sorted { Self.doneDay($0) < Self.doneDay($1) }
    // A fixed date passed without a report is not done: a decision may not have been taken,
    // and a goal of the plan is a target, never an event.
    let goalIDs = Set(PlanGoal.goals(in: plan, graph: PlanGraph(plan)).map(\.id))
    // Listed whatever the report looks back to: it is still to be reported, like late work.
    passed = items.filter { item in
      guard case .passed = item.status(on: today) else { return false }
      return !goalIDs.contains(item.id)
    }.sorted { ($0.start.day, $0.id) < ($1.start.day, $1.id) }
    running = items.filter { $0.progress?.started != nil && $0.progress?.finished == nil }
    let slack = SlackAnalysis(expected, towards: nil)
    let graph = slack.scheduler.graph
    var targets: [Target] = []
    var leading: [String: Set<Int>] = [:]
    for chain in slack.chains {
      // Where the target comes as the forecast stands, its own fixed date aside (a contract
      // start stays on 1 januari in the plan while what leads to it ends later), and how early
      // it can come at the legal minimum periods.
      guard let planned = plan.item(chain.target), let node = graph.index[chain.target],
        let asPlanned = Feasibility(expected, item: chain.target, atMinimum: false, today: today),
        let answer = Feasibility(expected, item: chain.target, today: today)
      else { continue }
      leading[chain.target] = Set(graph.leading(to: node))
      targets.append(
        Target(
          lot: chain.lot, item: planned, planned: planned.dueDate.day,
          expected: max(asPlanned.earliest, asPlanned.planned), earliest: answer.earliest,
          goal: answer.goal?.date, slack: answer.slack, slackWorkdays: answer.slackWorkdays,
          reached: planned.progress?.finished != nil || planned.status(on: today) == .done))
    }
    self.targets = targets
    // Goals of the whole plan wait for every lot: measured against the lots' targets above.
    let lotTargets = targets.compactMap { target in
      target.lot.map { (lot: $0, target: target.item, earliest: target.earliest) }
    }
    // The forecast moves no goal's own date (a deadline or a fixed date).
    goals = PlanGoal.goals(in: expected, graph: graph).compactMap { item in
      PlanGoal.date(of: item).map {
        PlanGoal(item, by: $0, targets: lotTargets, workdays: workdays)
      }
    }
    late = forecast.held.compactMap { hold in
      // A running phase not yet past its end is not late, though its pace may end it later:
      // the targets it holds up say so.
      guard hold.days > 0 || !hold.started, let item = plan.item(hold.id),
        let node = graph.index[hold.id]
      else { return nil }
      let delays = targets.filter { target in
        target.expected > target.planned
          && (target.item.id == hold.id || leading[target.item.id]?.contains(node) == true)
      }
      return Late(item: item, days: hold.days, started: hold.started, delays: delays)
    }
    let held = Set(forecast.held.map(\.id))
    // A fixed date stays where it is in the forecast, though late work before it ends later:
    // the day it can come is what its links ask (one link back; a fixed date after it is
    // counted from its own date).
    func expectedDay(_ item: Item) -> Day {
      guard item.fixed, item.progress == nil, let node = graph.index[item.id] else {
        return item.start.day
      }
      return slack.scheduler.requiredStart(of: node, in: expected)
    }
    coming = expected.allItems.lazy.filter { item in
      item.progress?.started == nil && item.progress?.finished == nil && !held.contains(item.id)
        && item.start.day >= today && DecisionKind(rawValue: item.kind) == nil
    }.map { Coming(item: $0, day: expectedDay($0)) }.filter { $0.day <= until }
      .sorted { ($0.day, $0.item.id) < ($1.day, $1.item.id) }
    decisions = DecisionCalendar(expected, today: today, workdays: workdays).entries.filter {
      entry in
      switch entry.status {
      case .late, .waiting: return true
      case .taken, .passed, .due: break
      }
      return (entry.meeting >= today && entry.meeting <= until)
        || (entry.handIn >= today && entry.handIn <= until)
    }
    var actions: [String?: [Action]] = [:]
    let owner = plan.owner(of:)
    for late in late {
      actions[owner(late.item), default: []].append(
        Action(item: late.item, reason: .late(days: late.days)))
    }
    for coming in coming {
      actions[owner(coming.item), default: []].append(
        Action(item: coming.item, reason: .starts(coming.day)))
    }
    for item in running where item.end.day > today && item.end.day <= until.adding(days: 1) {
      actions[owner(item), default: []].append(Action(item: item, reason: .due(item.end.day)))
    }
    for entry in decisions {
      if case .late(let days, _) = entry.status {
        actions[owner(entry.item), default: []].append(
          Action(item: entry.item, reason: .handInLate(workingDays: days)))
      } else if entry.handIn >= today && entry.handIn <= until {
        actions[owner(entry.item), default: []].append(
          Action(item: entry.item, reason: .handIn(entry.handIn)))
      }
    }
    self.actions = actions.sorted { a, b in
      switch (a.key, b.key) {
      case (let x?, let y?): return x.lowercased() < y.lowercased()
      case (.some, nil): return true
      default: return false
      }
    }.map { (owner: $0.key, actions: $0.value) }
    if case .baseline(let baseline) = since {
      // A vague date read to its day is no move.
      moved = PlanDiff(from: baseline.items, to: PlanDiff.entries(plan)).changes.filter {
        guard let before = $0.before, let after = $0.after else { return true }
        return before.start.day != after.start.day || before.end.day != after.end.day
      }
    } else {
      moved = []
    }
  }

  static func doneDay(_ item: Item) -> Day { item.progress?.finished ?? item.start.day }
}
