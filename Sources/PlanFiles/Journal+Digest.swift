import PlanKit

extension Journal {
  /// How many changes a step's effect lists one by one; a step that changed more (a whole plan
  /// shifted, a calendar changed, their undo) records a `Digest` instead: 125,000 lines of
  /// dates would make every such step a line of 8 MB in the autosave and the session file.
  public static let listedChanges = 1000

  /// The effect a step records: its changes one by one, or, when there are more than
  /// `listedChanges`, one line that sums them up (`Digest`).
  ///
  /// - Complexity: O(k) for the k changes; O(plan) when it sums them up, for the plan's dates.
  public static func effect(of changes: [PlanDiff.Change], in plan: Plan) -> [String] {
    var ids = IDHashes()
    return effect(of: changes, in: plan, ids: &ids)
  }

  /// `effect(of:in:)` with the hashes of the plan's ids kept from an earlier step (`IDHashes`),
  /// so that a digest hashes only the ids that changed since.
  ///
  /// - Complexity: O(k) for the k changes; O(plan) when it sums them up, for the plan's dates.
  public static func effect(of changes: [PlanDiff.Change], in plan: Plan, ids: inout IDHashes)
    -> [String]
  {
    guard changes.count > listedChanges else { return changes.map(\.record) }
    return [Digest(changes, in: plan, ids: &ids).record]
  }

  /// A step's effect summed up: how many items it moved, added and removed, a fingerprint of
  /// those changes (what replaying it must change again), and a fingerprint of every item's
  /// dates after it together with their count (what the saved plan must hold, when no later
  /// step moved them). Recorded as one line, "* 124960 0 0 125000 0123456789abcdef
  /// fedcba9876543210": no id starts with `*`.
  ///
  /// The fingerprints are sums of one hash per change or item, so that their order does not
  /// count and a later step's changes update the plan's without the plan.
  public struct Digest: Equatable, Sendable {
    public var moved: Int
    public var added: Int
    public var removed: Int
    /// How many items the plan holds after the step.
    public var items: Int
    public var changes: UInt64
    public var dates: UInt64

    /// - Complexity: O(k) for the k changes, and O(plan) for the plan's dates.
    public init(_ changes: [PlanDiff.Change], in plan: Plan) {
      var ids = IDHashes()
      self.init(changes, in: plan, ids: &ids)
    }

    /// The same, with the hashes of the ids `ids` kept from an earlier step: an id hashed at
    /// its place then is not hashed again. In one pass over the plan, each item's id is hashed
    /// once for both sums: the changes list the items still there in plan order
    /// (`PlanChange.effect`), each met at its item; a change not met so is hashed whole.
    ///
    /// - Complexity: O(k) for the k changes, and O(plan) for the plan's dates.
    public init(_ changes: [PlanDiff.Change], in plan: Plan, ids: inout IDHashes) {
      (moved, added, removed, items) = (0, 0, 0, plan.itemCount)
      for change in changes {
        switch (change.before, change.after) {
        case (.some, .some): moved += 1
        case (nil, .some): added += 1
        case (.some, nil): removed += 1
        case (nil, nil): break
        }
      }
      var (sum, dates): (UInt64, UInt64) = (0, 0)
      // The first change not yet met at its item.
      var next = 0
      var place = 0
      // Ids compared by their bits, read where they lie: a retain and a release of each
      // (atomic, on the string's own storage) was a third of a whole-plan step's digest.
      let itemID = MemoryLayout<Item>.offset(of: \Item.id)
      let changeID = MemoryLayout<PlanDiff.Change>.offset(of: \PlanDiff.Change.id)
      changes.withUnsafeBufferPointer { changes in
        func visitAll(_ items: UnsafeBufferPointer<Item>) {
          for i in items.indices {
            let bits = itemID.map { IDHashes.bits(at: items.baseAddress! + i, offset: $0) }
            let state = ids.state(of: bits, at: place) { items[i].id }
            place += 1
            dates &+= Self.hash(
              state: state,
              Days(
                start: items[i].start.day.raw,
                end: items[i].type == .milestone ? nil : items[i].end.day.raw))
            guard next < changes.count, changes[next].after != nil else { continue }
            let met =
              if let bits, let changeID {
                IDHashes.bits(at: changes.baseAddress! + next, offset: changeID) == bits
              } else {
                IDHashes.same(changes[next].id, items[i].id)
              }
            guard met else { continue }
            sum &+= Self.hash(
              state: state, changes[next].before.map(Days.init),
              changes[next].after.map(Days.init))
            next += 1
          }
        }
        plan.lots.withUnsafeBufferPointer { lots in
          for l in lots.indices { lots[l].items.withUnsafeBufferPointer(visitAll) }
        }
        plan.milestones.withUnsafeBufferPointer(visitAll)
      }
      ids.keep(place)
      for change in changes[next...] { sum &+= Self.hash(change) }
      (self.changes, self.dates) = (sum, dates)
    }

