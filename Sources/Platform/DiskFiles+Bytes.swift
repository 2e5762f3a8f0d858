import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension DiskFiles {
  /// Files from this size on are read into memory of their own rather than a string.
  static let ownMemoryBytes = 1 << 20
  static let hugePage = 2 << 20

  public func withBytes<T>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(PlanError) -> T
  ) throws(PlanError) -> T {
    let (fd, size) = try openRegular(path)
    defer { close(fd) }
    if size >= Self.ownMemoryBytes, let result = try withOwnMemory(fd, size: size, path, body) {
      return result
    }
    var text = try read(fd, size: size, path: path)
    return try text.withTypedUTF8(body)
  }

  /// The file read into pages of its own, which the kernel may back with huge pages: a few
  /// page faults instead of one per 4 kB, which on a virtual machine cost more than the
  /// reading. Nil when that memory is not to be had or the file has grown since `size`.
  private func withOwnMemory<T>(
    _ fd: Int32, size: Int, _ path: String,
    _ body: (UnsafeBufferPointer<UInt8>) throws(PlanError) -> T
  ) throws(PlanError) -> T? {
    let length = (size + Self.hugePage) / Self.hugePage * Self.hugePage
    guard
      let memory = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      memory != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    defer { munmap(memory, length) }
    _ = madvise(memory, length, MADV_HUGEPAGE)
    let buffer = UnsafeMutableBufferPointer(
      start: memory.assumingMemoryBound(to: UInt8.self), count: size + 1)
    let count = try fill(buffer, from: fd, path)
    guard count <= size else { return nil }
    let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
    try checkUTF8(bytes, path)
    return try body(bytes)
  }
}
