/// The edits a plan is changed by. Each keeps the index in step and, while a change is being
/// recorded, notes the edit that undoes it and the items it touched.
extension Plan {
  /// Runs `body` on the plan as one change and returns what it did. When `body` throws, every
  /// edit it made is undone before the error goes on: a failing change changes nothing.
  ///
  /// - Complexity: what `body` costs; undoing a failed one costs what it had changed.
  public mutating func recording<E: Error>(_ body: (inout Plan) throws(E) -> Void) throws(E)
    -> PlanChange
  {
    try recording(keepsTouched: true, body)
  }

  /// The same; without `keepsTouched`, the change keeps only its edits, not the items they
  /// touched (what only the journal asks for).
  private mutating func recording<E: Error>(
    keepsTouched: Bool, _ body: (inout Plan) throws(E) -> Void
  ) throws(E) -> PlanChange {
    let outer = record
    record = PlanChange()
    record!.keepsTouched = keepsTouched
    indexAll()
    do {
      try body(&self)
    } catch {
      let failed = record!
      record = nil
      for edit in failed.inverse.reversed() { apply(edit) }
      record = outer
      throw error
    }
    let change = record!
    record = outer
    // The invariant the edits keep, checked in debug builds on the plans tests make.
    assert(storedLots.count > 500 || indexDefect == nil, "the index parted: \(indexDefect ?? "")")
    if var outer {
      outer.append(change)
      record = outer
    }
    return change
  }

  /// Indexes the plan's lots, items and links unless they are: what a session does before each
  /// command, so that its lookups are by id, whatever the command reads.
  ///
  /// - Complexity: O(plan) the first time after the plan was made or replaced whole, O(1) after.
  public mutating func indexAll() {
    // Asked before the arrays are passed: passing them while the index changes copies them.
    if !index.itemsIndexed { index.indexItems(lots: storedLots, milestones: storedMilestones) }
    if !index.linksIndexed { index.indexLinks(storedLinks) }
  }

  /// What is wrong with the plan's index, or nil: it must find what a fresh one finds.
  ///
  /// - Complexity: O(plan log plan).
  var indexDefect: String? {
    index.defect(lots: storedLots, milestones: storedMilestones, links: storedLinks)
  }

  /// Undoes a change; returns the change that redoes it.
  ///
  /// - Complexity: what the change touched.
  public mutating func revert(_ change: PlanChange) -> PlanChange {
    revert(change, keepsTouched: true)
  }

  /// Undoes a change for a moment, to look at the plan before it; `putBack` puts it back. It
  /// keeps only the edits, not the items they touched.
  ///
  /// - Complexity: what the change touched.
  public mutating func takeBack(_ change: PlanChange) -> PlanChange {
    revert(change, keepsTouched: false)
  }

  private mutating func revert(_ change: PlanChange, keepsTouched: Bool) -> PlanChange {
    recording(keepsTouched: keepsTouched) { plan in
      // Each edit undone records one: room for them at once (a whole plan's are 150,000).
      plan.record?.reserve(change.inverse.count)
      for edit in change.inverse.reversed() { plan.apply(edit) }
    }
  }

  /// Puts back a change `takeBack` took back.
  ///
  /// - Complexity: what the change touched.
  public mutating func putBack(_ redo: PlanChange) {
    let outer = record
    record = nil
    for edit in redo.inverse.reversed() { apply(edit) }
    record = outer
  }

  /// Applies one edit (as undo and redo do), recording its inverse when a change is recorded.
  public mutating func apply(_ edit: PlanEdit) {
    switch edit {
    case .header(let header): changeHeader { $0 = header }
    case .item(let location, let item): setItem(item, at: location)
    case .dates(let location, let start, let end): setDates(at: location, start: start, end: end)
    case .rules(let location, let rules): setRules(rules, at: location)
    case .insertItem(let location, let item): insertItem(item, at: location)
    case .removeItem(let location): removeItem(at: location)
    case .lot(let l, let lot): setLot(lot, at: l)
    case .insertLot(let l, let lot): insertLot(lot, at: l)
    case .removeLot(let l): removeLot(at: l)
    case .link(let k, let link): setLink(link, at: k)
    case .insertLink(let k, let link): insertLink(link, at: k)
    case .removeLink(let k): removeLink(at: k)
    case .lots(let lots): self.lots = lots
    case .milestones(let milestones): self.milestones = milestones
    case .links(let links): self.links = links
    case .whole(let plan): replaceWhole(with: plan)
    }
  }

  private mutating func note(_ inverse: PlanEdit) {
    record?.inverse.append(inverse)
  }

  /// - Complexity: O(1), and O(size of the header) while recording.
  mutating func changeHeader(_ body: (inout Header) -> Void) {
    note(.header(header))
    body(&header)
  }

