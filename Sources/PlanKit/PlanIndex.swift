/// Where each lot and item of a plan is, by id, kept up to date by the plan's edits so that a
/// lookup does not search the plan. Of equal ids (a malformed file, refused when opened) the
/// first is found, as a search would.
struct PlanIndex: Sendable {
  var lots: [String: Int] = [:]
  var items: [String: Plan.Location] = [:]

  /// - Complexity: O(plan).
  mutating func rebuild(lots: [Lot], milestones: [Item]) {
    self.lots = [:]
    self.lots.reserveCapacity(lots.count)
    items = [:]
    items.reserveCapacity(milestones.count + lots.count * 5)
    for (l, lot) in lots.enumerated() {
      if self.lots[lot.id] == nil { self.lots[lot.id] = l }
      for (i, item) in lot.items.enumerated() where items[item.id] == nil {
        items[item.id] = .lot(l, i)
      }
    }
    for (i, item) in milestones.enumerated() where items[item.id] == nil {
      items[item.id] = .plan(i)
    }
  }

  /// Points the ids of `items[from...]` at their places in lot `l`, or among the plan's
  /// milestones when `l` is nil, after an item came or went before them.
  ///
  /// - Complexity: O(items.count - from).
  mutating func place(_ items: [Item], from: Int, lot l: Int?) {
    guard from < items.count else { return }
    for i in from..<items.count {
      self.items[items[i].id] = l.map { .lot($0, i) } ?? .plan(i)
    }
  }

  /// Points the lots from `from` on, and their items, at their places, after a lot came or
  /// went before them.
  ///
  /// - Complexity: O(the items of those lots).
  mutating func place(_ lots: [Lot], from: Int) {
    guard from < lots.count else { return }
    for l in from..<lots.count {
      self.lots[lots[l].id] = l
      place(lots[l].items, from: 0, lot: l)
    }
  }

  /// Forgets `id` if it is the one at `location`.
  mutating func remove(_ id: String, at location: Plan.Location) {
    if items[id] == location { items[id] = nil }
  }
}
