/// One edit of a plan. Applying an edit records the edit that undoes it, so that a change is
/// kept as what it changed (`PlanChange`), never as a copy of the plan.
///
/// The large payloads are boxed (`indirect`), so that an edit of a date is as small as its
/// dates and not as large as a plan.
public enum PlanEdit: Sendable {
  indirect case header(Plan.Header)
  indirect case item(Plan.Location, Item)
  case dates(Plan.Location, start: PlanDate, end: PlanDate)
  indirect case rules(Plan.Location, Item.Rules)
  indirect case insertItem(Plan.Location, Item)
  case removeItem(Plan.Location)
  indirect case lot(Int, Lot)
  indirect case insertLot(Int, Lot)
  case removeLot(Int)
  indirect case link(Int, Link)
  indirect case insertLink(Int, Link)
  case removeLink(Int)
  /// The fallbacks for changes made to the arrays directly, and a session replaced whole.
  indirect case lots([Lot])
  indirect case milestones([Item])
  indirect case links([Link])
  indirect case whole(Plan)
}

/// What a change did to a plan: the edits that undo it, last first, and the items it touched
/// with the dates they had before it, from which the journal's effect is told.
///
/// Retains what the change touched, not the plan.
public struct PlanChange: Sendable {
  /// The edits that undo the change, in the order the change made them: undo applies them
  /// from the last.
  public internal(set) var inverse: [PlanEdit] = []
  /// An item the change touched: its id, where it was, and its dates before (nil: it is new).
  struct Touch: Sendable {
    let id: String
    let location: Plan.Location
    let before: PlanDiff.Span?
  }

  /// The items touched, in the order touched, each as often as an edit touched it: noting
  /// one is an append, without a lookup, as a whole-plan schedule touches every item. The
  /// first touch of an id holds its dates before the change.
  var touches: [Touch] = []
  /// Whether every edit so far kept each item at its place under its id (dates, rules, a
  /// lot's header): the places noted then still hold the items, and the effect is told by
  /// place. An item added, removed or renamed, or an array replaced, ends it.
  public internal(set) var inPlace = true
  /// Whether the change left the plan's graph as it was: no item added, removed or renamed,
  /// no link added, removed or given other ends. Undoing or redoing such a change keeps the
  /// graph of the plan.
  public internal(set) var keepsGraph = true
  /// Whether the arrays or the whole plan were replaced rather than edited.
  public internal(set) var replacedWhole = false
  /// Whether the whole plan was replaced: the effect cannot be told item by item.
  var replacedPlan = false

  public init() {}

  public var isEmpty: Bool { inverse.isEmpty }

  /// The change as undo keeps it: its edits, without the items it touched, which only the
  /// journal's effect asks for (undoing it finds them again).
  ///
  /// - Complexity: O(1).
  public var kept: PlanChange {
    var kept = PlanChange()
    kept.inverse = inverse
    kept.inPlace = inPlace
    kept.keepsGraph = keepsGraph
    kept.replacedWhole = replacedWhole
    kept.replacedPlan = replacedPlan
    return kept
  }

  /// The ids whose items this change touched, in the order it first touched them.
  ///
  /// - Complexity: O(k) for the k touches.
  public var touchedIDs: [String] {
    // A typed command touches a handful: an array searched, until it grows.
    var seen = SmallSet<String>()
    for touch in touches { seen.insert(touch.id) }
    return seen.elements
  }

  /// Whether the items touched are kept: not for a change taken back only for a moment.
  var keepsTouched = true

  /// Notes `id`, at `location`, with its dates before.
  ///
  /// - Complexity: O(1) amortised: an append, as a whole-plan schedule touches every item.
  ///   The id is taken over, not copied: a copy retained and released each of them.
  mutating func touch(_ id: consuming String, _ span: PlanDiff.Span?, at location: Plan.Location) {
    guard keepsTouched else { return }
    touches.append(Touch(id: id, location: location, before: span))
  }

