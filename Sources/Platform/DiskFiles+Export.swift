import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exports go where a user points them, like `cat > FILE` would: a regular file is replaced as
/// a session is, a pipe or a terminal is written into as a stream, and what is neither (a
/// directory, a disk, /dev/zero) is refused rather than replaced by a file of the same name.
extension DiskFiles {
  public func export(_ path: String, _ contents: String) throws(PlanError) {
    try export(path, .text(contents))
  }

  public func export(_ path: String, bytes: [UInt8]) throws(PlanError) {
    try export(path, .bytes(bytes))
  }

  func export(_ path: String, _ contents: FileContents) throws(PlanError) {
    if let fd = Self.standardStream(path) {
      // What print(…) still holds must come out before the export does.
      fflush(nil)
      try Self.withoutBrokenPipeSignal { () throws(PlanError) in
        try writeAll(fd, contents, path, .export)
      }
      return
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      guard code == ENOENT else { throw failure(code, writing: path, .export) }
      return try replace(path, contents, .export)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: try replace(path, contents, .export)
    case S_IFIFO: try stream(path, contents, info)
    case S_IFCHR where Self.takesAStream(info.st_rdev): try stream(path, contents, info)
    case S_IFDIR: throw Self.isDirectory(path)
    default:
      throw PlanError(
        nl:
          "'\(path)' is een apparaat, geen bestand; exporteer naar een bestand, een pipe of /dev/stdout",
        en: "'\(path)' is a device, not a file; export to a file, a pipe or /dev/stdout")
    }
  }

  /// The descriptor a path names when it is one this process already has open: written to
  /// directly, so `> out.csv` keeps its place and a socket works too, where reopening
  /// /proc/self/fd/1 would start the file anew or fail.
  static func standardStream(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return STDOUT_FILENO
    case "/dev/stderr": return STDERR_FILENO
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  /// Character devices that are streams to a reader: /dev/null and terminals (the virtual
  /// consoles and serial lines, /dev/tty, /dev/console, pseudo-terminals). Linux numbers.
  static func takesAStream(_ device: dev_t) -> Bool {
    let major = (device >> 8) & 0xFFF | (device >> 32) & ~0xFFF
    let minor = device & 0xFF | (device >> 12) & ~0xFF
    switch major {
    case 1: return minor == 3
    case 4: return true
    case 5: return minor <= 1
    case 136...143: return true
    default: return false
    }
  }

  private func stream(_ path: String, _ contents: FileContents, _ checked: stat) throws(PlanError) {
    let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(errno, writing: path, .export) }
    defer { close(fd) }
    // Only into what was checked: the name may have been swapped for something else since.
    var opened = stat()
    guard fstat(fd, &opened) == 0, opened.st_dev == checked.st_dev,
      opened.st_ino == checked.st_ino
    else {
      throw PlanError(
        nl: "'\(path)' veranderde tijdens het exporteren; probeer het opnieuw",
        en: "'\(path)' changed while exporting; try again")
    }
    try Self.withoutBrokenPipeSignal { () throws(PlanError) in
      try writeAll(fd, contents, path, .export)
    }
  }

  /// A reader that goes away halfway must be an error (EPIPE) and not SIGPIPE, which would
  /// end the session and its unsaved changes. Blocked in this thread only, and a signal the
  /// write raised is taken back before unblocking.
  static func withoutBrokenPipeSignal(_ body: () throws(PlanError) -> Void) throws(PlanError) {
    var pipe = sigset_t()
    sigemptyset(&pipe)
    sigaddset(&pipe, SIGPIPE)
    var before = sigset_t()
    sigpending(&before)
    let wasPending = sigismember(&before, SIGPIPE) == 1
    var old = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipe, &old)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if !wasPending && sigismember(&pending, SIGPIPE) == 1 {
        var now = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&pipe, nil, &now)
      }
      pthread_sigmask(SIG_SETMASK, &old, nil)
    }
    try body()
  }
}
