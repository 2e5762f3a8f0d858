import Foundation

/// A directory a test fills and then makes read-only, for root too: root writes through
/// permissions, so as root it is a tmpfs remounted read-only, and elsewhere mode 555.
public struct ReadOnlyDirectory: Sendable {
  public let path: String
  let tmpfs: Tmpfs?

  public init(at path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    self.path = path
    tmpfs = Tmpfs.mount(at: path, size: "1m")
  }

  /// Makes the directory read-only; false when that failed.
  public func seal() -> Bool {
    guard let tmpfs else { return chmod(path, 0o555) == 0 }
    return tmpfs.remountReadOnly()
  }

  /// Unmounts it or gives the permissions back, so that it can be removed.
  public func release() {
    if let tmpfs { tmpfs.unmount() } else { chmod(path, 0o755) }
  }
}