  /// Notes that the item `id` at `location` was given other dates than `old`: the edit that
  /// undoes it, and the item touched, in one access (a whole-plan schedule makes 125,000).
  ///
  /// - Complexity: O(1) amortised.
  mutating func movedDates(
    of id: consuming String, from old: PlanDiff.Span, at location: Plan.Location
  ) {
    inverse.append(.dates(location, start: old.start, end: old.end))
    touch(id, old, at: location)
  }

  mutating func touch(_ item: Item, at location: Plan.Location) {
    touch(item.id, PlanDiff.Span(item), at: location)
  }

  /// Notes an edit that moved items to other places or gave them other ids.
  mutating func movedItems() {
    inPlace = false
    keepsGraph = false
  }

  /// Makes room for `count` more edits and touched items, so that a change to the whole plan
  /// (or its undo) does not grow its lists of them step by step, copying them as they grow.
  ///
  /// - Complexity: O(what is recorded so far + count).
  mutating func reserve(_ count: Int) {
    inverse.reserveCapacity(inverse.count + count)
    guard keepsTouched else { return }
    touches.reserveCapacity(touches.count + count)
  }

  /// Adds a change made after this one.
  public mutating func append(_ later: PlanChange) {
    inverse += later.inverse
    if keepsTouched { touches += later.touches }
    inPlace = inPlace && later.inPlace
    keepsGraph = keepsGraph && later.keepsGraph
    replacedWhole = replacedWhole || later.replacedWhole
    replacedPlan = replacedPlan || later.replacedPlan
  }

  /// What the change did to the items' dates, as `PlanDiff(from:to:)` of the plans before and
  /// after would tell: the items still there in plan order, then the removed ones. A change
  /// that put another plan in place (`nieuw`) compares the two.
  ///
  /// - Complexity: O(k log k) for the k items touched; O(plan) for a plan replaced whole.
  public func effect(in plan: Plan) -> PlanDiff? {
    if replacedPlan {
      guard case .whole(let old) = inverse.first else { return nil }
      return PlanDiff(from: old, to: plan)
    }
    if inPlace { return PlanDiff(changes: effectInPlace(plan)) }
    if let touch = touches.first, touches.count < 8, touches.allSatisfy({ $0.id == touch.id }) {
      // One item added, removed or renamed, as most typed commands do: nothing to order.
      let now = plan.location(of: touch.id).map { plan.span(at: $0) }
      guard now != touch.before else { return PlanDiff(changes: []) }
      return PlanDiff(changes: [PlanDiff.Change(id: touch.id, before: touch.before, after: now)])
    }
    // The first touch of each id, in order: a typed command touches a handful.
    var seen = SmallSet<String>()
    var first: [Touch] = []
    for touch in touches where seen.insert(touch.id) { first.append(touch) }
    var present: [(Plan.Location, PlanDiff.Change)] = []
    var removed: [PlanDiff.Change] = []
    for touch in first {
      let (id, old) = (touch.id, touch.before)
      guard let location = plan.location(of: id) else {
        if let old { removed.append(PlanDiff.Change(id: id, before: old, after: nil)) }
        continue
      }
      let new = plan.span(at: location)
      if old != new { present.append((location, PlanDiff.Change(id: id, before: old, after: new))) }
    }
    // Sorted as positions, not as the changes themselves. Each item has a place of its own,
    // so no order among equals is lost.
    var sorted = present.indices.map { (location: present[$0].0, index: $0) }
    sorted.sort { $0.location < $1.location }
    return PlanDiff(changes: sorted.map { present[$0.index].1 } + removed)
  }

