/// A JSON object's members in the order they were read. A Planwerk object has a dozen keys at
/// most, and scanning that few is several times faster than hashing them: opening a plan of
/// 10,000 items spent a third of its time in the hasher when objects were dictionaries.
public struct JSONObject: Sendable, ExpressibleByDictionaryLiteral {
  public private(set) var members: [(key: String, value: JSONValue)]

  public init(_ members: [(key: String, value: JSONValue)] = []) {
    self.members = members
  }

  public init(_ dictionary: [String: JSONValue]) {
    members = dictionary.map { ($0.key, $0.value) }
  }

  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    members = elements.map { ($0.0, $0.1) }
  }

  public var count: Int { members.count }
  public var isEmpty: Bool { members.isEmpty }
  public var keys: [String] { members.map(\.key) }
  public var values: [JSONValue] { members.map(\.value) }

  public func index(of key: String) -> Int? {
    members.firstIndex { $0.key == key }
  }

  public subscript(key: String) -> JSONValue? {
    get { index(of: key).map { members[$0].value } }
    set {
      switch (index(of: key), newValue) {
      case (let i?, let value?): members[i].value = value
      case (let i?, nil): members.remove(at: i)
      case (nil, let value?): members.append((key, value))
      case (nil, nil): break
      }
    }
  }

  /// Takes a member out and returns its value.
  public mutating func removeValue(forKey key: String) -> JSONValue? {
    index(of: key).map { members.remove(at: $0).value }
  }

  /// Appends a member whose key the caller knows to be new.
  mutating func append(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }
}

extension JSONObject: Equatable {
  /// Equal when they hold the same members, in whatever order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.count == rhs.count && lhs.members.allSatisfy { rhs[$0.key] == $0.value }
  }
}
