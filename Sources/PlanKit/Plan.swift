/// A procurement plan: lots with their phases and milestones, and plan-level milestones
/// (a collegebesluit that every lot waits for).
///
/// A value type that keeps an index of its ids and, while a change is being recorded
/// (`Plan+Edits.swift`), the inverse of every edit made to it: undo keeps those, not copies
/// of the plan. The index and the record are not part of the plan's value (`==` ignores them).
public struct Plan: Hashable, Sendable {
  /// What the plan holds besides its lots, milestones and links: small, replaced whole.
  public struct Header: Hashable, Sendable {
    public var title: String
    public var organisation: String?
    public var calendar: WorkCalendar
    public var baselines: [Baseline] = []
    public var meetings = Meetings()
    /// Implicit links the user removed with `ontkoppel`: the process keeps them removed.
    public var removedLinks: [Link] = []
  }

  // Read through inlinable getters: a renderer reading a plan of 100,000 items reads the
  // arrays in place, as it did stored properties, without a call and a retain per access.
  @usableFromInline var header: Header
  @usableFromInline var storedLots: [Lot]
  @usableFromInline var storedMilestones: [Item]
  @usableFromInline var storedLinks: [Link]
  var index = PlanIndex()
  /// The change being recorded, while `recording` runs.
  var record: PlanChange?

  public init(
    title: String = "", organisation: String? = nil, lots: [Lot] = [], milestones: [Item] = [],
    links: [Link] = [], calendar: WorkCalendar = WorkCalendar()
  ) {
    header = Header(title: title, organisation: organisation, calendar: calendar)
    storedLots = lots
    storedMilestones = milestones
    storedLinks = links
  }

  public static func == (a: Plan, b: Plan) -> Bool {
    a.header == b.header && a.storedLots == b.storedLots
      && a.storedMilestones == b.storedMilestones && a.storedLinks == b.storedLinks
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(header)
    hasher.combine(storedLots)
    hasher.combine(storedMilestones)
    hasher.combine(storedLinks)
  }

  public var title: String {
    @inlinable get { header.title }
    set { changeHeader { $0.title = newValue } }
  }
  public var organisation: String? {
    @inlinable get { header.organisation }
    set { changeHeader { $0.organisation = newValue } }
  }
  public var calendar: WorkCalendar {
    @inlinable get { header.calendar }
    set { changeHeader { $0.calendar = newValue } }
  }
  public var baselines: [Baseline] {
    @inlinable get { header.baselines }
    set { changeHeader { $0.baselines = newValue } }
  }
  public var meetings: Meetings {
    @inlinable get { header.meetings }
    set { changeHeader { $0.meetings = newValue } }
  }
  public var removedLinks: [Link] {
    @inlinable get { header.removedLinks }
    set { changeHeader { $0.removedLinks = newValue } }
  }

  /// The lots in order. Changing them through this property replaces them whole: the index is
  /// rebuilt and a recorded change keeps the whole array; commands use the edits instead
  /// (`appendLot`, `setLot`, `insertItem`…).
  ///
  /// - Complexity: reading O(1); changing O(plan).
  public var lots: [Lot] {
    @inlinable get { storedLots }
    _modify {
      replacingWhole(.lots(storedLots))
      yield &storedLots
      index.forgetItems()
      replacedWhole()
    }
  }

  /// The plan-level milestones; changed whole like `lots`.
  ///
  /// - Complexity: reading O(1); changing O(plan).
  public var milestones: [Item] {
    @inlinable get { storedMilestones }
    _modify {
      replacingWhole(.milestones(storedMilestones))
      yield &storedMilestones
      index.forgetItems()
      replacedWhole()
    }
  }

  /// The links in order; changed whole like `lots` (commands use `appendLinks`,
  /// `removeLinks(where:)`, `setLink`).
  ///
  /// - Complexity: reading O(1); changing O(links).
  public var links: [Link] {
    @inlinable get { storedLinks }
    _modify {
      replacingWhole(.links(storedLinks))
      yield &storedLinks
      index.forgetLinks()
    }
  }

  /// Where an item lives. Locations compare in plan order: lot by lot, each lot's items in
  /// order, then the plan-level milestones, as `allItems` lists them.
  public enum Location: Hashable, Comparable, Sendable {
    case lot(Int, Int)
    case plan(Int)
  }

  /// - Complexity: O(1) once the plan has been edited; O(lots) on a plan never edited,
  ///   which is not indexed (`PlanIndex.itemsIndexed`).
  public func lotIndex(_ id: String) -> Int? {
    guard index.itemsIndexed else { return storedLots.firstIndex { $0.id == id } }
    return index.lots[id]
  }

