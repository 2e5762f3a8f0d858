import PlanJSON
import PlanKit

/// Reads one JSON object key by key, naming the key path in every complaint, and refuses keys
/// it was not asked for (a typo in a hand-edited file must not be silently ignored).
struct ObjectReader {
  let place: Place
  private let node: JSONNode
  /// The members read so far: bit i for member i, a set beyond the 64th. The document itself
  /// is only ever read.
  private var readLow: UInt64 = 0
  private var readHigh: Set<Int> = []
  private var cursor = JSONNode.Cursor()

  /// Where a value is in the file: `plan.lots[3].items[2]`. A place is put into words only
  /// when there is something to complain about, since a large plan has many thousands: a key
  /// and an element below an element are kept apart, and only deeper places are written out.
  struct Place: CustomStringConvertible, ExpressibleByStringLiteral {
    let base: String
    let index: Int?
    let member: String?
    let memberIndex: Int?

    init(_ base: String, index: Int? = nil) {
      self.init(base: base, index: index, member: nil, memberIndex: nil)
    }

    private init(base: String, index: Int?, member: String?, memberIndex: Int?) {
      (self.base, self.index, self.member, self.memberIndex) = (base, index, member, memberIndex)
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String {
      var text = base
      if let index { text += "[\(index)]" }
      if let member { text += text.isEmpty ? member : "." + member }
      if let memberIndex { text += "[\(memberIndex)]" }
      return text
    }

    /// The place of the member `key` of the object here.
    ///
    /// - Complexity: O(1), unless the place is deeper than a member of an element.
    func child(_ key: String) -> Place {
      guard member == nil else {
        let path = description
        return Place(path.isEmpty ? key : "\(path).\(key)")
      }
      return Place(base: base, index: index, member: key, memberIndex: nil)
    }

    /// The place of element `i` of the array here.
    ///
    /// - Complexity: O(1), unless the place is deeper than a member of an element.
    func element(_ i: Int) -> Place {
      if member == nil, index == nil { return Place(base, index: i) }
      if member != nil, memberIndex == nil {
        return Place(base: base, index: index, member: member, memberIndex: i)
      }
      return Place(description, index: i)
    }
  }

  var path: String { place.description }

  init(_ value: JSONNode, path: Place) throws(PlanError) {
    guard value.kind == .object else {
      let path = path.description
      throw PlanError(
        nl: "\(path.isEmpty ? "het bestand" : path): verwacht een object, vond \(value.typeName)",
        en: "\(path.isEmpty ? "the file" : path): expected an object, found \(value.typeName)")
    }
    self.place = path
    self.node = value
  }

  init(_ value: JSONNode, path: String) throws(PlanError) {
    try self.init(value, path: Place(path))
  }

  private func isRead(_ i: Int) -> Bool {
    i < 64 ? readLow & (1 << UInt64(i)) != 0 : readHigh.contains(i)
  }

  private mutating func markRead(_ i: Int) {
    if i < 64 { readLow |= 1 << UInt64(i) } else { readHigh.insert(i) }
  }

  /// An unread member: its place among the members and its value.
  private mutating func unread(_ key: String) -> (ordinal: Int, value: JSONNode)? {
    node.member(key, from: &cursor).flatMap { isRead($0.ordinal) ? nil : $0 }
  }

  mutating func has(_ key: String) -> Bool { unread(key) != nil }

  /// The keys not read yet, sorted.
  var keys: [String] {
    node.keys.enumerated().filter { !isRead($0.offset) }.map(\.element).sorted()
  }

  private func name(_ key: String) -> String { place.child(key).description }

  private mutating func take(_ key: String) throws(PlanError) -> JSONNode {
    guard let member = unread(key) else {
      throw PlanError(nl: "\(name(key)) ontbreekt", en: "\(name(key)) is missing")
    }
    markRead(member.ordinal)
    return member.value
  }

