/// Something `controleer` reports: what is wrong, where, by how much, and what to do.
public struct Finding: Equatable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case missedDeadline = "deadline"
    case concludesTooEarly = "milestone"
    case brokenLink = "link"
    case outOfOrder = "order"
    case overlap
    case beforeToday = "past"
    case shortPeriod = "period"
    case closedDeadline = "closed"
    /// Which procurement regime a lot's value puts it under: information, not a problem.
    case regime
    case procedureMismatch = "procedure"
    /// A procedure older than the earliest thresholds Planwerk knows.
    case unknownThresholds = "thresholds"
    case meetingDay = "meeting"
    /// An item reported started (or done) earlier than a link into it allows: what happened
    /// is not moved, but the plan and the link no longer agree.
    case startedEarly = "early"
  }

  public var kind: Kind
  /// The lot the finding is about, nil for the plan's own milestones.
  public var lot: String?
  /// What the finding is about, the item it is a problem for last: a link's `from` then `to`,
  /// the earlier of two phases then the later.
  public var items: [String]
  /// How far off, in days; a finding that grows counts as new again.
  public var days: Int
  public var message: Phrase

  /// Information to show, not a problem to solve.
  public var informational: Bool { kind == .regime }

  /// A problem that makes the plan wrong as it stands, not a matter of care: a date that
  /// cannot hold, a link or order that is broken, a period shorter than the law allows.
  public var isError: Bool {
    switch kind {
    case .missedDeadline, .concludesTooEarly, .brokenLink, .shortPeriod:
      return true
    // Phases that overlap or run in another order than the tender's, where the user linked
    // or unlinked them so, may be meant to: a warning.
    case .outOfOrder, .overlap, .beforeToday, .closedDeadline, .regime, .procedureMismatch,
      .meetingDay, .unknownThresholds, .startedEarly:
      return false
    }
  }

  /// The same problem keeps its key while its size changes.
  public var key: String { "\(kind.rawValue) \(items.joined(separator: " "))" }

  /// The findings of `after` that `before` did not have, or had smaller.
  public static func new(_ after: [Finding], since before: [Finding]) -> [Finding] {
    var old: [String: Int] = [:]
    for finding in before { old[finding.key] = abs(finding.days) }
    return after.filter { finding in old[finding.key].map { abs(finding.days) > $0 } ?? true }
  }
}