  /// - Complexity: as `lotIndex`, plus O(the lot's items) on a plan never edited.
  public func location(of id: String) -> Location? {
    guard index.itemsIndexed else {
      return Self.searchedLocation(of: id, lots: storedLots, milestones: storedMilestones)
    }
    return index.items[id]
  }

  /// `location(of:)` on a plan not indexed. Never inlined, and given the arrays rather than
  /// the plan: either way, a method that changes the plan copied the whole plan on every
  /// lookup.
  ///
  /// - Complexity: O(lots + the items of the lot).
  @inline(never)
  private static func searchedLocation(of id: String, lots: [Lot], milestones: [Item])
    -> Location?
  {
    if let lotID = id.firstIndex(of: ".").map({ String(id[..<$0]) }) {
      guard let l = lots.firstIndex(where: { $0.id == lotID }),
        let i = lots[l].items.firstIndex(where: { $0.id == id })
      else { return nil }
      return .lot(l, i)
    }
    return milestones.firstIndex { $0.id == id }.map(Location.plan)
  }

  /// The item at a location. Setting it is an edit (`Plan+Edits.swift`).
  ///
  /// - Complexity: O(1).
  public subscript(location: Location) -> Item {
    @inlinable get {
      switch location {
      case .lot(let l, let i): return storedLots[l].items[i]
      case .plan(let i): return storedMilestones[i]
      }
    }
    set { setItem(newValue, at: location) }
  }

  public func item(_ id: String) -> Item? {
    location(of: id).map { self[$0] }
  }

  /// Every item, lot by lot in order, then the plan-level milestones.
  public var allItems: [Item] { Array(items) }

  public var itemCount: Int { items.underestimatedCount }

  /// The first day and the exclusive last day of everything in the plan.
  public var span: Range<Day>? {
    var low: Day?
    var high: Day?
    for item in items {
      low = min(low ?? item.start.day, item.start.day)
      high = max(
        high ?? item.end.day, item.type == .milestone ? item.end.day.adding(days: 1) : item.end.day)
    }
    guard let low, let high else { return nil }
    return low..<high
  }

  /// Why the plan is not well formed, or nil: ids unique and in their lot, items well formed.
  public var defect: Phrase? {
    if let defect = structuralDefect { return defect }
    for item in items {
      if let defect = item.defect { return Phrase("\(item.id): ") + defect }
    }
    return nil
  }

  /// The defects that do not depend on dates: ids, lots, links, starts.
  public var structuralDefect: Phrase? { structuralDefect(PlanGraph(self)) }

  /// The same, with the plan's graph already built: opening a file builds it once for this
  /// check and for the scheduler, and its id index finds duplicates and unknown link ends.
  public func structuralDefect(_ graph: PlanGraph) -> Phrase? {
    var lotIDs = Set<String>(minimumCapacity: lots.count)
    for lot in lots {
      guard lotIDs.insert(lot.id).inserted else {
        return Phrase(
          nl: "perceel \(lot.id) staat er twee keer in", en: "lot \(lot.id) appears twice")
      }
    }
    for lot in lots {
      for item in lot.items where !item.belongs(to: lot.id) {
        return Phrase(
          nl: "\(item.id) staat onder perceel \(lot.id)",
          en: "\(item.id) is listed under lot \(lot.id)")
      }
    }
    func twice(_ id: String) -> Phrase {
      Phrase(nl: "\(id) staat er twee keer in", en: "\(id) appears twice")
    }
    // The index keeps the last of equal ids, so a first one finds another node under its id.
    if graph.index.count < graph.count {
      for (node, item) in items.enumerated() where graph.index[item.id] != node {
        return twice(item.id)
      }
    }
    for item in milestones where lotIDs.contains(item.id) { return twice(item.id) }
    for (k, link) in links.enumerated() {
      if let end = graph.from[k] < 0 ? link.from : graph.to[k] < 0 ? link.to : nil {
        return Phrase(
          nl: "de koppeling \(link.text(.nl)) noemt \(end), dat niet bestaat",
          en: "the link \(link.text(.en)) names \(end), which does not exist")
      }
      if link.from == link.to {
        return Phrase(
          nl: "\(link.from) is aan zichzelf gekoppeld", en: "\(link.from) is linked to itself")
      }
    }
    for (node, item) in items.enumerated() where item.anchor == nil && graph.linksInto(node).isEmpty
    {
      return Phrase(
        nl: "\(item.id) heeft geen begindatum en geen koppeling",
        en: "\(item.id) has neither a start date nor a link")
    }
    return nil
  }
}