  /// The effect of a change that kept every item at its place: the places noted are the
  /// items' places now, so no id is looked up. Ordered by place, the first touch of each
  /// place first: a shifted plan has 125,000.
  ///
  /// - Complexity: O(k log k) for the k touches; O(k + plan) when they are many (see
  ///   `effectInPlaceByPlace`).
  private func effectInPlace(_ plan: Plan) -> [PlanDiff.Change] {
    if touches.count >= Plan.placeTableLimit, touches.count >= plan.storedLots.count {
      return effectInPlaceByPlace(plan)
    }
    var keys: [(key: UInt64, touch: Int32)] = []
    keys.reserveCapacity(touches.count)
    for (t, touch) in touches.enumerated() {
      keys.append((touch.location.orderKey, Int32(t)))
    }
    keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.touch < $1.touch }
    var changes: [PlanDiff.Change] = []
    var last: UInt64?
    for (key, t) in keys where key != last {
      last = key
      let touch = touches[Int(t)]
      let new = plan.span(at: touch.location)
      if touch.before != new {
        changes.append(PlanDiff.Change(id: touch.id, before: touch.before, after: new))
      }
    }
    return changes
  }

  /// `effectInPlace` of many touches (a whole plan shifted, a calendar changed, their undo):
  /// the first touch of each place marked in a table of the plan's places, then read in plan
  /// order, instead of sorting the touches.
  ///
  /// - Complexity: O(k + plan) for the k touches: one pass over a table of every place, which
  ///   costs less than sorting k touches when k is a fair share of the plan.
  private func effectInPlaceByPlace(_ plan: Plan) -> [PlanDiff.Change] {
    let places = Plan.Places(plan)
    var first = [Int32](repeating: -1, count: places.count)
    var marked = 0
    for t in touches.indices {
      let place = places[touches[t].location]
      if first[place] < 0 {
        first[place] = Int32(t)
        marked += 1
      }
    }
    var changes: [PlanDiff.Change] = []
    changes.reserveCapacity(marked)
    for t in first where t >= 0 {
      let touch = touches[Int(t)]
      let new = plan.span(at: touch.location)
      if touch.before != new {
        changes.append(PlanDiff.Change(id: touch.id, before: touch.before, after: new))
      }
    }
    return changes
  }
}

extension Plan {
  /// Fewer locations than this are sorted rather than placed in a table of the plan's places.
  public static let placeTableLimit = 64

  /// Every place an item can have, numbered in plan order: lot l's items are places
  /// start[l]..<start[l + 1], the plan's milestones follow. A table indexed by place lists
  /// many locations in plan order without sorting them.
  struct Places {
    private var start: [Int]
    private let lotPlaces: Int
    let count: Int

    /// - Complexity: O(lots).
    init(_ plan: Plan) {
      start = [Int](repeating: 0, count: plan.storedLots.count + 1)
      for l in plan.storedLots.indices {
        start[l + 1] = start[l] + plan.storedLots[l].items.count
      }
      lotPlaces = start[plan.storedLots.count]
      count = lotPlaces + plan.storedMilestones.count
    }

    /// - Complexity: O(1).
    subscript(location: Location) -> Int {
      switch location {
      case .lot(let l, let i): start[l] + i
      case .plan(let i): lotPlaces + i
      }
    }
  }

  /// The positions in `locations` in plan order: a list of what moved, shown the way `lijst`
  /// shows the plan.
  ///
  /// - Complexity: O(k log k) for the k locations; O(k + plan) when they are many (a whole plan
  ///   shifted or scheduled), through a table of the plan's places instead of sorting.
  public func planOrder(of locations: [Location]) -> [Int] {
    let sorted = { locations.indices.sorted { locations[$0].orderKey < locations[$1].orderKey } }
    guard locations.count >= Self.placeTableLimit, locations.count >= storedLots.count else {
      return sorted()
    }
    let places = Places(self)
    var at = [Int32](repeating: -1, count: places.count)
    for (k, location) in locations.enumerated() {
      let place = places[location]
      // A place listed twice: sorted, which keeps both.
      guard at[place] < 0 else { return sorted() }
      at[place] = Int32(k)
    }
    var order: [Int] = []
    order.reserveCapacity(locations.count)
    for k in at where k >= 0 { order.append(Int(k)) }
    return order
  }
}

extension Plan.Location {
  /// A number that orders locations as `<` does, for sorting many of them.
  ///
  /// - Complexity: O(1).
  public var orderKey: UInt64 {
    switch self {
    case .lot(let l, let i):
      UInt64(UInt32(truncatingIfNeeded: l)) << 32 | UInt64(UInt32(truncatingIfNeeded: i))
    case .plan(let i): UInt64(UInt32.max) << 32 | UInt64(UInt32(truncatingIfNeeded: i))
    }
  }
}

