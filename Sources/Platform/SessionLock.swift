import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One writer per plan: a file beside the session (`plan.json.lock`) names the Planwerk that
/// may save it and write its autosave. A lock whose process is gone is stale and is taken
/// without asking; a live one only when the user says so.
public enum SessionLock {
  public static func path(for session: String) -> String { resolved(session) + ".lock" }

  /// The file a session's path leads to, so that a symlink and its target (or two ways into
  /// one directory) share one lock: the path itself when it leads nowhere else, which keeps
  /// names in messages as the user typed them; else the real path of the file, or of its
  /// directory with its name when the file does not exist yet.
  public static func resolved(_ session: String) -> String {
    let slash = session.lastIndex(of: "/")
    let directory = slash.map { String(session[..<$0]) } ?? "."
    let name = slash.map { String(session[session.index(after: $0)...]) } ?? session
    guard
      let real = realPath(session)
        ?? realPath(directory.isEmpty ? "/" : directory).map({
          ($0 == "/" ? "" : $0) + "/" + name
        })
    else { return session }
    var absolute = session.hasPrefix("/") ? "" : (realPath(".") ?? "")
    for part in session.split(separator: "/") where part != "." {
      absolute += "/" + part
    }
    return real == absolute ? session : real
  }

  static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// Who the lock file names, whether alive or not; nil when there is none.
  public static func named(_ session: String) -> ProcessIdentity? {
    let fd = open(path(for: session), O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = read(fd, &buffer, buffer.count)
    guard count > 0 else { return nil }
    return ProcessIdentity(line: String(decoding: buffer[..<count], as: UTF8.self))
  }

  /// The live Planwerk other than this one that holds the session, if any.
  public static func otherHolder(of session: String) -> ProcessIdentity? {
    guard let holder = named(session), holder != .current, holder.isAlive else { return nil }
    return holder
  }

  public static func isMine(_ session: String) -> Bool { named(session) == .current }

  /// Takes the lock unless a live other Planwerk holds it: nil when this process has it now
  /// (or the directory cannot hold a lock, where no save can happen either), else the holder.
  public static func acquire(_ session: String) -> ProcessIdentity? {
    for _ in 0..<3 {
      let fd = open(path(for: session), O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if fd >= 0 {
        var line = ProcessIdentity.current.line
        let written = line.withUTF8 { write(fd, $0.baseAddress, $0.count) == $0.count }
        close(fd)
        // A full disk holds no lock, nor any save: an empty lock would only be left behind.
        if !written { unlink(path(for: session)) }
        return nil
      }
      guard errno == EEXIST else { return nil }
      if let holder = named(session) {
        if holder == .current { return nil }
        if holder.isAlive { return holder }
      }
      // Stale (or unreadable, as a crash while writing it leaves it): take it.
      unlink(path(for: session))
    }
    return otherHolder(of: session)
  }

  /// Makes this process the holder, whoever held it: the user chose to take the plan over.
  public static func takeOver(_ session: String) throws(PlanError) {
    try DiskFiles().write(path(for: session), ProcessIdentity.current.line)
  }

  /// Gives the lock back, if it is still this process's.
  public static func release(_ session: String) {
    if isMine(session) { unlink(path(for: session)) }
  }

  /// Why a save to `session` is refused while `holder` has it.
  public static func heldError(_ session: String, by holder: ProcessIdentity) -> PlanError {
    PlanError(
      nl:
        "'\(session)' is geopend in een andere Planwerk (\(holder.described.nl)); die bewaart het, deze niet",
      en:
        "'\(session)' is open in another Planwerk (\(holder.described.en)); that one saves it, this one does not",
      hint: Phrase(
        nl: "bewaar deze wijzigingen in een ander bestand: bewaar ANDER.json",
        en: "keep these changes in another file: save OTHER.json"))
  }
}
