/// One value of a parsed document: what a reader holds instead of a copy of the value.
public struct JSONNode: Sendable {
  public let document: JSONDocument
  let index: Int

  public var kind: JSONDocument.Kind { document.tokens[index].kind }
  public var typeName: String { kind.typeName }

  public var string: String? { kind == .string ? document.string(index) : nil }

  public var int: Int? { kind == .int ? Int(document.number(index)) : nil }

  public var bool: Bool? {
    switch kind {
    case .true: true
    case .false: false
    default: nil
    }
  }

  /// An array's elements, or an object's values, in order.
  public var elements: Elements { Elements(node: self) }

  public struct Elements: Sequence, Sendable {
    let node: JSONNode

    public var count: Int {
      node.kind == .array || node.kind == .object ? Int(node.document.tokens[node.index].first) : 0
    }

    public struct Iterator: IteratorProtocol {
      let document: JSONDocument
      let isObject: Bool
      var left: Int
      var index: Int

      public mutating func next() -> JSONNode? {
        guard left > 0 else { return nil }
        left -= 1
        if isObject { index += 1 }
        defer { index = document.next(index) }
        return JSONNode(document: document, index: index)
      }
    }

    public func makeIterator() -> Iterator {
      Iterator(
        document: node.document, isObject: node.kind == .object, left: count, index: node.index + 1)
    }

    public var underestimatedCount: Int { count }
  }

  /// Where a search for a member starts: readers ask for keys mostly in the order they are
  /// written, so each search starts after the member found last.
  public struct Cursor: Sendable {
    var ordinal = 0
    var token = -1

    public init() {}

    init(ordinal: Int, token: Int) {
      self.ordinal = ordinal
      self.token = token
    }
  }

  /// An object's member with this key: its place among the members and its value.
  public func member(_ key: String, from cursor: inout Cursor) -> (ordinal: Int, value: JSONNode)? {
    guard kind == .object else { return nil }
    let count = Int(document.tokens[index].first)
    guard count > 0 else { return nil }
    if cursor.token < 0 || cursor.ordinal >= count { cursor = Cursor(ordinal: 0, token: index + 1) }
    var key = key
    let found: (Int, Int)? = key.withUTF8 { key in
      var ordinal = cursor.ordinal
      var token = cursor.token
      for _ in 0..<count {
        if document.string(token, equals: key) {
          cursor = Cursor(ordinal: ordinal + 1, token: document.next(token + 1))
          return (ordinal, token + 1)
        }
        ordinal += 1
        token = document.next(token + 1)
        if ordinal == count { (ordinal, token) = (0, index + 1) }
      }
      return nil
    }
    return found.map { ($0, JSONNode(document: document, index: $1)) }
  }

  /// An object's keys, in order.
  public var keys: [String] {
    guard kind == .object else { return [] }
    var keys: [String] = []
    var index = self.index + 1
    for _ in 0..<Int(document.tokens[self.index].first) {
      keys.append(document.string(index))
      index = document.next(index + 1)
    }
    return keys
  }

  /// The value as a tree, for the few readers that want one.
  public var value: JSONValue {
    switch kind {
    case .null: return .null
    case .false: return .bool(false)
    case .true: return .bool(true)
    case .int: return Int(document.number(index)).map(JSONValue.int) ?? .double(.nan)
    case .double: return .double(Double(document.number(index)) ?? .nan)
    case .string: return .string(document.string(index))
    case .array: return .array(elements.map(\.value))
    case .object:
      return .object(
        JSONObject(zip(keys, elements).map { JSONObject.Member(key: $0, value: $1.value) }))
    }
  }
}
