/// A JSON object's members in the order they were given, for the values Planwerk writes
/// (exports, settings) and for tests; session files are read through `JSONDocument`. A dozen
/// keys at most: scanning them beats hashing them.
public struct JSONObject: Sendable, ExpressibleByDictionaryLiteral {
  public struct Member: Sendable {
    public let key: String
    public var value: JSONValue
  }

  public private(set) var members: [Member]

  public init(_ members: [Member] = []) {
    self.members = members
  }

  public init(_ dictionary: [String: JSONValue]) {
    members = dictionary.map { Member(key: $0.key, value: $0.value) }
  }

  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    members = elements.map { Member(key: $0.0, value: $0.1) }
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
      case (nil, let value?): members.append(Member(key: key, value: value))
      case (nil, nil): break
      }
    }
  }
}

extension JSONObject: Equatable {
  /// Equal when they hold the same members, in whatever order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.count == rhs.count && lhs.members.allSatisfy { rhs[$0.key] == $0.value }
  }
}
