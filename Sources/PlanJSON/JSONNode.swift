#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One value of a parsed document: what a reader holds instead of a copy of the value.
public struct JSONNode: Sendable {
  public let document: JSONDocument
  let index: Int

  public var kind: JSONDocument.Kind { document.tokens[index].kind }
  public var typeName: String { kind.typeName }

  public var string: String? { kind == .string ? document.string(index) : nil }

  /// A string's bytes, when it has no escapes to decode first.
  public func withUTF8<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
    let token = document.tokens[index]
    guard token.kind == .string, !token.escaped else { return nil }
    return body(
      UnsafeBufferPointer(rebasing: document.bytes[Int(token.first)..<Int(token.second)]))
  }

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
    let document = self.document
    let object = index
    let found: (Int, Int)? = document.tokens.withUnsafeBufferPointer { tokens in
      guard tokens[object].kind == .object, tokens[object].first > 0 else { return nil }
      let count = Int(tokens[object].first)
      if cursor.token < 0 || cursor.ordinal >= count {
        cursor = Cursor(ordinal: 0, token: object + 1)
      }
      var key = key
      return key.withUTF8 { key in
        if tokens[object].sortedKeys {
          return Self.sortedMember(key, in: tokens, count: count, object: object, document, &cursor)
        }
        var ordinal = cursor.ordinal
        var token = cursor.token
        for _ in 0..<count {
          let t = tokens[token]
          if t.escaped
            ? document.string(token).utf8.elementsEqual(key)
            : Int(t.second - t.first) == key.count
              && (key.isEmpty
                || memcmp(key.baseAddress!, document.bytes.baseAddress! + Int(t.first), key.count)
                  == 0)
          {
            cursor = Cursor(ordinal: ordinal + 1, token: tokens[token + 1].next(at: token + 1))
            return (ordinal, token + 1)
          }
          ordinal += 1
          token = tokens[token + 1].next(at: token + 1)
          if ordinal == count { (ordinal, token) = (0, object + 1) }
        }
        return nil
      }
    }
    return found.map { ($0, JSONNode(document: document, index: $1)) }
  }

  /// A member of an object whose keys ascend: found forward from the cursor, and known to be
  /// absent at the first greater key, so that an optional key a reader asks for costs a
  /// comparison or two instead of a pass over every member.
  ///
  /// - Complexity: O(the members between the cursor and the key).
  private static func sortedMember(
    _ key: UnsafeBufferPointer<UInt8>, in tokens: UnsafeBufferPointer<JSONDocument.Token>,
    count: Int, object: Int, _ document: JSONDocument, _ cursor: inout Cursor
  ) -> (Int, Int)? {
    func order(_ t: JSONDocument.Token) -> Int {
      let length = Int(t.second - t.first)
      let shared = min(length, key.count)
      let bytes =
        shared == 0
        ? 0 : memcmp(document.bytes.baseAddress! + Int(t.first), key.baseAddress!, shared)
      return bytes != 0 ? Int(bytes) : length - key.count
    }
    func scan(from ordinal: Int, _ token: Int, to end: Int) -> (found: (Int, Int)?, moved: Bool) {
      var (ordinal, token) = (ordinal, token)
      let first = ordinal
      while ordinal < end {
        let o = order(tokens[token])
        if o == 0 {
          cursor = Cursor(ordinal: ordinal + 1, token: tokens[token + 1].next(at: token + 1))
          return ((ordinal, token + 1), true)
        }
        if o > 0 { break }
        ordinal += 1
        token = tokens[token + 1].next(at: token + 1)
      }
      return (nil, ordinal > first)
    }
    let start = cursor.ordinal
    let ahead = scan(from: start, cursor.token, to: count)
    if let found = ahead.found { return found }
    // Past a smaller key at the cursor, everything before it is smaller still.
    guard start > 0, !ahead.moved else { return nil }
    return scan(from: 0, object + 1, to: start).found
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