  /// Replaces the item at `location`.
  ///
  /// - Complexity: O(1).
  public mutating func setItem(_ item: Item, at location: Location) {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    let old = self[location]
    switch location {
    case .lot(let l, let i): storedLots[l].items[i] = item
    case .plan(let i): storedMilestones[i] = item
    }
    if old.id != item.id {
      index.remove(old.id, at: location)
      index.items.setIfAbsent(item.id, location)
    }
    if record != nil {
      note(.item(location, old))
      record!.touch(old, at: location)
      if old.id != item.id {
        record!.movedItems()
        record!.touch(item.id, nil, at: location)
      }
    }
  }

  /// Moves the item at `location` to new dates, as the scheduler does.
  ///
  /// - Complexity: O(1).
  public mutating func setDates(at location: Location, start: PlanDate, end: PlanDate) {
    _ = changeDates(at: location, start: start, end: end, always: true)
  }

  /// Moves the item at `location` to `start` and `end` unless it is there already, as
  /// `setDates` does; returns its dates before when it moved, nil when it stayed. A schedule
  /// asks this of every item it reaches: its dates are read and set in one access.
  ///
  /// - Complexity: O(1).
  public mutating func moveDates(at location: Location, start: PlanDate, end: PlanDate)
    -> PlanDiff.Span?
  {
    changeDates(at: location, start: start, end: end, always: false)
  }

  /// `setDates` and `moveDates`: the item changed in one access where it lies, its old dates
  /// and id read there. A whole-plan schedule moves every item, and copying each costs a
  /// retain and a release of every string it holds, while reading the dates and the id
  /// through the plan copied the plan's fields twice.
  ///
  /// - Complexity: O(1).
  private mutating func changeDates(
    at location: Location, start: PlanDate, end: PlanDate, always: Bool
  ) -> PlanDiff.Span? {
    let recording = record != nil
    let moved =
      switch location {
      case .lot(let l, let i):
        Self.setDates(of: &storedLots[l].items[i], start, end, id: recording, always: always)
      case .plan(let i):
        Self.setDates(of: &storedMilestones[i], start, end, id: recording, always: always)
      }
    guard let (old, id) = moved else { return nil }
    if let id { record!.movedDates(of: id, from: old, at: location) }
    return old
  }

  /// Gives `item` the dates `start` and `end`, unless it has them and `always` is false
  /// (then nil); returns its dates before, and its id when asked for.
  ///
  /// - Complexity: O(1).
  private static func setDates(
    of item: inout Item, _ start: PlanDate, _ end: PlanDate, id: Bool, always: Bool
  ) -> (PlanDiff.Span, String?)? {
    guard always || item.start != start || item.end != end else { return nil }
    let old = PlanDiff.Span(start: item.start, end: item.end, milestone: item.type == .milestone)
    item.start = start
    item.end = end
    return (old, id ? item.id : nil)
  }

  /// Gives the item at `location` another anchor, length and frame, in place: a shift of the
  /// whole plan moves these of thousands of items, which a copy of each would cost twice.
  ///
  /// - Complexity: O(1).
  public mutating func setRules(_ rules: Item.Rules, at location: Location) {
    // In one access where the item lies, as `setDates`.
    let recording = record != nil
    let (old, span, id) =
      switch location {
      case .lot(let l, let i): Self.setRules(of: &storedLots[l].items[i], rules, id: recording)
      case .plan(let i): Self.setRules(of: &storedMilestones[i], rules, id: recording)
      }
    if let id {
      note(.rules(location, old))
      record!.touch(id, span, at: location)
    }
  }

  /// Gives `item` the rules `rules`; returns its rules before, its dates, and its id when
  /// asked for.
  ///
  /// - Complexity: O(1).
  private static func setRules(of item: inout Item, _ rules: Item.Rules, id: Bool)
    -> (Item.Rules, PlanDiff.Span, String?)
  {
    let old = item.rules
    item.rules = rules
    let span = PlanDiff.Span(start: item.start, end: item.end, milestone: item.type == .milestone)
    return (old, span, id ? item.id : nil)
  }

  /// Inserts an item in its lot (or among the plan's milestones) at `location`.
  ///
  /// - Complexity: O(the items after it in its lot).
  public mutating func insertItem(_ item: Item, at location: Location) {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    switch location {
    case .lot(let l, let i):
      storedLots[l].items.insert(item, at: i)
      index.place(storedLots[l].items, from: i + 1, lot: l)
    case .plan(let i):
      storedMilestones.insert(item, at: i)
      index.place(storedMilestones, from: i + 1, lot: nil)
    }
    index.items.setIfAbsent(item.id, location)
    note(.removeItem(location))
    record?.movedItems()
    record?.touch(item.id, nil, at: location)
  }

