/// What differs between two plans, item by item: dates that moved, items added and removed.
/// The journal records it for every step; `diff` shows it against a baseline or a file.
public struct PlanDiff: Equatable, Sendable {
  public struct Change: Equatable, Sendable {
    public let id: String
    /// Nil when the item was added.
    public let before: Span?
    /// Nil when the item was removed.
    public let after: Span?

    public init(id: String, before: Span?, after: Span?) {
      self.id = id
      self.before = before
      self.after = after
    }

    /// "r1.x 2023-07-01/2024-01-01 → 2023-09-01/2024-03-01", "+ r1.y 2023-01-01",
    /// "- r1.z 2022-05-01/2022-09-01": the form a journal stores.
    public var record: String {
      switch (before, after) {
      case (let before?, let after?): return "\(id) \(before.iso) → \(after.iso)"
      case (nil, let after?): return "+ \(id) \(after.iso)"
      case (let before?, nil): return "- \(id) \(before.iso)"
      case (nil, nil): return id
      }
    }
  }

  /// An item's dates, as a diff compares them.
  public struct Span: Equatable, Sendable {
    public let start: PlanDate
    public let end: PlanDate
    public let milestone: Bool

    public init(_ item: Item) {
      start = item.start
      end = item.end
      milestone = item.type == .milestone
    }

    public init(start: PlanDate, end: PlanDate, milestone: Bool) {
      self.start = start
      self.end = end
      self.milestone = milestone
    }

    public var iso: String { milestone ? start.day.iso : "\(start.day.iso)/\(end.day.iso)" }
  }

  public let changes: [Change]

  public init(changes: [Change]) {
    self.changes = changes
  }

  /// Changes in the order of `after`'s items, then the removed ones in `before`'s order.
  public init(from before: Plan, to after: Plan) {
    var changes: [Change] = []
    let old = before.allItems
    let new = after.allItems
    // The common case after a shift: the same items in the same places.
    if old.map(\.id) == new.map(\.id) {
      for (a, b) in zip(old, new) where a.start != b.start || a.end != b.end {
        changes.append(Change(id: b.id, before: Span(a), after: Span(b)))
      }
      self.changes = changes
      return
    }
    var spans: [String: Span] = [:]
    for item in old { spans[item.id] = Span(item) }
    var seen = Set<String>()
    for item in new {
      seen.insert(item.id)
      let span = Span(item)
      if let previous = spans[item.id] {
        if previous != span { changes.append(Change(id: item.id, before: previous, after: span)) }
      } else {
        changes.append(Change(id: item.id, before: nil, after: span))
      }
    }
    for item in old where !seen.contains(item.id) {
      changes.append(Change(id: item.id, before: Span(item), after: nil))
    }
    self.changes = changes
  }

  public var isEmpty: Bool { changes.isEmpty }
}
