import Foundation

/// A directory of its own under the system's temporary one, for sessions, autosaves and a
/// child's output, so that nothing lands in the user's home.
struct Scratch {
  let path: String

  init(_ name: String) throws {
    path =
      NSTemporaryDirectory() + "planwerk-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
