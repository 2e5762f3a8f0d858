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
    /// Days late, as `Item.status(on:)` counts them; 0 for a running phase that is not late
    /// yet but whose reported share leaves work past its planned end.
    public let days: Int
    /// Of a running phase with a percentage: what the forecast reads from it.
    public let share: Share?

    public init(id: String, started: Bool, days: Int, share: Share? = nil) {
      self.id = id
      self.started = started
      self.days = days
      self.share = share
    }
  }

  /// A percentage as the forecast reads it: on the day it was reported (`Progress.percentOn`,
  /// else the status day), what was left of the phase takes that share of its planned length,
  /// so that it ends no earlier than `until` (exclusive).
  public struct Share: Sendable, Hashable {
    public let percent: Int
    /// The day the percentage was reported (the status day when that is not known).
    public let reported: Day
    /// Where what was left ends, counted from `reported`.
    public let until: Day
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
      let share = Self.share(of: item, on: today)
      switch item.status(on: today) {
      case .late(let days, let started):
        held.append(Hold(id: item.id, started: started, days: days, share: share))
        forecast[location] = Self.held(item, on: today, started: started, share: share)
      case .running:
        // Not late yet, but what was left when it was reported runs past its planned end: the
        // forecast counts with that from the day of the report on, not from the day after the
        // planned end.
        guard let share, share.until > item.end.day else { continue }
        held.append(Hold(id: item.id, started: true, days: 0, share: share))
        forecast[location].length = .until(PlanDate(share.until))
      case .planned, .done, .passed: continue
      }
    }
    guard case .success(let moves) = scheduler.run(&forecast, from: nil) else { return nil }
    self.today = today
    self.plan = forecast
    self.held = held
    self.moves = moves
  }

  /// A late item as it can still go: not started, no earlier than today; started, ending no
  /// earlier than tomorrow (the end is exclusive), nor before what its percentage left on the
  /// day it was reported has run (40% done of ten months, reported 3 October: six months more
  /// from 3 October, `share`).
  ///
  /// - Complexity: O(1).
  static func held(_ item: Item, on today: Day, started: Bool, share: Share?) -> Item {
    var item = item
    guard started else {
      let floor = PlanDate(today)
      if item.notBefore.map({ $0.day < today }) ?? true { item.notBefore = floor }
      return item
    }
    item.length = .until(PlanDate(max(today.adding(days: 1), share?.until ?? today)))
    return item
  }

  /// What a running phase's percentage says of its end: the share of its planned length still
  /// to do, counted from the day it was reported (rounded up to a day); nil without one.
  ///
  /// - Complexity: O(1).
  public static func share(of item: Item, on today: Day) -> Share? {
    guard item.type == .phase, let progress = item.progress, progress.finished == nil,
      progress.started != nil, let percent = progress.percent, percent < 100
    else { return nil }
    let reported = min(progress.percentOn ?? today, today)
    let length = item.start.day.days(until: item.end.day)
    let left = (length * (100 - percent) + 99) / 100
    return Share(percent: percent, reported: reported, until: reported.adding(days: left))
  }
}
