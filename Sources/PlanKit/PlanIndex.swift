/// Where each lot and item of a plan is, by id, and which links go into and out of each id,
/// kept up to date by the plan's edits so that a lookup does not search the plan. Of equal ids
/// (a malformed file, refused when opened) the first is found, as a search would.
struct PlanIndex: Sendable {
  var lots: IDTable<Int> = [:]
  var items: IDTable<Plan.Location> = [:]
  /// The links into and out of each id, by serial: a link's serial stays while links come and
  /// go before it, so that a link removed from the middle moves the others' positions in
  /// `positions`, an array of numbers, and not in these lists.
  var into: IDTable<[Int32]> = [:]
  var outOf: IDTable<[Int32]> = [:]
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

  /// Positions of links in order: read through the serials where their positions ascend,
  /// else a sorted array.
  struct Positions: Sequence {
    private var serials: [Int32] = []
    private var table: [Int32] = []
    private var sorted: [Int] = []

    init(sorted: [Int]) { self.sorted = sorted }

    init(serials: [Int32], table: [Int32]) { (self.serials, self.table) = (serials, table) }

    struct Iterator: IteratorProtocol {
      let positions: Positions
      var offset = 0

      mutating func next() -> Int? {
        defer { offset += 1 }
        if offset < positions.sorted.count { return positions.sorted[offset] }
        let serial = offset - positions.sorted.count
        guard serial < positions.serials.count else { return nil }
        return Int(positions.table[Int(positions.serials[serial])])
      }
    }

    func makeIterator() -> Iterator { Iterator(positions: self) }

    /// Whether there are none.
    ///
    /// - Complexity: O(1).
    var isEmpty: Bool { sorted.isEmpty && serials.isEmpty }
  }

  /// `positions(of: serials)` as a sequence, made without an array when the serials'
  /// positions already ascend.
  ///
  /// - Complexity: O(k) for k serials whose positions ascend, else O(k log k).
  func positionsInOrder(of serials: [Int32]?) -> Positions {
    guard let serials else { return Positions(sorted: []) }
    var last: Int32 = -1
    for serial in serials {
      let position = positions[Int(serial)]
      guard position > last else { return Positions(sorted: self.positions(of: serials)) }
      last = position
    }
    return Positions(serials: serials, table: positions)
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

/// A table by id, as the index keeps them: a `Dictionary` whose keys hash an id's bytes
/// quickly (`IDKey`), where a `String` key hashes them with SipHash, which cost a typed
/// command more than the rest of a lookup.
struct IDTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  var storage: [IDKey: Value]

  init(dictionaryLiteral elements: (String, Value)...) {
    storage = Dictionary(uniqueKeysWithValues: elements.map { (IDKey($0.0), $0.1) })
  }

  subscript(id: String) -> Value? {
    get { storage[IDKey(id)] }
    _modify { yield &storage[IDKey(id)] }
  }

  subscript(id: String, default value: @autoclosure () -> Value) -> Value {
    get { storage[IDKey(id), default: value()] }
    _modify { yield &storage[IDKey(id), default: value()] }
  }

  mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

  /// Gives `id` the value `value` unless it has one: of equal ids the first is kept. One
  /// hash and one search, where a lookup and a store made two of each.
  ///
  /// - Complexity: O(1) on average.
  mutating func setIfAbsent(_ id: String, _ value: Value) {
    Self.keep(&storage[IDKey(id), default: value])
  }

  /// Nothing: its `inout` access is what stores a default.
  private static func keep(_ value: inout Value) {}

  /// The table as a dictionary of ids, its values transformed: for comparisons in tests.
  ///
  /// - Complexity: O(n).
  func mapValues<T>(_ transform: (Value) -> T) -> [String: T] {
    Dictionary(uniqueKeysWithValues: storage.map { ($0.key.id, transform($0.value)) })
  }
}

extension IDTable: Equatable where Value: Equatable {}

extension IDTable: CustomStringConvertible {
  var description: String { "\(mapValues { $0 })" }
}

/// An id as a key: equal as the strings are, hashed from its bytes eight at a time, with one
/// mix at the end, instead of through `Hasher`. Ids are lowercase ASCII almost always; any
/// other id is hashed as `String` hashes it, which strings equal by Unicode's canonical
/// equivalence share (an ASCII id has no other spelling that is equal to it and valid).
///
/// The bits are kept with the id: a lookup compares them before the strings, so that the keys
/// it passes while probing the table cost a comparison of numbers, not of strings.
struct IDKey: Hashable, Sendable {
  let id: String
  let bits: UInt64

  @inline(__always) init(_ id: String) {
    self.id = id
    bits = Self.bits(of: id)
  }

  static func == (a: Self, b: Self) -> Bool { a.bits == b.bits && a.id == b.id }

  func hash(into hasher: inout Hasher) { hasher.combine(bits) }

  /// What `Dictionary` asks: the bits mixed with the table's seed, without `Hasher`.
  func _rawHashValue(seed: Int) -> Int {
    Int(truncatingIfNeeded: Self.mix(bits ^ UInt64(truncatingIfNeeded: seed)))
  }

  /// - Complexity: O(n) in the id's bytes.
  static func bits(of id: String) -> UInt64 {
    let folded = id.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
      let count = bytes.count
      var h = 0xCBF2_9CE4_8422_2325 ^ UInt64(count)
      var high: UInt64 = 0
      var i = 0
      let raw = UnsafeRawBufferPointer(bytes)
      while i + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        high |= word
        h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        i += 8
      }
      if i < count {
        var word: UInt64 = 0
        if count >= 8 {
          // The last eight bytes, those already hashed shifted out: one load, not a loop.
          word =
            raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self).littleEndian
            >> UInt64(8 * (8 - (count - i)))
        } else {
          var shift: UInt64 = 0
          while i < count {
            word |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
          }
        }
        high |= word
        h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
      }
      return high & 0x8080_8080_8080_8080 == 0 ? h : nil
    }
    if let folded, let bits = folded { return bits }
    return UInt64(truncatingIfNeeded: id.hashValue)
  }

  /// SplitMix64's finaliser: every bit of the input reaches every bit of the output.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
