import PlanKit
import PlanRender

/// Reads one JSON object key by key, naming the key path in every complaint, and refuses keys
/// it was not asked for (a typo in a hand-edited file must not be silently ignored).
struct ObjectReader {
  let place: Place
  private var members: JSONObject

  /// Where a value is in the file: `plan.lots[3]`. An element's place is put into words only
  /// when there is something to complain about, since a large plan has many thousands.
  struct Place: CustomStringConvertible, ExpressibleByStringLiteral {
    let base: String
    let index: Int?

    init(_ base: String, index: Int? = nil) {
      self.base = base
      self.index = index
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String { index.map { "\(base)[\($0)]" } ?? base }
  }

  var path: String { place.description }

  init(_ value: JSONValue, path: Place) throws(PlanError) {
    guard case .object(let members) = value else {
      let path = path.description
      throw PlanError(
        nl: "\(path.isEmpty ? "het bestand" : path): verwacht een object, vond \(value.typeName)",
        en: "\(path.isEmpty ? "the file" : path): expected an object, found \(value.typeName)")
    }
    self.place = path
    self.members = members
  }

  init(_ value: JSONValue, path: String) throws(PlanError) {
    try self.init(value, path: Place(path))
  }

  func has(_ key: String) -> Bool { members.index(of: key) != nil }

  /// The keys not read yet, sorted.
  var keys: [String] { members.keys.sorted() }

  private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  private mutating func take(_ key: String) throws(PlanError) -> JSONValue {
    guard let value = members.removeValue(forKey: key) else {
      throw PlanError(nl: "\(name(key)) ontbreekt", en: "\(name(key)) is missing")
    }
    return value
  }

  private func wrongType(_ key: String, _ expected: String, _ found: JSONValue) -> PlanError {
    PlanError(
      nl: "\(name(key)): verwacht \(expected), vond \(found.typeName)",
      en: "\(name(key)): expected \(expected), found \(found.typeName)")
  }

  mutating func string(_ key: String) throws(PlanError) -> String {
    let value = try take(key)
    guard case .string(let s) = value else { throw wrongType(key, "string", value) }
    return s
  }

  /// A key that may be absent or null.
  mutating func optional<T>(
    _ key: String, _ read: (inout ObjectReader, String) throws(PlanError) -> T
  ) throws(PlanError) -> T? {
    guard let value = members[key], value != .null else {
      members[key] = nil
      return nil
    }
    return try read(&self, key)
  }

  mutating func optionalString(_ key: String) throws(PlanError) -> String? {
    try optional(key) { reader, key throws(PlanError) in try reader.string(key) }
  }

  mutating func int(_ key: String) throws(PlanError) -> Int {
    let value = try take(key)
    guard case .int(let n) = value else { throw wrongType(key, "integer", value) }
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
    guard case .bool(let b) = value else { throw wrongType(key, "boolean", value) }
    return b
  }

  mutating func object(_ key: String) throws(PlanError) -> ObjectReader {
    try ObjectReader(try take(key), path: name(key))
  }

  mutating func array(_ key: String) throws(PlanError) -> [(JSONValue, Place)] {
    let value = try take(key)
    guard case .array(let values) = value else { throw wrongType(key, "array", value) }
    let base = name(key)
    return values.enumerated().map { ($1, Place(base, index: $0)) }
  }

  func finish() throws(PlanError) {
    if let key = members.keys.sorted().first {
      throw PlanError(nl: "\(name(key)): onbekende sleutel", en: "\(name(key)): unknown key")
    }
  }
}

extension Array {
  func mapChecked<T>(_ transform: (Element) throws(PlanError) -> T) throws(PlanError) -> [T] {
    var out: [T] = []
    out.reserveCapacity(count)
    for element in self { out.append(try transform(element)) }
    return out
  }
}
