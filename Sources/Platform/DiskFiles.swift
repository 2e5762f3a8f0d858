import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system. Writes go to a temporary file beside the target, are flushed with
/// fsync and renamed over it, so a crash leaves either the old file or the new one, never half
/// (DiskFiles+Saving.swift); exports stream into pipes and terminals (DiskFiles+Export.swift).
public struct DiskFiles: FileAccess {
  /// Files larger than this are refused before reading: a session of 100,000 phases typed
  /// with its journal of 150,000 steps is 70 MB.
  public static let maxReadBytes = 512 * 1024 * 1024

  /// Makes the random part of a temporary file's name; tests choose names that are taken.
  let temporaryName: @Sendable () -> String

  public init() {
    temporaryName = Self.randomName
  }

  /// With temporary names from `temporaryName` rather than random ones, for tests.
  public init(temporaryName: @escaping @Sendable () -> String) {
    self.temporaryName = temporaryName
  }

  public func read(_ path: String) throws(PlanError) -> String {
    let (fd, size) = try openRegular(path)
    defer { close(fd) }
    return try read(fd, size: size, path: path)
  }

  public func readBytes(_ path: String) throws(PlanError) -> [UInt8] {
    let (fd, size) = try openRegular(path)
    defer { close(fd) }
    return try [UInt8](unsafeUninitializedCapacity: size) { buffer, count throws(PlanError) in
      count = try fill(buffer, from: fd, path)
    }
  }

  /// A regular file of at most `maxReadBytes`, open for reading, and its size.
  func openRegular(_ path: String) throws(PlanError) -> (Int32, Int) {
    // Non-blocking, or opening a FIFO would wait for a writer before it could be refused;
    // a regular file reads the same either way.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw failure(errno, reading: path) }
    do {
      return (fd, try size(fd, path))
    } catch {
      close(fd)
      throw error
    }
  }

  private func size(_ fd: Int32, _ path: String) throws(PlanError) -> Int {
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
    return Int(info.st_size)
  }

  /// The whole file from its start, whatever its size turns out to be.
  func read(_ fd: Int32, size: Int, path: String) throws(PlanError) -> String {
    guard lseek(fd, 0, SEEK_SET) == 0 else { throw failure(errno, reading: path) }
    if let text = try readWhole(fd, size: size, path: path) { return text }
    // The file grew since it was measured: read it again, in chunks, to its end.
    guard lseek(fd, 0, SEEK_SET) == 0 else { throw failure(errno, reading: path) }
    var bytes: [UInt8] = []
    while true {
      let more = try [UInt8](unsafeUninitializedCapacity: 65_536) {
        buffer, count throws(PlanError) in
        count = try readSome(fd, into: UnsafeMutableBufferPointer(rebasing: buffer[...]), path)
      }
      if more.isEmpty { break }
      bytes += more
      guard bytes.count <= Self.maxReadBytes else {
        throw PlanError(
          nl: "'\(path)' is te groot voor een sessie", en: "'\(path)' is too large for a session")
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw notText(path) }
    return text
  }

  /// The file read straight into the string's own storage and checked as UTF-8 where it lies,
  /// so that a large session is not copied; nil when it turns out longer than `size`.
  func readWhole(_ fd: Int32, size: Int, path: String) throws(PlanError) -> String? {
    var refusal: PlanError?
    var grew = false
    let text = String(unsafeUninitializedCapacity: size + 1) { buffer in
      do throws(PlanError) {
        let count = try fill(buffer, from: fd, path)
        grew = count > size
        if !grew { try checkUTF8(UnsafeBufferPointer(rebasing: buffer[..<count]), path) }
        return grew ? 0 : count
      } catch {
        refusal = error
        return 0
      }
    }
    if let refusal { throw refusal }
    return grew ? nil : text
  }

  /// Reads until `buffer` is full or the file ends: how many bytes came.
  func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from fd: Int32, _ path: String)
    throws(PlanError) -> Int
  {
    var count = 0
    while count < buffer.count {
      let n = try readSome(fd, into: UnsafeMutableBufferPointer(rebasing: buffer[count...]), path)
      if n == 0 { break }
      count += n
    }
    return count
  }

  func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ path: String) throws(PlanError) {
    do {
      _ = try UTF8Span(validating: bytes.span)
    } catch {
      throw notText(path)
    }
  }

  /// One read(2), retried when interrupted: how many bytes came, 0 at the end.
  func readSome(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, _ path: String)
    throws(PlanError) -> Int
  {
    while true {
      let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
      if n >= 0 { return n }
      let code = errno
      if code != EINTR { throw failure(code, reading: path) }
    }
  }

  func notText(_ path: String) -> PlanError {
    PlanError(nl: "'\(path)' is geen UTF-8-tekst", en: "'\(path)' is not UTF-8 text")
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

  func failure(_ code: Int32, writing path: String, _ purpose: Purpose = .save) -> PlanError {
    switch purpose {
    case .save:
      PlanError(
        nl:
          "kan '\(path)' niet schrijven: \(reason(code, .nl)); het plan is niet bewaard en staat nog in het geheugen",
        en:
          "cannot write '\(path)': \(reason(code, .en)); the plan was not saved and is still in memory"
      )
    case .export:
      PlanError(
        nl: "kan '\(path)' niet schrijven: \(reason(code, .nl)); er is niets geëxporteerd",
        en: "cannot write '\(path)': \(reason(code, .en)); nothing was exported")
    }
  }

  func reason(_ code: Int32, _ language: Language) -> String {
    let dutch: [Int32: String] = [
      ENOENT: "het bestand of de map bestaat niet", EACCES: "geen toestemming",
      EROFS: "alleen-lezen bestandssysteem", ENOSPC: "de schijf is vol", EISDIR: "het is een map",
      ENOTDIR: "een deel van het pad is geen map",
      ELOOP: "te veel symbolische koppelingen na elkaar",
      EPIPE: "niemand leest meer", ENAMETOOLONG: "de naam is te lang",
    ]
    if language == .nl, let text = dutch[code] { return text }
    return String(cString: strerror(code))
  }
}
