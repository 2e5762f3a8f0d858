/// Where each lot and item of a plan is, by id, and which links go into and out of each id,
/// kept up to date by the plan's edits so that a lookup does not search the plan. Of equal ids
/// (a malformed file, refused when opened) the first is found, as a search would.
struct PlanIndex: Sendable {
  var lots: [String: Int] = [:]
  var items: [String: Plan.Location] = [:]
  /// The links into and out of each id, by serial: a link's serial stays while links come and
  /// go before it, so that a link removed from the middle moves the others' positions in
  /// `positions`, an array of numbers, and not in these lists.
  var into: [String: [Int32]] = [:]
  var outOf: [String: [Int32]] = [:]
  /// Per position in `Plan.links`, the link's serial; per serial, its position (-1: gone).
  var serials: [Int32] = []
  var positions: [Int32] = []
  /// Whether the links are indexed: only once a plan is edited (`Plan.recording` and the link
  /// edits see to it), so that a plan opened, drawn and saved never pays for it.
  var linksIndexed = false

  /// The positions of the links with these serials, in order.
  ///
  /// - Complexity: O(k log k) for the k serials.
  func positions(of serials: [Int32]?) -> [Int] {
    guard let serials else { return [] }
    return serials.map { Int(positions[Int($0)]) }.sorted()
  }

  /// The links into and out of each id as positions: what a fresh index has, to compare.
  ///
  /// - Complexity: O(links log links).
  var linkPositions: (into: [String: [Int]], outOf: [String: [Int]]) {
    (into.mapValues { positions(of: $0) }, outOf.mapValues { positions(of: $0) })
  }

  /// Forgets the links' index, for `indexLinks` to build when an edit needs it.
  ///
  /// - Complexity: O(1), and what freeing the old index takes.
  mutating func forgetLinks() {
    (into, outOf, serials, positions, linksIndexed) = ([:], [:], [], [], false)
  }

  /// Indexes `links` unless they are.
  ///
  /// - Complexity: O(links) the first time, O(1) after.
  mutating func indexLinks(_ links: [Link]) {
    guard !linksIndexed else { return }
    rebuild(links: links)
  }

  /// - Complexity: O(links).
  mutating func rebuild(links: [Link]) {
    linksIndexed = true
    into = [:]
    outOf = [:]
    serials = Array(0..<Int32(links.count))
    positions = serials
    for (k, link) in links.enumerated() {
      into[link.to, default: []].append(Int32(k))
      outOf[link.from, default: []].append(Int32(k))
    }
  }

  /// After `link` was put at position `k`, moving the links from there on one place up.
  ///
  /// - Complexity: O(1) at the end; O(the links after it) elsewhere, in numbers only.
  mutating func linkInserted(_ link: Link, at k: Int) {
    let serial = Int32(positions.count)
    positions.append(Int32(k))
    serials.insert(serial, at: k)
    if k + 1 < serials.count {
      for j in (k + 1)..<serials.count { positions[Int(serials[j])] = Int32(j) }
    }
    into[link.to, default: []].append(serial)
    outOf[link.from, default: []].append(serial)
  }

  /// After the link `link` at position `k` was removed, moving the links after it one down.
  ///
  /// - Complexity: O(1) at the end; O(the links after it) elsewhere, in numbers only.
  mutating func linkRemoved(_ link: Link, at k: Int) {
    let serial = serials.remove(at: k)
    positions[Int(serial)] = -1
    Self.drop(serial, from: &into[link.to])
    Self.drop(serial, from: &outOf[link.from])
    if k < serials.count {
      for j in k..<serials.count { positions[Int(serials[j])] = Int32(j) }
    }
  }

  /// After the link at `k` changed from `old` to `new`.
  ///
  /// - Complexity: O(1) when its ends stay.
  mutating func linkChanged(from old: Link, to new: Link, at k: Int) {
    let serial = serials[k]
    if old.to != new.to {
      Self.drop(serial, from: &into[old.to])
      into[new.to, default: []].append(serial)
    }
    if old.from != new.from {
      Self.drop(serial, from: &outOf[old.from])
      outOf[new.from, default: []].append(serial)
    }
  }

  private static func drop(_ serial: Int32, from list: inout [Int32]?) {
    guard let i = list?.firstIndex(of: serial) else { return }
    list!.remove(at: i)
    if list!.isEmpty { list = nil }
  }

  /// Whether the lots and items are indexed: only once a plan is edited, as its links.
  var itemsIndexed = false

  /// Forgets the index of lots and items, for `indexItems` to build when an edit needs it.
  ///
  /// - Complexity: O(1), and what freeing the old index takes.
  mutating func forgetItems() {
    (lots, items, itemsIndexed) = ([:], [:], false)
  }

  /// Indexes the lots and items unless they are.
  ///
  /// - Complexity: O(plan) the first time, O(1) after.
  mutating func indexItems(lots: [Lot], milestones: [Item]) {
    guard !itemsIndexed else { return }
    rebuild(lots: lots, milestones: milestones)
  }

  /// - Complexity: O(plan).
  mutating func rebuild(lots: [Lot], milestones: [Item]) {
    itemsIndexed = true
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

  /// What is wrong with this index as the index of a plan with `lots`, `milestones` and
  /// `links`, or nil: the invariant the edits keep, for tests and debug checks.
  ///
  /// - Complexity: O(plan log plan).
  func defect(lots: [Lot], milestones: [Item], links: [Link]) -> String? {
    var fresh = PlanIndex()
    fresh.rebuild(lots: lots, milestones: milestones)
    fresh.rebuild(links: links)
    var kept = self
    kept.indexItems(lots: lots, milestones: milestones)
    kept.indexLinks(links)
    if kept.lots != fresh.lots { return "lots: \(kept.lots) against \(fresh.lots)" }
    if kept.items != fresh.items { return "items: \(kept.items) against \(fresh.items)" }
    if kept.linkPositions != fresh.linkPositions {
      return "links: \(kept.linkPositions) against \(fresh.linkPositions)"
    }
    for (position, serial) in kept.serials.enumerated()
    where kept.positions[Int(serial)] != position {
      return "link \(position) is numbered \(serial), which is at \(kept.positions[Int(serial)])"
    }
    return nil
  }
}