extension Plan {
  /// The start and end of the item at `location`, read in place: the item is not copied.
  ///
  /// - Complexity: O(1).
  public func dates(at location: Location) -> (start: PlanDate, end: PlanDate) {
    switch location {
    case .lot(let l, let i): (storedLots[l].items[i].start, storedLots[l].items[i].end)
    case .plan(let i): (storedMilestones[i].start, storedMilestones[i].end)
    }
  }

  /// The id of the item at `location`, read in place.
  ///
  /// - Complexity: O(1).
  public func id(at location: Location) -> String {
    switch location {
    case .lot(let l, let i): storedLots[l].items[i].id
    case .plan(let i): storedMilestones[i].id
    }
  }

  /// The id, type and dates of the item at `location`, read in place in one go: a whole-plan
  /// change tells them of every item it moved.
  ///
  /// - Complexity: O(1).
  public func idTypeAndDates(at location: Location) -> (
    id: String, type: Item.ItemType, start: PlanDate, end: PlanDate
  ) {
    switch location {
    case .lot(let l, let i):
      (
        storedLots[l].items[i].id, storedLots[l].items[i].type, storedLots[l].items[i].start,
        storedLots[l].items[i].end
      )
    case .plan(let i):
      (
        storedMilestones[i].id, storedMilestones[i].type, storedMilestones[i].start,
        storedMilestones[i].end
      )
    }
  }

  /// Whether the item at `location` is a phase or a milestone, read in place.
  ///
  /// - Complexity: O(1).
  public func type(at location: Location) -> Item.ItemType {
    switch location {
    case .lot(let l, let i): storedLots[l].items[i].type
    case .plan(let i): storedMilestones[i].type
    }
  }

  /// Why the item at `location` is not well formed, or nil; read in place, not copied (a
  /// whole-plan change asks this of every item it moved).
  ///
  /// - Complexity: O(1).
  public func defect(at location: Location) -> Phrase? {
    switch location {
    case .lot(let l, let i): storedLots[l].items[i].defect
    case .plan(let i): storedMilestones[i].defect
    }
  }

  /// What can be wrong with the dates of the item at `location` (`Item.datesDefect`), read in
  /// place: a whole-plan schedule asks it of every item it moved, and copying each would retain
  /// and release every string it holds.
  ///
  /// - Complexity: O(1).
  public func datesDefect(at location: Location) -> Phrase? {
    switch location {
    case .lot(let l, let i):
      Item.datesDefect(
        storedLots[l].items[i].type, storedLots[l].items[i].start, storedLots[l].items[i].end)
    case .plan(let i):
      Item.datesDefect(
        storedMilestones[i].type, storedMilestones[i].start, storedMilestones[i].end)
    }
  }

  /// Whether the item at `location` is fixed, read in place.
  ///
  /// - Complexity: O(1).
  func isFixed(at location: Location) -> Bool {
    switch location {
    case .lot(let l, let i): storedLots[l].items[i].fixed
    case .plan(let i): storedMilestones[i].fixed
    }
  }

  /// The start the item at `location` was given, read in place.
  ///
  /// - Complexity: O(1).
  func anchor(at location: Location) -> PlanDate? {
    switch location {
    case .lot(let l, let i): storedLots[l].items[i].anchor
    case .plan(let i): storedMilestones[i].anchor
    }
  }

  /// The dates of the item at `location`, as a diff compares them, read in place.
  ///
  /// - Complexity: O(1).
  func span(at location: Location) -> PlanDiff.Span {
    switch location {
    case .lot(let l, let i):
      return PlanDiff.Span(
        start: storedLots[l].items[i].start, end: storedLots[l].items[i].end,
        milestone: storedLots[l].items[i].type == .milestone)
    case .plan(let i):
      return PlanDiff.Span(
        start: storedMilestones[i].start, end: storedMilestones[i].end,
        milestone: storedMilestones[i].type == .milestone)
    }
  }
}
