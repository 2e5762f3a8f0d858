/// The plan as it will go from a status day on: what really happened stays where it happened,
/// and what has not happened yet cannot happen before that day. A phase that should have started
/// and has not starts today at the earliest; one that runs past its end runs at least through
/// today, or for the share of its planned length its reported percentage leaves. Everything that
/// follows moves with them, so that `haalbaar` and `kritiek` are never optimistic about work
/// that is late. The plan itself keeps its dates: the forecast is what the answers reason from.
public struct Forecast: Sendable {
  /// An item the status day holds back: it should have started (or, started, ended) and has
  /// not.
  public struct Hold: Sendable, Hashable {
    public let id: String
    /// Whether it was reported started: then it is its end that is held back.
    public let started: Bool
    /// Days late, as `Item.status(on:)` counts them.
    public let days: Int
  }

  /// The status day the forecast counts from.
  public let today: Day
  /// The plan with every date as it will come out.
  public let plan: Plan
  /// The items held back, in plan order.
  public let held: [Hold]
  /// Every item that comes out elsewhere than planned, with its planned dates, in the order the
  /// schedule reached them.
  public let moves: [Scheduler.Move]

  /// Nil when the plan cannot be scheduled (its links form a cycle).
  ///
  /// - Complexity: O(plan): every item is asked its status and the whole plan is scheduled,
  ///   since a late item may move anything after it.
  public init?(_ plan: Plan, on today: Day) {
    var forecast = plan
    let scheduler = Scheduler(plan)
    var held: [Hold] = []
    for location in scheduler.graph.locations {
      let item = plan[location]
      guard case .late(let days, let started) = item.status(on: today) else { continue }
      held.append(Hold(id: item.id, started: started, days: days))
      forecast[location] = Self.held(item, on: today, started: started)
    }
    guard case .success(let moves) = scheduler.run(&forecast, from: nil) else { return nil }
    self.today = today
    self.plan = forecast
    self.held = held
    self.moves = moves
  }

  /// A late item as it can still go: not started, no earlier than today; started, ending no
  /// earlier than tomorrow (the end is exclusive), nor before the share of its planned length
  /// that its percentage leaves has passed from today (40% done of four months: 73 days more).
  ///
  /// - Complexity: O(1).
  static func held(_ item: Item, on today: Day, started: Bool) -> Item {
    var item = item
    guard started else {
      let floor = PlanDate(today)
      if item.notBefore.map({ $0.day < today }) ?? true { item.notBefore = floor }
      return item
    }
    var end = today.adding(days: 1)
    if let percent = item.progress?.percent, percent < 100 {
      let length = item.start.day.days(until: item.end.day)
      end = max(end, today.adding(days: (length * (100 - percent) + 99) / 100))
    }
    item.length = .until(PlanDate(end))
    return item
  }

}
