/// Writes a large document piece by piece in `JSONWriter`'s layout, so that a session of
/// 100,000 items is written straight into one buffer instead of first becoming a tree. An
/// object's members must come in key order, which debug builds check.
public struct JSONStream {
  private var bytes: [UInt8] = []
  /// For each open container: whether it has a member or element yet, and its last key.
  private var open: [(filled: Bool, lastKey: String)] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The document, once every container is closed.
  ///
  /// - Complexity: O(document): the bytes are copied into the string.
  public mutating func finish() -> String {
    String(decoding: finishBytes(), as: UTF8.self)
  }

  /// The document as UTF-8, once every container is closed: how a session is saved, so that
  /// a 70 MB file is not held twice (bytes and string) while it is written.
  ///
  /// - Complexity: O(1).
  public mutating func finishBytes() -> [UInt8] {
    assert(open.isEmpty, "\(open.count) containers left open")
    bytes.append(0x0A)
    defer { bytes = [] }
    return bytes
  }

  private var indent: Int { open.count * 2 }

  /// Starts a member or an element: the separator, the line break and indentation, the key.
  private mutating func next(_ key: StaticString?) {
    guard !open.isEmpty else { return }
    #if DEBUG
      if let key {
        assert(open[open.count - 1].lastKey < key.description, "\(key) comes too late")
        open[open.count - 1].lastKey = key.description
      }
    #endif
    bytes.append(text: open[open.count - 1].filled ? ",\n" : "\n")
    open[open.count - 1].filled = true
    bytes.append(contentsOf: repeatElement(0x20, count: indent))
    if let key {
      bytes.append(0x22)
      key.withUTF8Buffer { bytes.append(contentsOf: $0) }
      bytes.append(text: "\": ")
    }
  }

  public mutating func beginObject(_ key: StaticString? = nil) {
    next(key)
    bytes.append(0x7B)
    open.append((false, ""))
  }

  public mutating func beginArray(_ key: StaticString? = nil) {
    next(key)
    bytes.append(0x5B)
    open.append((false, ""))
  }

  public mutating func endObject() { close(0x7D) }
  public mutating func endArray() { close(0x5D) }

  private mutating func close(_ bracket: UInt8) {
    let filled = open.removeLast().filled
    if filled {
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
    bytes.append(bracket)
  }

  /// A member with a small value, written as `JSONWriter` writes it.
  public mutating func member(_ key: StaticString, _ value: JSONValue) {
    next(key)
    JSONWriter.write(value, indent: indent, into: &bytes)
  }

  /// One flat object on a line of its own in the current array.
  public mutating func line(_ build: (inout JSONLine) -> Void) {
    next(nil)
    JSONLine.write(into: &bytes, build)
  }
}
