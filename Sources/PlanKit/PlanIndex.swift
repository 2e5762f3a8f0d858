/// Where each lot and item of a plan is, by id, and which links go into and out of each id,
/// kept up to date by the plan's edits so that a lookup does not search the plan. Of equal ids
/// (a malformed file, refused when opened) the first is found, as a search would.
struct PlanIndex: Sendable {
  var lots: [String: Int] = [:]
  var items: [String: Plan.Location] = [:]
  /// The positions in `Plan.links` of the links into and out of each id, in order.
  var into: [String: [Int]] = [:]
  var outOf: [String: [Int]] = [:]

  /// - Complexity: O(links).
  mutating func rebuild(links: [Link]) {
    into = [:]
    outOf = [:]
    for (k, link) in links.enumerated() {
      into[link.to, default: []].append(k)
      outOf[link.from, default: []].append(k)
    }
  }

  /// After `link` was put at position `k`, moving the links from there on one place up.
  ///
  /// - Complexity: O(1) at the end; O(the links after it) elsewhere.
  mutating func linkInserted(_ link: Link, at k: Int, in links: [Link]) {
    if k + 1 < links.count {
      // From the last, so that a number is never renumbered onto one not yet moved.
      for j in ((k + 1)..<links.count).reversed() {
        Self.renumber(&into[links[j].to], j - 1, to: j)
        Self.renumber(&outOf[links[j].from], j - 1, to: j)
      }
    }
    Self.add(k, to: &into[link.to, default: []])
    Self.add(k, to: &outOf[link.from, default: []])
  }

  /// After the link `link` at position `k` was removed, moving the links after it one down.
  ///
  /// - Complexity: O(1) at the end; O(the links after it) elsewhere.
  mutating func linkRemoved(_ link: Link, at k: Int, in links: [Link]) {
    Self.drop(k, from: &into[link.to])
    Self.drop(k, from: &outOf[link.from])
    guard k < links.count else { return }
    for j in k..<links.count {
      Self.renumber(&into[links[j].to], j + 1, to: j)
      Self.renumber(&outOf[links[j].from], j + 1, to: j)
    }
  }

  /// After the link at `k` changed from `old` to `new`.
  ///
  /// - Complexity: O(1) when its ends stay.
  mutating func linkChanged(from old: Link, to new: Link, at k: Int) {
    if old.to != new.to {
      Self.drop(k, from: &into[old.to])
      Self.add(k, to: &into[new.to, default: []])
    }
    if old.from != new.from {
      Self.drop(k, from: &outOf[old.from])
      Self.add(k, to: &outOf[new.from, default: []])
    }
  }

  private static func add(_ k: Int, to list: inout [Int]) {
    var i = list.count
    list.append(k)
    while i > 0 && list[i - 1] > k {
      list.swapAt(i - 1, i)
      i -= 1
    }
  }

  private static func drop(_ k: Int, from list: inout [Int]?) {
    guard let i = list?.firstIndex(of: k) else { return }
    list!.remove(at: i)
    if list!.isEmpty { list = nil }
  }

  private static func renumber(_ list: inout [Int]?, _ old: Int, to new: Int) {
    if let i = list?.firstIndex(of: old) { list![i] = new }
  }

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
