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
    stage(type: item.type, kind: item.kind, id: item.id)
  }

  /// `stage(of:)` of an item's fields, read where the item lies: passing an item of a lot's
  /// array copied the whole item. Its name is made from the id only for a milestone.
  ///
  /// - Complexity: O(1).
  static func stage(type: Item.ItemType, kind: String, id: String) -> Int? {
    if type == .phase {
      switch kind {
      case "voorbereiding": return 10
      case "inkoopprocedure": return procedurePhase
      case "implementatie": return 80
      case "uitvoering": return 95
      default: return nil
      }
    }
    // A plain milestone, the usual kind, is no decision: its name alone is looked up.
    var name: String { Item.name(ofID: id) }
    if kind == PhaseKind.milestoneKind { return milestoneStages[name] }
    if let decision = DecisionKind(rawValue: kind) {
      // A decision of the lot prepares its publication, unless its name says it is the
      // award; a letter to the council informs and gates nothing.
      if name.contains("gunning") { return milestoneStages["gunning"] }
      return decision == .raadsinformatiebrief ? nil : decisionStage
    }
    return milestoneStages[kind]
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
    processPairs(of: lot.items).map {
      Link(from: lot.items[$0.from].id, to: lot.items[$0.to].id, implicit: true)
    }
  }

  /// `processLinks` as the positions of their ends among `items`, one lot's.
  ///
  /// - Complexity: O(k · s) for the k items and the s stages among them, a handful.
  static func processPairs(of items: [Item]) -> [(from: Int, to: Int)] {
    // Arrays, not sets: a lot holds a handful of items, and this runs on every change to one.
    // The items are read where they lie, not copied.
    var staged: [(stage: Int, position: Int)] = []
    staged.reserveCapacity(items.count)
    for i in items.indices {
      if let stage = stage(type: items[i].type, kind: items[i].kind, id: items[i].id) {
        staged.append((stage, i))
      }
    }
    guard staged.count > 1 else { return [] }
    // The stages present as bits, read from the lowest: sorted and unique without an array.
    var present: (low: UInt64, high: UInt64) = (0, 0)
    for (stage, _) in staged {
      assert((0..<128).contains(stage), "stage \(stage) does not fit the bits")
      if stage < 64 { present.low |= 1 << stage } else { present.high |= 1 << (stage - 64) }
    }
    var pairs: [(from: Int, to: Int)] = []
    pairs.reserveCapacity(2 * staged.count)
    func link(_ source: Int, _ stage: Int) {
      for a in staged where a.stage == source {
        for b in staged where b.stage == stage { pairs.append((a.position, b.position)) }
      }
    }
    // Of the stages before the one at hand: the last, the last outside the procedure phase,
    // and whether the phase was one of them.
    var last: Int?
    var lastOutsidePhase: Int?
    var sawPhase = false
    func visit(_ stage: Int) {
      if stage > procedurePhase && stage <= 70 {
        // A step of the procedure waits for the step before it, inside the phase.
        if let lastOutsidePhase { link(lastOutsidePhase, stage) }
      } else if let last {
        link(last, stage)
        // The first stage after the contract waits for the phase too, whose end the steps
        // inside it do not cover.
        if stage > 70, last <= 70, last != procedurePhase, sawPhase {
          link(procedurePhase, stage)
        }
      }
      last = stage
      if stage == procedurePhase { sawPhase = true } else { lastOutsidePhase = stage }
    }
    func visitAll(_ word: UInt64, from offset: Int) {
      var bits = word
      while bits != 0 {
        visit(bits.trailingZeroBitCount + offset)
        bits &= bits - 1
      }
    }
    visitAll(present.low, from: 0)
    visitAll(present.high, from: 64)
    return pairs
  }

  /// Puts the implicit links of `lots` (each named once; every lot when nil) in line with their items' kinds:
  /// new ones come, ones whose items went or changed kind go. A pair the user linked
  /// explicitly, in either direction, or unlinked on purpose (`removedLinks`) gets none, and
  /// neither does one that would close a circle. The links are left as they are when nothing
  /// changes.
  ///
  /// Returns the items whose implicit links came or went, sorted and each once: they must be
  /// scheduled again.
  ///
  /// - Complexity: O(k log k) for the k items of the lots and their links; the circle check
  ///   follows links only as far as a new link's end reaches, which is within its lot unless
  ///   links lead out of it.
  @discardableResult
  public mutating func deriveProcess(lots: [String]? = nil) -> [String] {
    let touched = lots ?? self.lots.map(\.id)
    guard !touched.isEmpty else { return [] }
    indexAll()
    // One lot, the usual change, is compared by bytes, without making its id or a set.
    let only = touched.count == 1 ? touched[0] : nil
    let many = only == nil ? Set(touched) : []
    func inTouched(_ id: String) -> Bool {
      if let only { return id.isItemID(of: only) }
      return id.lotPart.map(many.contains) ?? false
    }
    var members: [Int] = []
    for id in touched {
      if let l = lotIndex(id), !members.contains(l) { members.append(l) }
    }
    members.sort()
    // Pairs by place (the lot, and the positions of both items in it), compared as numbers:
    // comparing and hashing ids cost more than the rest of a typed command's derivation.
    var current: [UInt64] = []
    var wanted: [UInt64] = []
    var added: [(from: String, to: String)] = []
    for l in members {
      let items = storedLots[l].items
      let count = items.count
      // Whether a typed link joins the items at two positions, in either direction.
      var typed = TypedPairs(count: count)
      for b in items.indices {
        // Every pair of the lot is a link into one of its items: the links into them suffice.
        for serial in index.into[items[b].id] ?? [] {
          let k = Int(index.positions[Int(serial)])
          // Indexed above: looked up in the index itself, as `location(of:)`'s search of an
          // unindexed plan copied the plan here.
          let a: Int? =
            if case .lot(l, let i)? = index.items[storedLinks[k].from] { i } else { nil }
          if storedLinks[k].implicit {
            // One from elsewhere never matches a wanted pair: it goes when the lot's are made.
            current.append(Self.placePair(l, a ?? count, b))
          } else if let a {
            typed.insert(a, b)
          }
        }
      }
      for (a, b) in Self.processPairs(of: items) {
        guard !typed.contains(a, b),
          removedLinks.isEmpty
            || !removedLinks.contains(where: { $0.from == items[a].id && $0.to == items[b].id }),
          !reaches(items[b].id, items[a].id, adding: added, replacing: inTouched)
        else { continue }
        let pair = Self.placePair(l, a, b)
        guard !wanted.contains(pair) else { continue }
        wanted.append(pair)
        added.append((items[a].id, items[b].id))
      }
    }
    current.sort()
    wanted.sort()
    guard wanted != current else { return [] }
    // `current` holds every implicit link into the lots' items: none, nothing to remove.
    if !current.isEmpty {
      let ids = members.flatMap { storedLots[$0].items.map(\.id) }
      removeLinks(of: ids) { $0.implicit && inTouched($0.to) }
    }
    appendLinks(added.map { Link(from: $0.from, to: $0.to, implicit: true) })
    var moved: [String] = []
    for pair in wanted where !current.contains(pair) { moved.append(id(ofPlacePair: pair)) }
    for pair in current where !wanted.contains(pair) { moved.append(id(ofPlacePair: pair)) }
    moved.sort()
    var unique: [String] = []
    unique.reserveCapacity(moved.count)
    for id in moved where unique.last != id { unique.append(id) }
    return unique
  }

  /// The pairs of positions in a lot that a typed link joins, either way round: bits of one
  /// word for a lot of up to eight items, as almost every lot is, else an array.
  struct TypedPairs {
    let count: Int
    private var bits: UInt64 = 0
    private var many: [Bool] = []

    /// - Complexity: O(1) up to eight items, else O(count²).
    init(count: Int) {
      self.count = count
      if count > 8 { many = Array(repeating: false, count: count * count) }
    }

    /// - Complexity: O(1).
    mutating func insert(_ a: Int, _ b: Int) {
      if count > 8 {
        (many[a * count + b], many[b * count + a]) = (true, true)
      } else {
        bits |= 1 << (a * 8 + b) | 1 << (b * 8 + a)
      }
    }

    /// - Complexity: O(1).
    func contains(_ a: Int, _ b: Int) -> Bool {
      count > 8 ? many[a * count + b] : bits & 1 << (a * 8 + b) != 0
    }
  }

  /// A pair of items of lot `l` at positions `a` and `b`, as one number.
  static func placePair(_ l: Int, _ a: Int, _ b: Int) -> UInt64 {
    UInt64(l) << 42 | UInt64(a) << 21 | UInt64(b)
  }

  /// The id of the item a place pair leads to.
  func id(ofPlacePair pair: UInt64) -> String {
    storedLots[Int(pair >> 42)].items[Int(pair & (1 << 21 - 1))].id
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

  /// Whether `target` can be reached from `start` along the plan's links, leaving out the
  /// implicit ones into the items `replacing` picks (they are being derived again) and taking
  /// the ones `adding` lists.
  ///
  /// - Complexity: O(what `start` reaches): within its lot, unless links lead out of it.
  func reaches(
    _ start: String, _ target: String, adding: [(from: String, to: String)],
    replacing: (String) -> Bool
  ) -> Bool {
    if start == target { return true }
    // An item that nothing follows, as a new milestone, reaches nothing: no set, no stack.
    if linkPositions(outOf: start).isEmpty, !adding.contains(where: { $0.from == start }) {
      return false
    }
    var seen = SmallSet([start])
    var stack = [start]
    while let id = stack.popLast() {
      if id == target { return true }
      for k in linkPositions(outOf: id) {
        guard !(storedLinks[k].implicit && replacing(storedLinks[k].to)),
          seen.insert(storedLinks[k].to)
        else { continue }
        stack.append(storedLinks[k].to)
      }
      for link in adding where link.from == id && seen.insert(link.to) { stack.append(link.to) }
    }
    return false
  }
}
