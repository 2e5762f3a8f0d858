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
    /// An object whose keys ascend byte by byte, none escaped, as Planwerk writes them: a key
    /// it lacks is known to be absent where a greater one stands.
    var sortedKeys = false

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

  /// Parses UTF-8 `bytes` and hands the root to `body`; a broken text is refused with
  /// `refusal`'s error. The document reads the bytes where they are, not a copy of a large
  /// session, so neither it nor any node may outlive the call, nor the bytes change during it.
  public static func parse<T, E: Error>(
    _ bytes: UnsafeBufferPointer<UInt8>, refusing refusal: (JSONParser.Failure) -> E,
    _ body: (JSONNode) throws(E) -> T
  ) throws(E) -> T {
    var parser = JSONParser(bytes: bytes)
    do throws(JSONParser.Failure) {
      try parser.document()
    } catch {
      throw refusal(error)
    }
    return try body(
      JSONNode(document: JSONDocument(bytes: bytes, tokens: parser.tokens), index: 0))
  }

  /// The same over a string's own storage.
  public static func parse<T, E: Error>(
    _ text: String, refusing refusal: (JSONParser.Failure) -> E,
    _ body: (JSONNode) throws(E) -> T
  ) throws(E) -> T {
    var text = text
    return try text.withTypedUTF8({ bytes throws(E) in try parse(bytes, refusing: refusal, body) })
  }

  /// A text whose only refusal is the parser's own.
  public static func parse<T>(_ text: String, _ body: (JSONNode) -> T)
    throws(JSONParser.Failure) -> T
  {
    try parse(text, refusing: { $0 }, { root throws(JSONParser.Failure) in body(root) })
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
