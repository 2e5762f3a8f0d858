import PlanKit

/// The interpreter's only way to files, so the core stays pure: the executable passes the
/// real file system, tests pass `MemoryFiles`.
public protocol FileAccess: Sendable {
  func read(_ path: String) throws(PlanError) -> String
  /// The file's bytes, checked as UTF-8, lent to `body`: how sessions are opened, so a large
  /// one need not become a string first.
  func withBytes<T>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(PlanError) -> T
  ) throws(PlanError) -> T
  /// The file's bytes as they are, in whatever encoding another program wrote them: how
  /// `importeer` reads an Excel CSV saved in the Windows code page.
  func readBytes(_ path: String) throws(PlanError) -> [UInt8]
  /// Replaces the file as a whole or not at all: how sessions are saved.
  func write(_ path: String, _ contents: String) throws(PlanError)
  /// `write` for a session already encoded as UTF-8: a large one is not copied into a string.
  func write(_ path: String, bytes: [UInt8]) throws(PlanError)
  /// Writes an export: like `write` for a file, but a pipe or terminal is written into.
  func export(_ path: String, _ contents: String) throws(PlanError)
  /// Writes an export that is not text (a PDF, a PNG), as `export` does.
  func export(_ path: String, bytes: [UInt8]) throws(PlanError)
  /// Entries of a directory for completion; directories end in `/`.
  func list(_ directory: String) -> [String]
}

extension FileAccess {
  public func write(_ path: String, bytes: [UInt8]) throws(PlanError) {
    try write(path, String(decoding: bytes, as: UTF8.self))
  }

  public func readBytes(_ path: String) throws(PlanError) -> [UInt8] {
    Array(try read(path).utf8)
  }

  public func withBytes<T>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(PlanError) -> T
  ) throws(PlanError) -> T {
    var text = try read(path)
    return try text.withTypedUTF8(body)
  }
}

/// Files held in memory, for tests and for sessions that must not touch the disk.
public final class MemoryFiles: FileAccess, @unchecked Sendable {
  // Guarded by the single-threaded interpreter that owns it; tests use one per test.
  public var files: [String: String]
  /// Directories where writing fails, as on a read-only disk.
  public var readOnly: Set<String> = []
  /// The files written by `export` rather than by `write`.
  public var exported: Set<String> = []
  /// The files exported as bytes (a PDF, a PNG).
  public var binaries: [String: [UInt8]] = [:]

  public init(_ files: [String: String] = [:]) {
    self.files = files
  }

  public func read(_ path: String) throws(PlanError) -> String {
    guard let text = files[path] else {
      throw PlanError(nl: "bestand '\(path)' bestaat niet", en: "file '\(path)' does not exist")
    }
    return text
  }

  public func write(_ path: String, _ contents: String) throws(PlanError) {
    let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    guard !readOnly.contains(directory) else {
      throw PlanError(
        nl:
          "kan '\(path)' niet schrijven: de map is alleen-lezen; het plan staat nog in het geheugen",
        en: "cannot write '\(path)': the directory is read-only; the plan is still in memory")
    }
    files[path] = contents
  }

  /// A file given as bytes (`binaries`) as it is, else the text's UTF-8.
  public func readBytes(_ path: String) throws(PlanError) -> [UInt8] {
    if let bytes = binaries[path] { return bytes }
    return Array(try read(path).utf8)
  }

  /// Kept apart from sessions, so that tests can tell an export from a save.
  public func export(_ path: String, _ contents: String) throws(PlanError) {
    try write(path, contents)
    exported.insert(path)
  }

  public func export(_ path: String, bytes: [UInt8]) throws(PlanError) {
    try write(path, "")
    files[path] = nil
    binaries[path] = bytes
    exported.insert(path)
  }

  public func list(_ directory: String) -> [String] {
    let prefix =
      directory.isEmpty || directory == "."
      ? "" : directory.hasSuffix("/") ? directory : directory + "/"
    var names = Set<String>()
    for path in files.keys where path.hasPrefix(prefix) {
      let rest = path.dropFirst(prefix.count)
      if let slash = rest.firstIndex(of: "/") {
        names.insert(String(rest[..<slash]) + "/")
      } else {
        names.insert(String(rest))
      }
    }
    return names.sorted()
  }
}
