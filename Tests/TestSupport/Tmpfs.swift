import Foundation

/// A small tmpfs that a test mounts to make a disk full or read-only for real. Only root can
/// mount one; elsewhere such a test is skipped with `Tmpfs.skipped`.
public struct Tmpfs: Sendable {
  public let path: String

  public static let skipped = "skipped: a full disk needs a small tmpfs, which only root can mount"

  /// Mounts a tmpfs of `size` (such as "64k") at `path`, made when missing; nil when this
  /// process cannot.
  public static func mount(at path: String, size: String) -> Tmpfs? {
    guard getuid() == 0,
      (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true))
        != nil,
      run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
    else { return nil }
    return Tmpfs(path: path)
  }

  /// `mount`, or nil after saying the test is skipped.
  public static func mountOrSkip(at path: String, size: String) -> Tmpfs? {
    guard let tmpfs = mount(at: path, size: size) else {
      print(skipped)
      return nil
    }
    return tmpfs
  }

  public func remountReadOnly() -> Bool {
    Self.run("/bin/mount", ["-o", "remount,ro", path])
  }

  public func unmount() {
    _ = Self.run("/bin/umount", [path])
  }

  static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
