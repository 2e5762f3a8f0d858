import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system. Writes go to a temporary file beside the target, are flushed with
/// fsync and renamed over it, so a crash leaves either the old file or the new one, never half.
public struct DiskFiles: FileAccess {
  /// Files larger than this are refused before reading: no session comes near it.
  public static let maxReadBytes = 64 * 1024 * 1024

  public init() {}

  public func read(_ path: String) throws(PlanError) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(errno, reading: path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(errno, reading: path) }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      throw PlanError(nl: "'\(path)' is geen gewoon bestand", en: "'\(path)' is not a regular file")
    }
    guard Int(info.st_size) <= Self.maxReadBytes else {
      throw PlanError(
        nl: "'\(path)' is te groot voor een sessie (\(info.st_size / 1_048_576) MB)",
        en: "'\(path)' is too large for a session (\(info.st_size / 1_048_576) MB)")
    }
    // Read straight into a buffer of the file's size; a file that grows meanwhile is read on.
    var bytes: [UInt8] = []
    var chunk = Int(info.st_size) + 1
    while true {
      let more = try [UInt8](unsafeUninitializedCapacity: chunk) {
        buffer, count throws(PlanError) in
        while true {
          let n = Glibc.read(fd, buffer.baseAddress, chunk)
          if n >= 0 {
            count = n
            return
          }
          let code = errno
          if code != EINTR { throw failure(code, reading: path) }
        }
      }
      if more.isEmpty { break }
      if bytes.isEmpty { bytes = more } else { bytes += more }
      guard bytes.count <= Self.maxReadBytes else {
        throw PlanError(
          nl: "'\(path)' is te groot voor een sessie", en: "'\(path)' is too large for a session")
      }
      chunk = 65_536
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw PlanError(nl: "'\(path)' is geen UTF-8-tekst", en: "'\(path)' is not UTF-8 text")
    }
    return text
  }

  public func write(_ path: String, _ contents: String) throws(PlanError) {
    let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let temporary = "\(path).tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw failure(errno, writing: path) }
    var text = contents
    // Written from the string's own storage: a 40 MB session is not copied first.
    let failed: Int32? = text.withUTF8 { bytes in
      var written = 0
      while written < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += n
      }
      return nil
    }
    if let code = failed {
      close(fd)
      unlink(temporary)
      throw failure(code, writing: path)
    }
    guard fsync(fd) == 0 else {
      let code = errno
      close(fd)
      unlink(temporary)
      throw failure(code, writing: path)
    }
    close(fd)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code, writing: path)
    }
    // The rename itself must reach the disk too.
    let dirfd = open(directory.isEmpty ? "/" : directory, O_RDONLY)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  public func list(_ directory: String) -> [String] {
    guard let dir = opendir(directory.isEmpty ? "." : directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      guard name != ".", name != ".." else { continue }
      let full = (directory.hasSuffix("/") ? directory : directory + "/") + name
      var info = stat()
      let isDirectory = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      names.append(isDirectory ? name + "/" : name)
    }
    return names.sorted()
  }

  func failure(_ code: Int32, reading path: String) -> PlanError {
    PlanError(
      nl: "kan '\(path)' niet lezen: \(reason(code, .nl))",
      en: "cannot read '\(path)': \(reason(code, .en))")
  }

  func failure(_ code: Int32, writing path: String) -> PlanError {
    PlanError(
      nl:
        "kan '\(path)' niet schrijven: \(reason(code, .nl)); het plan is niet bewaard en staat nog in het geheugen",
      en:
        "cannot write '\(path)': \(reason(code, .en)); the plan was not saved and is still in memory"
    )
  }

  func reason(_ code: Int32, _ language: Language) -> String {
    let dutch: [Int32: String] = [
      ENOENT: "het bestand of de map bestaat niet", EACCES: "geen toestemming",
      EROFS: "alleen-lezen bestandssysteem", ENOSPC: "de schijf is vol", EISDIR: "het is een map",
      ENOTDIR: "een deel van het pad is geen map",
    ]
    if language == .nl, let text = dutch[code] { return text }
    return String(cString: strerror(code))
  }
}