    /// The sum of every item's hash of its id and dates: what `dates` holds after a step.
    ///
    /// - Complexity: O(plan).
    public static func fingerprint(of plan: Plan) -> UInt64 {
      var dates: UInt64 = 0
      // By index and field, so that no item is copied for its id and dates (passing one to a
      // function copied it: a third of an undone `verschuif plan`'s digest).
      let lots = plan.lots
      for l in lots.indices {
        for i in lots[l].items.indices {
          let days = Days(
            start: lots[l].items[i].start.day.raw,
            end: lots[l].items[i].type == .milestone ? nil : lots[l].items[i].end.day.raw)
          dates &+= Self.hash(lots[l].items[i].id, days)
        }
      }
      let milestones = plan.milestones
      for i in milestones.indices {
        let days = Days(
          start: milestones[i].start.day.raw,
          end: milestones[i].type == .milestone ? nil : milestones[i].end.day.raw)
        dates &+= Self.hash(milestones[i].id, days)
      }
      return dates
    }

    /// The digest a step's effect holds, when it is one.
    ///
    /// - Complexity: O(1).
    public init?(effect: [String]) {
      guard effect.count == 1, effect[0].hasPrefix("* ") else { return nil }
      let fields = effect[0].dropFirst(2).split(separator: " ")
      guard fields.count == 6, let moved = Int(fields[0]), let added = Int(fields[1]),
        let removed = Int(fields[2]), let items = Int(fields[3]),
        let changes = UInt64(fields[4], radix: 16), let dates = UInt64(fields[5], radix: 16)
      else { return nil }
      (self.moved, self.added, self.removed, self.items) = (moved, added, removed, items)
      (self.changes, self.dates) = (changes, dates)
    }

    public var record: String {
      "* \(moved) \(added) \(removed) \(items) \(Self.hex(changes)) \(Self.hex(dates))"
    }

    /// How many changes it sums up.
    public var count: Int { moved + added + removed }

    /// The digest of changes listed one by one (as journals hold smaller steps, and larger
    /// ones written before digests), as far as the records tell: the counts and the changes'
    /// fingerprint, not the plan's. Nil when a record cannot be read.
    ///
    /// - Complexity: O(k) for the k records.
    public static func ofRecords(_ records: [String]) -> (counts: [Int], changes: UInt64)? {
      var counts = [0, 0, 0]
      var sum: UInt64 = 0
      for record in records {
        guard let change = Record(record) else { return nil }
        switch (change.before, change.after) {
        case (.some, .some): counts[0] += 1
        case (nil, .some): counts[1] += 1
        case (.some, nil): counts[2] += 1
        case (nil, nil): break
        }
        sum &+= hash(change.id, change.before, change.after)
      }
      return (counts, sum)
    }

    static func hex(_ value: UInt64) -> String {
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// - Complexity: O(the id's length).
    static func hash(_ change: PlanDiff.Change) -> UInt64 {
      hash(change.id, change.before.map(Days.init), change.after.map(Days.init))
    }

    static func hash(_ id: some StringProtocol, _ before: Days?, _ after: Days?) -> UInt64 {
      var hasher = Hasher64()
      hasher.add(id)
      hasher.add(before)
      hasher.add(after)
      return hasher.value
    }

    /// The hash of an item's dates, as the plan's fingerprint sums them.
    static func hash(_ id: some StringProtocol, _ span: PlanDiff.Span) -> UInt64 {
      hash(id, Days(span))
    }

    static func hash(_ id: some StringProtocol, _ days: Days) -> UInt64 {
      var hasher = Hasher64()
      hasher.add(id)
      hasher.add(days)
      return hasher.value
    }

    /// `hash(id, before, after)` from the hasher's state after the id (`IDHashes`).
    ///
    /// - Complexity: O(1).
    static func hash(state: UInt64, _ before: Days?, _ after: Days?) -> UInt64 {
      var hasher = Hasher64(state: state)
      hasher.add(before)
      hasher.add(after)
      return hasher.value
    }

    /// `hash(id, days)` from the hasher's state after the id.
    ///
    /// - Complexity: O(1).
    static func hash(state: UInt64, _ days: Days) -> UInt64 {
      var hasher = Hasher64(state: state)
      hasher.add(days)
      return hasher.value
    }
  }

