/// A phase (a bar with a half-open interval) or a milestone (a point in time).
public struct Item: Hashable, Sendable {
  public enum ItemType: String, Sendable, CaseIterable {
    case phase
    case milestone
  }

  /// Full id: `r1.voorbereiding` in a lot, or a plain name for a plan-level milestone.
  public var id: String
  public var type: ItemType
  /// One of the standard phase kinds, a custom kind, or `mijlpaal` for a plain milestone.
  public var kind: String
  public var title: String?
  public var start: PlanDate
  /// Exclusive: "1 mei 2022 – 1 sept. 2022" ends where the next phase starts. Equals `start`
  /// for a milestone.
  public var end: PlanDate

  /// How long a phase is: until a given day, or for a duration. A milestone has no length.
  public enum Length: Hashable, Sendable {
    case point
    case until(PlanDate)
    case duration(PlanDuration)
  }

  /// The start the user gave, or nil when the start follows the item's links.
  public var anchor: PlanDate?
  public var length: Length
  /// A fixed item keeps its anchor whatever its links say; a violated link is reported.
  public var fixed: Bool
  /// `niet eerder dan`: the earliest start.
  public var notBefore: PlanDate?
  /// `uiterlijk`: the latest end (a milestone's latest date).
  public var deadline: PlanDate?
  /// How many days `verschuif` has moved the item as a whole. A length in months is counted
  /// from where the item would be without them, so that a shift by days or weeks moves its
  /// end by exactly as many days as its start (1 sept. – 1 jul. less two weeks is 18 aug. –
  /// 17 jun., not 18 jun.).
  public var dayShift = 0
  /// Who owns the step (`eigenaar`, trekker), a note, and where its documents are: what a
  /// project leader chases and points to; they never move a date.
  public var owner: String?
  public var note: String?
  public var documents: [Document] = []
  /// What really happened (`gestart`, `gereed`); nil while nothing is known.
  public var progress: Progress?

  /// An item with given dates: a phase from `start` until `end`, or a milestone on `start`,
  /// which is fixed (a contract start such as 1 januari 2024 never moves by itself).
  public init(
    id: String, type: ItemType, kind: String, title: String? = nil, start: PlanDate, end: PlanDate
  ) {
    self.id = id
    self.type = type
    self.kind = kind
    self.title = title
    self.start = start
    self.end = end
    self.anchor = start
    self.length = type == .milestone ? .point : .until(end)
    self.fixed = type == .milestone
  }

  /// The lot an item belongs to, from its id; nil for a plan-level milestone.
  public var lotID: String? { id.lotPart }

  /// Whether the id is `lot.name` for this lot (a lot id has no dot); `lotID == lot`
  /// without building a string.
  public func belongs(to lot: String) -> Bool {
    id.isItemID(of: lot)
  }

  /// The part of the id after the lot.
  public var name: String { Self.name(ofID: id) }

  /// The part of `id` after the lot.
  ///
  /// - Complexity: O(the id's length).
  static func name(ofID id: String) -> String {
    // Stepped over by its byte: the dot is one, and a step by characters validated each.
    id.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(id[id.utf8.index(after: $0)...]) }
      ?? id
  }

  /// Why the item's own rules cannot be scheduled, whatever its derived dates say.
  public var ruleDefect: Phrase? {
    var rule = self
    rule.start = anchor ?? start
    switch length {
    case .point: rule.end = rule.start
    case .until(let until): rule.end = until
    case .duration(let duration):
      guard duration.amount > 0 else {
        return Self.noLength
      }
      rule.end = PlanDate(rule.start.day.adding(days: 1))
    }
    return rule.defect
  }

  /// Why the item is not well formed, or nil when it is.
  public var defect: Phrase? {
    if let years = Self.yearsDefect(start, end) { return years }
    switch (type, length) {
    case (.milestone, .until), (.milestone, .duration), (.phase, .point):
      return Phrase(nl: "de lengte past niet bij de soort", en: "the length does not fit the type")
    default: break
    }
    if fixed && anchor == nil {
      return Phrase(nl: "een vast onderdeel heeft een datum", en: "a fixed item has a date")
    }
    return Self.datesDefect(type, start, end)
  }

  static func yearsDefect(_ start: PlanDate, _ end: PlanDate) -> Phrase? {
    guard Day.supportedDays.contains(start.day), Day.supportedDays.contains(end.day) else {
      return Phrase(
        nl: "de data vallen buiten de jaren 1000–9999",
        en: "the dates fall outside the years 1000–9999")
    }
    return nil
  }

  /// What can be wrong with an item's dates alone, as a schedule sets them: outside the years
  /// a plan holds, a milestone over more than a day, a phase that ends before it starts.
  ///
  /// - Complexity: O(1).
  static func datesDefect(_ type: ItemType, _ start: PlanDate, _ end: PlanDate) -> Phrase? {
    if let years = yearsDefect(start, end) { return years }
    switch type {
    case .milestone where start != end:
      return Phrase(nl: "een mijlpaal heeft één datum", en: "a milestone has a single date")
    case .phase where end.day <= start.day:
      return Phrase(
        nl: "het einde (\(end.day.text(.nl))) ligt niet na het begin (\(start.day.text(.nl)))",
        en: "the end (\(end.day.text(.en))) is not after the start (\(start.day.text(.en)))")
    default:
      return nil
    }
  }
}

extension String {
  /// The lot of an item id (`r1` of `r1.gunning`), nil for an id without a dot: found by its
  /// bytes, not by characters, since every command asks it of every id it touched. A dot
  /// never starts a character of a valid id, so the first dot byte is the first dot.
  ///
  /// - Complexity: O(length of the lot's id).
  public var lotPart: String? {
    let fast = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      bytes.firstIndex(of: UInt8(ascii: ".")).map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self)
      }
    }
    if let fast { return fast }
    return utf8.firstIndex(of: UInt8(ascii: ".")).map { String(self[..<$0]) }
  }

  /// Whether this is the id of an item of `lot` (`lot.name`), compared by bytes: no string
  /// is made, as a pass over every link of a large plan needs.
  ///
  /// - Complexity: O(length of the lot's id).
  public func isItemID(of lot: String) -> Bool {
    let id = utf8
    let prefix = lot.utf8
    guard id.count > prefix.count else { return false }
    // Both strings' bytes where they lie, as almost every string is: compared at once.
    let fast = id.withContiguousStorageIfAvailable { idBytes in
      prefix.withContiguousStorageIfAvailable { lotBytes in
        idBytes[lotBytes.count] == UInt8(ascii: ".")
          && idBytes.prefix(lotBytes.count).elementsEqual(lotBytes)
      }
    }
    if let fast, let answer = fast { return answer }
    return id.starts(with: prefix)
      && id[id.index(id.startIndex, offsetBy: prefix.count)] == UInt8(ascii: ".")
  }
}

extension Item {
  /// What is wrong with a phase of no length, wherever it is found.
  public static let noLength = Phrase(
    nl: "een fase duurt langer dan nul", en: "a phase lasts longer than zero")
}
