import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The disk as the interpreter of a running Planwerk sees it: a save to a plan that another
/// live Planwerk holds is refused, and so is a save over a file that changed on disk since
/// this one read or wrote it, until the user says to overwrite it (`allowOverwrite`).
public final class GuardedFiles: FileAccess, @unchecked Sendable {
  // Guarded by the single-threaded shell or batch run that owns it.
  let disk = DiskFiles()
  /// The file as it was when this process last read or wrote it.
  var seen: [String: Fingerprint] = [:]
  /// Files the user said to overwrite once, though they changed on disk.
  public var allowOverwrite: Set<String> = []
  /// The file of the last save refused because it changed on disk, for the shell to ask.
  public private(set) var changedOnDisk: String?

  public init() {}

  /// What tells one version of a file from another without reading it.
  struct Fingerprint: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init?(_ path: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      seconds = Int(info.st_mtim.tv_sec)
      nanoseconds = Int(info.st_mtim.tv_nsec)
    }
  }

  public func read(_ path: String) throws(PlanError) -> String {
    let before = Fingerprint(path)
    let text = try disk.read(path)
    seen[path] = before
    return text
  }

  /// An import's file is read, not kept: no fingerprint, as nothing writes it back.
  public func readBytes(_ path: String) throws(PlanError) -> [UInt8] {
    try disk.readBytes(path)
  }

  public func withBytes<T>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(PlanError) -> T
  ) throws(PlanError) -> T {
    let before = Fingerprint(path)
    let result = try disk.withBytes(of: path, body)
    seen[path] = before
    return result
  }

  public func write(_ path: String, _ contents: String) throws(PlanError) {
    try checkSave(path)
    try disk.write(path, contents)
    seen[path] = Fingerprint(path)
  }

  public func write(_ path: String, bytes: [UInt8]) throws(PlanError) {
    try checkSave(path)
    try disk.write(path, bytes: bytes)
    seen[path] = Fingerprint(path)
  }

  /// Refuses a save over a plan another Planwerk holds, or over a file changed on disk since
  /// this run read or wrote it (unless the user said to overwrite it).
  private func checkSave(_ path: String) throws(PlanError) {
    changedOnDisk = nil
    if let holder = SessionLock.otherHolder(of: path) {
      throw SessionLock.heldError(path, by: holder)
    }
    if let known = seen[path], let now = Fingerprint(path), now != known,
      allowOverwrite.remove(path) == nil
    {
      changedOnDisk = path
      throw PlanError(
        nl: "'\(path)' is op schijf veranderd sinds Planwerk het opende of bewaarde",
        en: "'\(path)' changed on disk since Planwerk opened or saved it",
        hint: Phrase(
          nl: "bewaar in een ander bestand (bewaar ANDER.json) of open het opnieuw",
          en: "save to another file (save OTHER.json) or open it again"))
    }
  }

  /// An export may not land on a plan another Planwerk holds either; what it writes is this
  /// run's own, so a later save over it does not ask.
  public func export(_ path: String, _ contents: String) throws(PlanError) {
    if let holder = SessionLock.otherHolder(of: path) {
      throw SessionLock.heldError(path, by: holder)
    }
    try disk.export(path, contents)
    if seen[path] != nil { seen[path] = Fingerprint(path) }
  }

  /// A PDF or PNG, as `export` writes text.
  public func export(_ path: String, bytes: [UInt8]) throws(PlanError) {
    if let holder = SessionLock.otherHolder(of: path) {
      throw SessionLock.heldError(path, by: holder)
    }
    try disk.export(path, bytes: bytes)
    if seen[path] != nil { seen[path] = Fingerprint(path) }
  }

  public func list(_ directory: String) -> [String] { disk.list(directory) }
}
