/// The tender as a process. A lot's standard phases and its procedure's milestones have a
/// natural order (voorbereiding → publicatie → … → gunning → contract → implementatie →
/// ingang), and a plan that only dates them, as the seeds do, still behaves as that process:
/// the order is kept as implicit links, derived from the kinds and never from the dates. An
/// implicit link pushes an item that comes too early and leaves a later one where its date puts
/// it; one the user removed with `ontkoppel` stays removed.
extension Plan {
  /// The stages of the tender between publication and contract.
  static let plannedStages = 31...70

  /// Whether the item is a step inside the procedure (a closing date, the award): planned,
  /// not promised, so that it moves with the publication before it rather than keeping a date
  /// of its own as a decision or a contract start does.
  ///
  /// - Complexity: O(1).
  public static func isPlanned(_ item: Item) -> Bool {
    plannedStages.contains(stage(of: item) ?? 0)
  }

  /// Where an item stands in a tender, by its kind (a plain milestone by its name); nil for
  /// what has no place in the order (a phase of the lot's own kind, a letter to the raad).
  ///
  /// - Complexity: O(1).
  public static func stage(of item: Item) -> Int? {
    if item.type == .phase {
      switch item.kind {
      case "voorbereiding": return 10
      case "inkoopprocedure": return procedurePhase
      case "implementatie": return 80
      case "uitvoering": return 95
      default: return nil
      }
    }
    if let decision = DecisionKind(rawValue: item.kind) {
      // A decision of the lot prepares its publication, unless its name says it is the
      // award; a letter to the council informs and gates nothing.
      if item.name.contains("gunning") { return milestoneStages["gunning"] }
      return decision == .raadsinformatiebrief ? nil : decisionStage
    }
    let key = item.kind == PhaseKind.milestoneKind ? item.name : item.kind
    return milestoneStages[key]
  }

  /// Decisions that precede the publication: the college's, the raad's, its wishes and
  /// objections, the region's.
  static let decisionStage = 20

  /// The procedure phase holds the steps between publication and contract.
  static let procedurePhase = 35

  static let milestoneStages: [String: Int] = [
    "publicatie": 30, "sluiting-aanmelding": 40, "indiening-selectie": 40, "aanmelding": 40,
    "selectie": 45, "laatste-nvi": 47, "sluiting-inschrijving": 50, "indiening-gunning": 50,
    "indiening": 50, "sluiting-toetreding": 50, "gunningsbeslissing": 60, "gunning": 60,
    "toelating": 60, "einde-alcatel": 65, "contract": 70, "ingang-contract": 90, "ingang": 90,
    "uitvoering": 90, "start": 90, "start-uitvoering": 90,
  ]

  /// The links the stages of one lot's items give: each item waits for the items of the
  /// stage before its own. The procedure phase starts after what comes before publication and
  /// the procedure's steps, and what comes after the contract waits for the phase too.
  ///
  /// - Complexity: O(k log k) for the k items of the lot.
  static func processLinks(of lot: Lot) -> [Link] {
    // Arrays, not sets: a lot holds a handful of items, and this runs on every change to one.
    var staged: [(stage: Int, id: String)] = []
    staged.reserveCapacity(lot.items.count)
    for item in lot.items {
      if let stage = stage(of: item) { staged.append((stage, item.id)) }
    }
    var stages: [Int] = []
    for stage in staged.map(\.stage).sorted() where stages.last != stage { stages.append(stage) }
    var links: [Link] = []
    for (index, stage) in stages.enumerated() {
      let earlier = stages[..<index]
      var from: [Int] = []
      if stage > procedurePhase && stage <= 70 {
        // A step of the procedure waits for the step before it, inside the phase.
        from = earlier.last(where: { $0 != procedurePhase }).map { [$0] } ?? []
      } else if let last = earlier.last {
        from = [last]
        // The first stage after the contract waits for the phase too, whose end the steps
        // inside it do not cover.
        if stage > 70, last <= 70, last != procedurePhase, earlier.contains(procedurePhase) {
          from.append(procedurePhase)
        }
      }
      for source in from {
        for a in staged where a.stage == source {
          for b in staged where b.stage == stage {
            links.append(Link(from: a.id, to: b.id, implicit: true))
          }
        }
      }
    }
    return links
  }

