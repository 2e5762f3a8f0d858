import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which running Planwerk holds a plan or writes an autosave: its pid, when it started and on
/// which host. The start time tells a later process with a reused pid apart in names, and the
/// user when the other one began.
public struct ProcessIdentity: Equatable, Sendable {
  public var pid: Int32
  public var started: Int
  public var host: String

  public init(pid: Int32, started: Int, host: String) {
    self.pid = pid
    self.started = started
    self.host = host
  }

  public static let current = ProcessIdentity(
    pid: getpid(), started: startTime(of: getpid()) ?? time(nil),
    host: ProcessIdentity.hostName())

  /// When a process started, in seconds since 1970, from /proc; nil where there is none.
  static func startTime(of pid: Int32) -> Int? {
    guard let stat = firstLine("/proc/\(pid)/stat"), let boot = bootTime(),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // After the name in parentheses: state is field 3, starttime field 22, in clock ticks.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 19, let ticks = Int(fields[19]) else { return nil }
    return boot + ticks / max(sysconf(Int32(_SC_CLK_TCK)), 1)
  }

  static func bootTime() -> Int? {
    let fd = open("/proc/stat", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    // To its end: on a machine with many interrupts the line before `btime` runs long.
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = read(fd, &buffer, buffer.count)
      guard count > 0 else { break }
      bytes += buffer[..<count]
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let line = text.split(separator: "\n").first { $0.hasPrefix("btime ") }
    return line.flatMap { Int($0.dropFirst("btime ".count)) }
  }

  static func firstLine(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 1024)
    let count = read(fd, &buffer, buffer.count)
    return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
  }

  static func hostName() -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// Whether the process still runs. One on another host cannot be asked, so it counts as
  /// running: taking its plan silently could lose its changes. A process that has the pid
  /// but started later is another one that was given the pid again.
  public var isAlive: Bool {
    guard host == ProcessIdentity.current.host else { return true }
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    // A second of slack: boot time and clock ticks round differently from time(2).
    if let actual = ProcessIdentity.startTime(of: pid), actual > started + 1 { return false }
    return true
  }

  /// `pid started host`, one line.
  public var line: String { "\(pid) \(started) \(host)\n" }

  public init?(line: some StringProtocol) {
    let parts = line.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, let pid = Int32(parts[0]), pid > 0, let started = Int(parts[1])
    else { return nil }
    let host = parts.count == 3 ? String(parts[2]).filter { $0 != "\n" } : ""
    self.init(pid: pid, started: started, host: host)
  }

  /// When it started, in local time: "2026-12-02 13:05".
  public var since: String { Clock.minute(started) }

  /// "pid 123, sinds 2 dec. 2026 13:05" and on another host its name too.
  public var described: Phrase {
    let elsewhere = host == ProcessIdentity.current.host ? "" : " @ \(host)"
    return Phrase(
      nl: "pid \(pid)\(elsewhere), sinds \(Interpreter.spoken(since, .nl))",
      en: "pid \(pid)\(elsewhere), since \(Interpreter.spoken(since, .en))")
  }
}