  private func wrongType(_ key: String, _ expected: String, _ found: JSONNode) -> PlanError {
    PlanError(
      nl: "\(name(key)): verwacht \(expected), vond \(found.typeName)",
      en: "\(name(key)): expected \(expected), found \(found.typeName)")
  }

  mutating func string(_ key: String) throws(PlanError) -> String {
    let value = try take(key)
    guard let s = value.string else { throw wrongType(key, "string", value) }
    return s
  }

  /// A string parsed straight from the file's bytes, without making a string unless `parse`
  /// refuses it: then `refusal` says why.
  mutating func string<T>(
    _ key: String, as parse: (UnsafeBufferPointer<UInt8>) -> T?,
    else refusal: (String) -> PlanError
  ) throws(PlanError) -> T {
    let value = try take(key)
    if let parsed = value.withUTF8(parse), let parsed { return parsed }
    guard let text = value.string else { throw wrongType(key, "string", value) }
    var copy = text
    guard let parsed = copy.withUTF8(parse) else { throw refusal(text) }
    return parsed
  }

  /// A key that may be absent or null.
  mutating func optional<T>(
    _ key: String, _ read: (inout ObjectReader, String) throws(PlanError) -> T
  ) throws(PlanError) -> T? {
    guard let member = unread(key) else { return nil }
    guard member.value.kind != .null else {
      markRead(member.ordinal)
      return nil
    }
    return try read(&self, key)
  }

  /// Found once: an item has a handful of optional strings, and a large plan many items.
  mutating func optionalString(_ key: String) throws(PlanError) -> String? {
    guard let member = unread(key) else { return nil }
    markRead(member.ordinal)
    guard member.value.kind != .null else { return nil }
    guard let text = member.value.string else { throw wrongType(key, "string", member.value) }
    return text
  }

  mutating func int(_ key: String) throws(PlanError) -> Int {
    let value = try take(key)
    guard let n = value.int else { throw wrongType(key, "integer", value) }
    return n
  }

  mutating func optionalInt(_ key: String) throws(PlanError) -> Int? {
    try optional(key) { reader, key throws(PlanError) in try reader.int(key) }
  }

  /// A string that must be the raw value of one of `T`'s cases.
  mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type = T.self)
    throws(PlanError) -> T where T.RawValue == String
  {
    let text = try string(key)
    guard let value = T(rawValue: text) else {
      let names = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw PlanError(
        nl: "\(name(key)): '\(text)' kan niet; kies uit \(names)",
        en: "\(name(key)): '\(text)' is not one of \(names)")
    }
    return value
  }

  mutating func bool(_ key: String) throws(PlanError) -> Bool {
    let value = try take(key)
    guard let b = value.bool else { throw wrongType(key, "boolean", value) }
    return b
  }

  mutating func optionalBool(_ key: String) throws(PlanError) -> Bool? {
    try optional(key) { reader, key throws(PlanError) in try reader.bool(key) }
  }

  mutating func object(_ key: String) throws(PlanError) -> ObjectReader {
    try ObjectReader(try take(key), path: place.child(key))
  }

  /// An array's elements, each read with its place in the file.
  struct Elements {
    let values: JSONNode.Elements
    let base: Place

    func mapChecked<T>(_ transform: (JSONNode, Place) throws(PlanError) -> T) throws(PlanError)
      -> [T]
    {
      var out: [T] = []
      out.reserveCapacity(values.count)
      for (i, value) in values.enumerated() {
        out.append(try transform(value, base.element(i)))
      }
      return out
    }
  }

  mutating func array(_ key: String) throws(PlanError) -> Elements {
    let value = try take(key)
    guard value.kind == .array else { throw wrongType(key, "array", value) }
    return Elements(values: value.elements, base: place.child(key))
  }

  func finish() throws(PlanError) {
    let count = node.elements.count
    let read = readLow.nonzeroBitCount + readHigh.count
    guard read < count else { return }
    if let key = keys.first {
      throw PlanError(nl: "\(name(key)): onbekende sleutel", en: "\(name(key)): unknown key")
    }
  }
}