  /// Puts the implicit links of `lots` (every lot when nil) in line with their items' kinds:
  /// new ones come, ones whose items went or changed kind go. A pair the user linked
  /// explicitly, in either direction, or unlinked on purpose (`removedLinks`) gets none, and
  /// neither does one that would close a circle. The links are left as they are when nothing
  /// changes.
  ///
  /// Returns the items whose implicit links came or went: they must be scheduled again.
  ///
  /// - Complexity: O(k log k) for the k items of the lots and their links; the circle check
  ///   follows links only as far as a new link's end reaches, which is within its lot unless
  ///   links lead out of it.
  @discardableResult
  public mutating func deriveProcess(lots: Set<String>? = nil) -> Set<String> {
    let touched = lots ?? Set(self.lots.map(\.id))
    guard !touched.isEmpty else { return [] }
    let only = touched.count == 1 ? touched.first : nil
    func inTouched(_ id: String) -> Bool {
      // One lot, the usual change, is compared by bytes, without making its id.
      if let only { return id.isItemID(of: only) }
      return id.lotPart.map(touched.contains) ?? false
    }
    var members: [Int] = []
    for id in touched {
      if let l = lotIndex(id) { members.append(l) }
    }
    members.sort()
    // The pairs of one change are a few per lot: sets of them search arrays until they grow.
    var current = SmallSet<Pair>()
    var seen = SmallSet<Int>()
    var wanted: [Link] = []
    var wantedPairs = SmallSet<Pair>()
    var added: [String: [String]] = [:]
    let removed = SmallSet(removedLinks.lazy.map { Pair($0.from, $0.to) })
    for l in members {
      // A wanted pair joins two items of this lot: a typed link between them is one of theirs.
      var typed = SmallSet<Pair>()
      for item in storedLots[l].items {
        forEachLink(of: item.id) { k in
          guard seen.insert(k) else { return }
          let link = storedLinks[k]
          if link.implicit {
            if inTouched(link.to) { current.insert(Pair(link.from, link.to)) }
            return
          }
          typed.insert(Pair(link.from, link.to))
          typed.insert(Pair(link.to, link.from))
        }
      }
      for link in Self.processLinks(of: storedLots[l]) {
        let pair = Pair(link.from, link.to)
        guard !typed.contains(pair), !removed.contains(pair),
          !reaches(link.to, link.from, adding: added, replacing: inTouched),
          wantedPairs.insert(pair)
        else { continue }
        wanted.append(link)
        added[link.from, default: []].append(link.to)
      }
    }
    guard wantedPairs.count != current.count || !wantedPairs.elements.allSatisfy(current.contains)
    else { return [] }
    let ids = members.flatMap { storedLots[$0].items.map(\.id) }
    removeLinks(of: ids) { $0.implicit && inTouched($0.to) }
    appendLinks(wanted)
    let came = wantedPairs.elements.filter { !current.contains($0) }
    let went = current.elements.filter { !wantedPairs.contains($0) }
    return Set((came + went).map(\.to))
  }

  /// Whether the tender's order links `from` to `to`, were nothing typed between them.
  ///
  /// - Complexity: O(k log k) for the k items of their lot.
  public func wouldLinkByProcess(_ from: String, _ to: String) -> Bool {
    guard let lotID = to.split(separator: ".").first.map(String.init),
      let l = lotIndex(lotID)
    else { return false }
    return Self.processLinks(of: lots[l]).contains { $0.from == from && $0.to == to }
  }

  /// The items the tender's order holds later than they would be without it: an implicit
  /// link sets their start, later than their own date and their typed links would.
  ///
  /// - Complexity: O(links + items).
  public func heldByProcess(_ scheduler: Scheduler) -> Set<String> {
    var into: [String: [Link]] = [:]
    for link in links where link.kind != .finishToFinish { into[link.to, default: []].append(link) }
    guard links.contains(where: \.implicit) else { return [] }
    var held = Set<String>()
    for item in items where !item.fixed {
      guard let incoming = into[item.id], incoming.contains(where: \.implicit) else { continue }
      var pushed: Day?
      var own = incoming.contains { !$0.implicit } ? nil : item.anchor?.day
      for link in incoming {
        guard let from = self.item(link.from) else { continue }
        let day = scheduler.requirement(link, from: from, to: item).date.day
        if link.implicit { pushed = max(pushed ?? day, day) } else { own = max(own ?? day, day) }
      }
      if let pushed, pushed == item.start.day, pushed > (own ?? pushed) { held.insert(item.id) }
    }
    return held
  }

  /// Keeps the pairs of `unlinked` that the tender's order would link again unlinked, as the
  /// user asked (`removedLinks`).
  ///
  /// - Complexity: O(k log k) per pair for the k items of its lot.
  public mutating func keepUnlinked(_ unlinked: [Link]) {
    for link in unlinked where wouldLinkByProcess(link.from, link.to) {
      if !removedLinks.contains(where: { $0.from == link.from && $0.to == link.to }) {
        removedLinks.append(Link(from: link.from, to: link.to))
      }
    }
  }

  struct Pair: Hashable {
    let from: String
    let to: String
    init(_ from: String, _ to: String) {
      self.from = from
      self.to = to
    }
  }

  /// Whether `target` can be reached from `start` along the plan's links, leaving out the
  /// implicit ones into the items `replacing` picks (they are being derived again) and taking
  /// the ones `adding` lists.
  ///
  /// - Complexity: O(what `start` reaches): within its lot, unless links lead out of it.
  func reaches(
    _ start: String, _ target: String, adding: [String: [String]],
    replacing: (String) -> Bool
  ) -> Bool {
    var seen = SmallSet([start])
    var stack = [start]
    while let id = stack.popLast() {
      if id == target { return true }
      for k in linksOutOf(id) {
        let link = links[k]
        guard !(link.implicit && replacing(link.to)), seen.insert(link.to) else {
          continue
        }
        stack.append(link.to)
      }
      for to in adding[id] ?? [] where seen.insert(to) { stack.append(to) }
    }
    return false
  }
}