  /// Adds an item at the end of lot `l`, or of the plan's milestones when `l` is nil.
  ///
  /// - Complexity: O(1) amortised.
  public mutating func appendItem(_ item: Item, toLot l: Int?) {
    insertItem(
      item, at: l.map { .lot($0, storedLots[$0].items.count) } ?? .plan(storedMilestones.count))
  }

  /// - Complexity: O(the items after it in its lot).
  @discardableResult
  public mutating func removeItem(at location: Location) -> Item {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    let old: Item
    switch location {
    case .lot(let l, let i):
      old = storedLots[l].items.remove(at: i)
      index.remove(old.id, at: location)
      index.place(storedLots[l].items, from: i, lot: l)
    case .plan(let i):
      old = storedMilestones.remove(at: i)
      index.remove(old.id, at: location)
      index.place(storedMilestones, from: i, lot: nil)
    }
    note(.insertItem(location, old))
    record?.movedItems()
    record?.touch(old, at: location)
    return old
  }

  /// Replaces lot `l`, its header and its items.
  ///
  /// - Complexity: O(1) when its ids stay; O(its items) when they change.
  public mutating func setLot(_ lot: Lot, at l: Int) {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    let old = storedLots[l]
    storedLots[l] = lot
    if old.id != lot.id {
      if index.lots[old.id] == l { index.lots[old.id] = nil }
      if index.lots[lot.id] == nil { index.lots[lot.id] = l }
    }
    let sameIDs =
      old.items.count == lot.items.count
      && zip(old.items, lot.items).allSatisfy { $0.id == $1.id }
    if !sameIDs {
      for (i, item) in old.items.enumerated() { index.remove(item.id, at: .lot(l, i)) }
      for (i, item) in lot.items.enumerated() where index.items[item.id] == nil {
        index.items[item.id] = .lot(l, i)
      }
    }
    guard record != nil else { return }
    note(.lot(l, old))
    if sameIDs {
      for (i, (a, b)) in zip(old.items, lot.items).enumerated() where a != b {
        record!.touch(a, at: .lot(l, i))
      }
    } else {
      record!.movedItems()
      for (i, item) in old.items.enumerated() { record!.touch(item, at: .lot(l, i)) }
      for (i, item) in lot.items.enumerated() { record!.touch(item.id, nil, at: .lot(l, i)) }
    }
  }

  /// - Complexity: O(the items of the lots after it).
  public mutating func insertLot(_ lot: Lot, at l: Int) {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    storedLots.insert(lot, at: l)
    index.place(storedLots, from: l + 1)
    if index.lots[lot.id] == nil { index.lots[lot.id] = l }
    for (i, item) in lot.items.enumerated() where index.items[item.id] == nil {
      index.items[item.id] = .lot(l, i)
    }
    note(.removeLot(l))
    record?.movedItems()
    for (i, item) in lot.items.enumerated() { record?.touch(item.id, nil, at: .lot(l, i)) }
  }

  /// - Complexity: O(1) amortised for a lot without items.
  public mutating func appendLot(_ lot: Lot) {
    insertLot(lot, at: storedLots.count)
  }

  /// - Complexity: O(the items of this lot and the lots after it).
  @discardableResult
  public mutating func removeLot(at l: Int) -> Lot {
    index.indexItems(lots: storedLots, milestones: storedMilestones)
    let old = storedLots.remove(at: l)
    if index.lots[old.id] == l { index.lots[old.id] = nil }
    for (i, item) in old.items.enumerated() { index.remove(item.id, at: .lot(l, i)) }
    index.place(storedLots, from: l)
    note(.insertLot(l, old))
    record?.movedItems()
    for (i, item) in old.items.enumerated() { record?.touch(item, at: .lot(l, i)) }
    return old
  }

  /// - Complexity: O(1).
  public mutating func setLink(_ link: Link, at k: Int) {
    index.indexLinks(storedLinks)
    let old = storedLinks[k]
    note(.link(k, old))
    if old.from != link.from || old.to != link.to { record?.keepsGraph = false }
    storedLinks[k] = link
    index.linkChanged(from: old, to: link, at: k)
  }

  /// - Complexity: O(links after k).
  public mutating func insertLink(_ link: Link, at k: Int) {
    index.indexLinks(storedLinks)
    storedLinks.insert(link, at: k)
    index.linkInserted(link, at: k)
    note(.removeLink(k))
    record?.keepsGraph = false
  }

  /// Inlinable, so that a command in another module gets it specialised for its array.
  ///
  /// - Complexity: O(1) amortised per link.
  @inlinable
  public mutating func appendLinks(_ links: some Sequence<Link>) {
    for link in links { insertLink(link, at: storedLinks.count) }
  }

  /// - Complexity: O(links after k).
  @discardableResult
  public mutating func removeLink(at k: Int) -> Link {
    index.indexLinks(storedLinks)
    let old = storedLinks.remove(at: k)
    index.linkRemoved(old, at: k)
    note(.insertLink(k, old))
    record?.keepsGraph = false
    return old
  }

