/// A JSON object's members in the order they were read. A Planwerk object has a dozen keys at
/// most, and scanning that few is several times faster than hashing them: opening a plan of
/// 10,000 items spent a third of its time in the hasher when objects were dictionaries.
public struct JSONObject: Sendable, ExpressibleByDictionaryLiteral {
  /// A struct, not a tuple: an array of tuples is destroyed through the runtime's generic
  /// tuple code, which was a tenth of opening a large plan.
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