  /// The hasher's state after each of the plan's ids, place by place in plan order, kept from
  /// step to step: a whole-plan step sums 125,000 items and changes, and hashing their ids
  /// byte by byte was half of its digest. An id is taken from the table only when it is the
  /// very string hashed there before (the same bits: the same storage, which the table keeps
  /// alive, or the same small string); any other is hashed again. The bits are read where
  /// the id lies, so that an id found in the table is not touched at all.
  public struct IDHashes: Sendable {
    /// A string's bits: its count and flags, and its storage or its bytes.
    typealias Bits = (UInt64, UInt64)

    private var ids: [String] = []
    private var bits: [Bits] = []
    private var states: [UInt64] = []

    public init() {}

    /// The hasher's state after the id at `place`, whose bits are `idBits` (nil: not known);
    /// `id` reads the id when it must be hashed. Places are asked in order, from 0.
    ///
    /// - Complexity: O(1) when the same string was hashed there before, else O(its length).
    mutating func state(of idBits: Bits?, at place: Int, _ id: () -> String) -> UInt64 {
      if let idBits, place < bits.count, bits[place] == idBits { return states[place] }
      let id = id()
      var hasher = Hasher64()
      hasher.add(id)
      let idBits = Self.bits(of: id)
      if place < ids.count {
        (ids[place], bits[place], states[place]) = (id, idBits, hasher.state)
      } else {
        assert(place == ids.count, "places asked out of order")
        ids.append(id)
        bits.append(idBits)
        states.append(hasher.state)
      }
      return hasher.state
    }

    /// The bits of the string `offset` bytes into the value at `value`, read without a copy
    /// of the string (which would retain its storage).
    ///
    /// - Complexity: O(1).
    static func bits<T>(at value: UnsafePointer<T>, offset: Int) -> Bits {
      UnsafeRawPointer(value).load(fromByteOffset: offset, as: Bits.self)
    }

    /// - Complexity: O(1).
    static func bits(of string: String) -> Bits {
      unsafeBitCast(string, to: Bits.self)
    }

    /// Forgets the places from `count` on: the plan has no more.
    ///
    /// - Complexity: O(the places forgotten).
    mutating func keep(_ count: Int) {
      guard ids.count > count else { return }
      ids.removeLast(ids.count - count)
      bits.removeLast(bits.count - count)
      states.removeLast(states.count - count)
    }

    /// Whether `a` and `b` are one string: the same bits, so the same bytes. Equal strings
    /// stored apart are not, and are hashed again.
    ///
    /// - Complexity: O(1).
    static func same(_ a: String, _ b: String) -> Bool {
      bits(of: a) == bits(of: b)
    }
  }

  /// The days of a span as a journal record writes them: a milestone's start alone.
  struct Days: Equatable {
    let start: Int32
    let end: Int32?

    init(start: Int32, end: Int32?) {
      self.start = start
      self.end = end
    }

    init(_ span: PlanDiff.Span) {
      start = span.start.day.raw
      end = span.milestone ? nil : span.end.day.raw
    }

    /// "2023-07-01/2024-01-01" or "2023-07-01", from its bytes: opening a session reads one or
    /// two per record of its journal.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count == 10 || bytes.count == 21,
        let start = Day(isoUTF8: .init(rebasing: bytes[0..<10]))
      else { return nil }
      self.start = start.raw
      guard bytes.count == 21 else {
        end = nil
        return
      }
      guard bytes[10] == UInt8(ascii: "/"), let end = Day(isoUTF8: .init(rebasing: bytes[11...]))
      else { return nil }
      self.end = end.raw
    }
  }

  /// One record of an effect, read: "id before → after", "+ id after", "- id before".
  struct Record {
    let id: Substring
    let before: Days?
    let after: Days?

