/// What really happened to an item: the day it started, the day it was done, and how far a
/// running phase is. A plan follows a project with it: a started phase is no longer a plan to
/// move, and what should have started or ended by `vandaag` and has not is late.
public struct Progress: Hashable, Sendable {
  public var started: Day?
  public var finished: Day?
  /// Of a running phase, 0 to 100.
  public var percent: Int?
  /// The day `percent` was reported: how far the phase was then, not today. What was left
  /// then is counted from it (`Forecast.share`); nil when not known (then from the status day).
  public var percentOn: Day?

  public init(
    started: Day? = nil, finished: Day? = nil, percent: Int? = nil, percentOn: Day? = nil
  ) {
    self.started = started
    self.finished = finished
    self.percent = percent
    self.percentOn = percent == nil ? nil : percentOn
  }
}

extension Item {
  /// Whether it was reported started or done: its start is then history, not a plan.
  public var hasBegun: Bool { progress?.started != nil || progress?.finished != nil }

  /// Where an item stands on `today`.
  public enum Status: Hashable, Sendable {
    case planned
    case running
    case done
    /// Should have started (`started` false) or ended by today and has not, by so many days.
    case late(days: Int, started: Bool)
    /// A milestone on a fixed date that has passed by so many days without being reported
    /// reached: a decision taken or a goal missed, nobody said which. Not done, not late.
    case passed(days: Int)

    /// The word `lijst status` takes and `toon` shows.
    public func word(_ language: Language) -> String {
      switch (self, language) {
      case (.planned, .nl): return "gepland"
      case (.running, .nl): return "loopt"
      case (.done, .nl): return "gereed"
      case (.late, .nl): return "te laat"
      case (.passed, .nl): return "voorbij"
      case (.planned, .en): return "planned"
      case (.running, .en): return "running"
      case (.done, .en): return "done"
      case (.late, .en): return "late"
      case (.passed, .en): return "passed"
      }
    }
  }

  /// Done once finished; running once started; late when it should have started (its start,
  /// or the last day of a vague one, before `today`) or ended (its end on or before `today`) and has not; planned otherwise. A
  /// phase with a fixed date before today counts as running until its end, then as done; a
  /// milestone on one as passed (`passed`): only a report makes it done, and a goal is never
  /// done by its date passing.
  ///
  /// - Complexity: O(1).
  public func status(on today: Day) -> Status {
    if progress?.finished != nil { return .done }
    if progress?.started != nil {
      let due = type == .milestone ? start.day : end.day
      // The end is exclusive: a phase to 1 July is a day late on 1 July.
      return due <= today && type == .phase
        ? .late(days: due.days(until: today) + 1, started: true) : .running
    }
    // A vague date is met anywhere in its window ("juni 2022"): late once the window is past.
    let due = start.precision == .day ? start.day : start.windowEnd.adding(days: -1)
    guard due < today else { return .planned }
    // A fixed date before today is a fact: a decision taken, a phase that began on it (and
    // runs until its end).
    if fixed {
      guard type == .phase else { return .passed(days: due.days(until: today)) }
      return end.day > today ? .running : .done
    }
    return .late(days: due.days(until: today), started: false)
  }
}
