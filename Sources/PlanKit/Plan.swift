/// A procurement plan: lots with their phases and milestones, and plan-level milestones
/// (a collegebesluit that every lot waits for).
///
/// A value type: copying a plan is how undo keeps the states it can return to.
public struct Plan: Hashable, Sendable {
  public var title: String
  public var organisation: String?
  public var lots: [Lot]
  public var milestones: [Item]
  public var links: [Link]
  public var calendar: WorkCalendar
  public var baselines: [Baseline] = []
  public var meetings = Meetings()
  /// Implicit links the user removed with `ontkoppel`: the process keeps them removed.
  public var removedLinks: [Link] = []

  public init(
    title: String = "", organisation: String? = nil, lots: [Lot] = [], milestones: [Item] = [],
    links: [Link] = [], calendar: WorkCalendar = WorkCalendar()
  ) {
    self.title = title
    self.organisation = organisation
    self.lots = lots
    self.milestones = milestones
    self.links = links
    self.calendar = calendar
  }

  /// Where an item lives. Locations compare in plan order: lot by lot, each lot's items in
  /// order, then the plan-level milestones, as `allItems` lists them.
  public enum Location: Hashable, Comparable, Sendable {
    case lot(Int, Int)
    case plan(Int)
  }

  public func lotIndex(_ id: String) -> Int? {
    lots.firstIndex { $0.id == id }
  }

  public func location(of id: String) -> Location? {
    if let lotID = id.firstIndex(of: ".").map({ String(id[..<$0]) }) {
      guard let l = lotIndex(lotID), let i = lots[l].items.firstIndex(where: { $0.id == id })
      else { return nil }
      return .lot(l, i)
    }
    return milestones.firstIndex { $0.id == id }.map(Location.plan)
  }

  public subscript(location: Location) -> Item {
    get {
      switch location {
      case .lot(let l, let i): return lots[l].items[i]
      case .plan(let i): return milestones[i]
      }
    }
    set {
      switch location {
      case .lot(let l, let i): lots[l].items[i] = newValue
      case .plan(let i): milestones[i] = newValue
      }
    }
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
