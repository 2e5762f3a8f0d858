import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saving as careful editors do. The new text goes into a temporary file that only this call
/// can have made (O_EXCL, a random name, never through a symlink), so nobody can plant a
/// link there in a shared directory; it takes the old file's mode and owner, and is renamed
/// over the file a symlink chain ends at, so the link stays a link. A file with more than one
/// name, or one whose owner the saver cannot give a new file, is rewritten where it is, after
/// a complete copy is safe beside it, so every name sees the new session and it keeps its
/// owner. A file without write permission for its owner is refused, also for root.
extension DiskFiles {
  /// What a write is for: its messages differ.
  enum Purpose {
    case save, export
  }

  /// The file a path names after its symlinks, and what is there now (nil: nothing yet).
  struct Target {
    var path: String
    var existing: stat?
  }

  public static func randomName() -> String {
    var generator = SystemRandomNumberGenerator()
    let number: UInt64 = generator.next()
    let digits = String(number, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  public func write(_ path: String, _ contents: String) throws(PlanError) {
    try replace(path, .text(contents), .save)
  }

  public func write(_ path: String, bytes: [UInt8]) throws(PlanError) {
    try replace(path, .bytes(bytes), .save)
  }

  func replace(_ path: String, _ contents: FileContents, _ purpose: Purpose) throws(PlanError) {
    let target = try resolve(path, purpose)
    if let existing = target.existing { try checkReplaceable(path, existing, target.path, purpose) }
    let directory = Self.directory(of: target.path)
    // A new file gets what the umask allows, as editors make it; an old file's copy is private
    // until it has that file's mode.
    let (fd, temporary) = try createTemporary(
      in: directory, mode: target.existing == nil ? 0o666 : 0o600, path, purpose)
    var ownerKept = true
    do throws(PlanError) {
      if let existing = target.existing { ownerKept = keepOwnerAndMode(fd, existing) }
      try writeAll(fd, contents, path, purpose)
      guard fsync(fd) == 0 else { throw failure(errno, writing: path, purpose) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    if let existing = target.existing, existing.st_nlink > 1 || !ownerKept {
      try rewriteInPlace(target.path, contents, keeping: temporary, path, purpose)
      unlink(temporary)
      return
    }
    guard rename(temporary, target.path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code, writing: path, purpose)
    }
    // The rename itself must reach the disk too.
    let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  /// Follows symlinks by hand rather than with realpath(3), which fails on a link to a file
  /// not yet made: saving through such a link makes its target, as editors do.
  func resolve(_ path: String, _ purpose: Purpose) throws(PlanError) -> Target {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else {
        let code = errno
        if code == ENOENT { return Target(path: current, existing: nil) }
        throw failure(code, writing: path, purpose)
      }
      guard info.st_mode & S_IFMT == S_IFLNK else { return Target(path: current, existing: info) }
      guard let link = Self.readLink(current) else { throw failure(errno, writing: path, purpose) }
      current = link.hasPrefix("/") ? link : Self.directory(of: current) + "/" + link
    }
    throw failure(ELOOP, writing: path, purpose)
  }

  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  func checkReplaceable(_ path: String, _ info: stat, _ target: String, _ purpose: Purpose)
    throws(PlanError)
  {
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw Self.isDirectory(path)
    default:
      throw PlanError(
        nl: "'\(path)' is geen gewoon bestand; bewaar in een gewoon bestand, zoals plan.json",
        en: "'\(path)' is not a regular file; save into a regular file, such as plan.json")
    }
    // Root may write anything, so access(2) says yes to it: the owner's write bit is what
    // tells that someone made the file read-only.
    guard info.st_mode & S_IWUSR != 0, geteuid() == 0 || access(target, W_OK) == 0 else {
      throw purpose == .save
        ? PlanError(
          nl: "'\(path)' is alleen-lezen; bewaar onder een andere naam",
          en: "'\(path)' is read-only; save under another name")
        : PlanError(
          nl: "'\(path)' is alleen-lezen; exporteer naar een andere naam",
          en: "'\(path)' is read-only; export to another name")
    }
  }

  static func isDirectory(_ path: String) -> PlanError {
    PlanError(
      nl: "'\(path)' is een map; geef de naam van een bestand erin",
      en: "'\(path)' is a directory; name a file in it")
  }

  /// A new file beside the target whose name nobody could guess, made by this call: an
  /// existing name, also a symlink, is never opened but skipped for the next.
  func createTemporary(in directory: String, mode: mode_t, _ path: String, _ purpose: Purpose)
    throws(PlanError) -> (Int32, String)
  {
    let prefix = directory == "/" ? "/" : directory + "/"
    for _ in 0..<100 {
      let name = prefix + ".planwerk-" + temporaryName() + ".tmp"
      let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      if fd >= 0 { return (fd, name) }
      let code = errno
      guard code == EEXIST || code == EINTR else { throw failure(code, writing: path, purpose) }
    }
    throw failure(EEXIST, writing: path, purpose)
  }

  /// Gives the copy the old file's owner, group and mode; false when only root could have
  /// given that owner or group, and the file must then be rewritten where it is, as vim does,
  /// rather than become the saver's.
  func keepOwnerAndMode(_ fd: Int32, _ info: stat) -> Bool {
    var kept = true
    if info.st_uid != geteuid() || info.st_gid != getegid() {
      kept = fchown(fd, info.st_uid, info.st_gid) == 0
    }
    // After fchown, which clears set-id bits.
    _ = fchmod(fd, info.st_mode & 0o7777)
    return kept
  }

  /// Rewrites a file where it is, so that all its names see the new text and it keeps its
  /// owner. Its room is reserved first, so a full disk stops before the old text is touched;
  /// should the rewrite still fail, the complete copy in `temporary` is kept and named.
  func rewriteInPlace(
    _ target: String, _ contents: FileContents, keeping temporary: String, _ path: String,
    _ purpose: Purpose
  ) throws(PlanError) {
    let fd = open(target, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code, writing: path, purpose)
    }
    defer { close(fd) }
    let count = off_t(contents.count)
    let room = posix_fallocate(fd, 0, count)
    guard room == 0 || room == EOPNOTSUPP || room == EINVAL else {
      unlink(temporary)
      throw failure(room, writing: path, purpose)
    }
    do throws(PlanError) {
      try writeAll(fd, contents, path, purpose)
      guard ftruncate(fd, count) == 0, fsync(fd) == 0 else {
        throw failure(errno, writing: path, purpose)
      }
    } catch {
      throw PlanError(
        error.message
          + Phrase(
            nl: "; de volledige nieuwe tekst staat in \(temporary)",
            en: "; the complete new text is in \(temporary)"))
    }
  }

  /// Writes the contents from their own storage, so a 40 MB session is not copied first.
  func writeAll(_ fd: Int32, _ contents: FileContents, _ path: String, _ purpose: Purpose)
    throws(PlanError)
  {
    let failed: Int32? = contents.withBytes { bytes in
      var written = 0
      while written < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
        if n >= 0 {
          written += n
          continue
        }
        switch errno {
        case EINTR: continue
        case EAGAIN:
          // A pipe or terminal inherited in non-blocking mode: wait until it takes more.
          var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, -1)
        default: return errno
        }
      }
      return nil
    }
    if let code = failed { throw failure(code, writing: path, purpose) }
  }
}