  /// Removes the links into or out of `ids` that `predicate` picks; returns them in order.
  ///
  /// - Complexity: O(the links of `ids`), and per link removed O(the links after it).
  @discardableResult
  public mutating func removeLinks(
    of ids: some Sequence<String>, where predicate: (Link) -> Bool = { _ in true }
  ) -> [Link] {
    var picked = Set<Int>()
    for id in ids {
      for k in linkPositions(into: id) where predicate(storedLinks[k]) { picked.insert(k) }
      for k in linkPositions(outOf: id) where predicate(storedLinks[k]) { picked.insert(k) }
    }
    let order = picked.sorted()
    let removed = order.map { storedLinks[$0] }
    // Last first, so that undo puts them back first to last, each where it was.
    for k in order.reversed() { removeLink(at: k) }
    return removed
  }

  /// Calls `body` with the position in `links` of each link into or out of `id`, in no set
  /// order (a link from `id` to itself twice), without making an array of them.
  ///
  /// - Complexity: O(its links) once the plan has been edited; O(links) on a plan never edited.
  func forEachLink(of id: String, _ body: (Int) -> Void) {
    guard index.linksIndexed else {
      for k in storedLinks.indices where storedLinks[k].to == id || storedLinks[k].from == id {
        body(k)
      }
      return
    }
    for serial in index.into[id] ?? [] { body(Int(index.positions[Int(serial)])) }
    for serial in index.outOf[id] ?? [] { body(Int(index.positions[Int(serial)])) }
  }

  /// The positions of the links into `id`, in order, as `linksInto` lists them, without
  /// making the list when their serials are in order: what every typed command's schedule
  /// asks. A sequence, not a method taking a closure, which would copy the plan it reads.
  ///
  /// - Complexity: O(1) to make; as `linksInto` to read, O(k) for k links whose serials are
  ///   in order, as they are unless links were inserted before others.
  func linkPositions(into id: String) -> PlanIndex.Positions {
    guard index.linksIndexed else {
      return PlanIndex.Positions(sorted: storedLinks.indices.filter { storedLinks[$0].to == id })
    }
    return index.positionsInOrder(of: index.into[id])
  }

  /// `linkPositions(into:)` of the links out of `id`.
  ///
  /// - Complexity: as `linkPositions(into:)`.
  func linkPositions(outOf id: String) -> PlanIndex.Positions {
    guard index.linksIndexed else {
      return PlanIndex.Positions(sorted: storedLinks.indices.filter { storedLinks[$0].from == id })
    }
    return index.positionsInOrder(of: index.outOf[id])
  }

  /// The positions in `links` of the links into `id`, in order.
  ///
  /// - Complexity: O(k log k) for its k links once the plan has been edited; O(links) on a
  ///   plan never edited, whose links are not indexed (`PlanIndex.linksIndexed`).
  public func linksInto(_ id: String) -> [Int] {
    Array(linkPositions(into: id))
  }

  /// The positions in `links` of the links out of `id`, in order.
  ///
  /// - Complexity: as `linksInto`.
  public func linksOutOf(_ id: String) -> [Int] {
    Array(linkPositions(outOf: id))
  }

  /// Before a whole array is changed in place: while recording, keeps it whole, and the items
  /// it holds as touched.
  ///
  /// - Complexity: O(plan) while recording, else O(1).
  mutating func replacingWhole(_ old: PlanEdit) {
    guard record != nil else { return }
    note(old)
    record!.replacedWhole = true
    var change = record!
    record = nil
    change.movedItems()
    forEachLocated { item, location in change.touch(item, at: location) }
    record = change
  }

  /// After a whole array was changed: its items are touched too.
  mutating func replacedWhole() {
    guard var change = record else { return }
    record = nil
    forEachLocated { item, location in change.touch(item.id, nil, at: location) }
    record = change
  }

  /// Calls `body` with every item and its location, in plan order.
  ///
  /// - Complexity: O(plan).
  func forEachLocated(_ body: (Item, Location) -> Void) {
    for l in storedLots.indices {
      for i in storedLots[l].items.indices { body(storedLots[l].items[i], .lot(l, i)) }
    }
    for i in storedMilestones.indices { body(storedMilestones[i], .plan(i)) }
  }

  /// Puts another plan in this one's place (`nieuw`, `open`), keeping the change recorded.
  ///
  /// - Complexity: O(1).
  public mutating func replaceWhole(with plan: Plan) {
    var old = self
    old.record = nil
    let record = self.record
    self = plan
    self.record = record
    note(.whole(old))
    self.record?.replacedWhole = true
    self.record?.replacedPlan = true
    self.record?.movedItems()
  }
}
