/// A parsed JSON text seen as its bytes and one flat list of tokens in document order, rather
/// than a tree of values: opening a session of 10,000 items spent a third of its time making
/// and freeing the tree. Strings and numbers are made only when a reader asks for them.
public final class JSONDocument: @unchecked Sendable {
  public enum Kind: UInt8, Sendable {
    case null, `false`, `true`, int, double, string, array, object

    public var typeName: String {
      switch self {
      case .null: "null"
      case .false, .true: "boolean"
      case .int, .double: "number"
      case .string: "string"
      case .array: "array"
      case .object: "object"
      }
    }
  }

  /// A scalar's token holds its byte range (a string's without the quotes); a container's
  /// holds how many elements or members it has and the index of the token after its last one.
  /// An object's members are its key and value tokens in turn.
  struct Token {
    var first: Int32
    var second: Int32
    var kind: Kind
    /// A string with backslash escapes, made through the slow path.
    var escaped = false

    /// The index of the token after this value's, this token being at `index`.
    func next(at index: Int) -> Int {
      kind == .array || kind == .object ? Int(second) : index + 1
    }

    /// A string token's text.
    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
      let range = UnsafeBufferPointer(rebasing: bytes[Int(first)..<Int(second)])
      return escaped ? JSONParser.unescape(range) : String(decoding: range, as: UTF8.self)
    }
  }

  /// The text's bytes, borrowed from the string being read: the document and its nodes live
  /// only inside `parse`'s body.
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]

  private init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
    self.bytes = bytes
    self.tokens = tokens
  }

  /// Parses `text` and hands its root to `body`. The document reads the string's own storage
  /// rather than a copy of a large session, so neither it nor any node may outlive the call.
  public static func parse<T>(_ text: String, _ body: (JSONNode) -> T)
    throws(JSONParser.Failure) -> T
  {
    var text = text
    return try text.withUTF8 { bytes in
      Result(catching: { () throws(JSONParser.Failure) -> T in try parse(bytes, body) })
    }.get()
  }

  /// The same over UTF-8 bytes, which must stay as they are until `body` returns.
  public static func parse<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONNode) -> T)
    throws(JSONParser.Failure) -> T
  {
    var parser = JSONParser(bytes: bytes)
    try parser.document()
    return body(JSONNode(document: JSONDocument(bytes: bytes, tokens: parser.tokens), index: 0))
  }

  /// The index of the token after the value at `index`.
  func next(_ index: Int) -> Int { tokens[index].next(at: index) }

  func string(_ index: Int) -> String { tokens[index].text(in: bytes) }

  func number(_ index: Int) -> String {
    let token = tokens[index]
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.first)..<Int(token.second)]),
      as: UTF8.self)
  }
}