    /// - Complexity: O(the record's length).
    init?(_ record: String) {
      var record = record
      // Read from the bytes: each part is ASCII, and "→" is E2 86 92.
      let found = record.withUTF8 { bytes -> (id: Range<Int>, before: Days?, after: Days?)? in
        if bytes.count > 2, bytes[1] == UInt8(ascii: " "),
          bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-")
        {
          guard let end = bytes[2...].firstIndex(of: UInt8(ascii: " ")),
            let days = Days(utf8: .init(rebasing: bytes[(end + 1)...]))
          else { return nil }
          return bytes[0] == UInt8(ascii: "+") ? (2..<end, nil, days) : (2..<end, days, nil)
        }
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")),
          let arrow = bytes[space...].firstIndex(of: 0xE2), arrow + 4 < bytes.count,
          bytes[arrow + 1] == 0x86, bytes[arrow + 2] == 0x92,
          bytes[arrow - 1] == UInt8(ascii: " "), bytes[arrow + 3] == UInt8(ascii: " "),
          let before = Days(utf8: .init(rebasing: bytes[(space + 1)..<(arrow - 1)])),
          let after = Days(utf8: .init(rebasing: bytes[(arrow + 4)...]))
        else { return nil }
        return (0..<space, before, after)
      }
      guard let found else { return nil }
      let utf8 = record.utf8
      id =
        record[
          utf8.index(
            utf8.startIndex, offsetBy: found.id.lowerBound)..<utf8.index(
              utf8.startIndex, offsetBy: found.id.upperBound)]
      (before, after) = (found.before, found.after)
    }
  }
}

/// FNV-1a over 64 bits with a final mix: a hash that is the same in every process and on every
/// machine (Swift's `Hasher` is seeded per process), for fingerprints a file keeps.
struct Hasher64 {
  private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

  init() {}

  /// A hasher that goes on from `state`, another's state after what it added.
  ///
  /// - Complexity: O(1).
  init(state: UInt64) { self.state = state }

  mutating func add(byte: UInt8) {
    state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  mutating func add(_ text: some StringProtocol) {
    // In place when the text is stored contiguously, as ids are: no iterator per byte.
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var state = self.state
      for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
      self.state = state
    }
    if done == nil {
      for byte in text.utf8 { add(byte: byte) }
    }
    add(byte: 0)
  }

  mutating func add(_ value: Int32) {
    let bits = UInt32(bitPattern: value)
    for shift in stride(from: 0, to: 32, by: 8) {
      add(byte: UInt8(truncatingIfNeeded: bits >> shift))
    }
  }

  mutating func add(_ days: Journal.Days?) {
    guard let days else { return add(byte: 0) }
    add(byte: 1)
    add(days.start)
    guard let end = days.end else { return add(byte: 0) }
    add(byte: 1)
    add(end)
  }

  mutating func add(_ days: Journal.Days) { add(Optional(days)) }

  /// The state mixed (splitmix64's finaliser), so that sums of hashes do not cancel along
  /// FNV's structure.
  var value: UInt64 {
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}

extension Journal.Digest {
  /// Whether two effects hold the same changes when one of them or both are summed up: the
  /// counts and the changes' fingerprint agree. Nil when neither is a digest.
  ///
  /// - Complexity: O(k) for the k records of one listed.
  public static func same(_ a: [String], _ b: [String]) -> Bool? {
    let (first, second) = (Self(effect: a), Self(effect: b))
    guard first != nil || second != nil else { return nil }
    func key(_ effect: [String], _ digest: Self?) -> (counts: [Int], changes: UInt64)? {
      guard let digest else { return ofRecords(effect) }
      return ([digest.moved, digest.added, digest.removed], digest.changes)
    }
    guard let x = key(a, first), let y = key(b, second) else { return false }
    return x.counts == y.counts && x.changes == y.changes
  }

  /// What an effect changed, in words: "124960 onderdelen verschoven (samengevat)".
  public static func text(_ effect: [String]) -> Phrase {
    guard let digest = Self(effect: effect) else {
      return Phrase(
        nl: "\(effect.count) wijzigingen, één voor één", en: "\(effect.count) changes, one by one")
    }
    return Phrase(
      nl:
        "\(digest.moved) verschoven, \(digest.added) nieuw, \(digest.removed) weg (samengevat; vingerafdruk \(hex(digest.changes)))",
      en:
        "\(digest.moved) moved, \(digest.added) new, \(digest.removed) removed (summed up; fingerprint \(hex(digest.changes)))"
    )
  }
}

extension Journal {
  /// A record of a step's effect read back as a change, for `geschiedenis` to show in words;
  /// its dates are days, as the record keeps them, not the precision they were written in.
  /// Nil for a record it cannot read.
  ///
  /// - Complexity: O(the record's length).
  public static func change(_ record: String) -> PlanDiff.Change? {
    guard let read = Record(record) else { return nil }
    func span(_ days: Days?) -> PlanDiff.Span? {
      days.map {
        PlanDiff.Span(
          start: PlanDate(Day(raw: $0.start)), end: PlanDate(Day(raw: $0.end ?? $0.start)),
          milestone: $0.end == nil)
      }
    }
    return PlanDiff.Change(id: String(read.id), before: span(read.before), after: span(read.after))
  }
}
