/// What a write puts in a file: text (a session, most exports) or bytes (a PDF, a PNG).
enum FileContents {
  case text(String)
  case bytes([UInt8])

  /// How many bytes the file gets.
  var count: Int {
    switch self {
    case .text(let text): return text.utf8.count
    case .bytes(let bytes): return bytes.count
    }
  }

  /// The bytes lent to `body` from their own storage: a 40 MB session is not copied.
  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    switch self {
    case .text(var text): return text.withUTF8(body)
    case .bytes(let bytes): return bytes.withUnsafeBufferPointer(body)
    }
  }
}
