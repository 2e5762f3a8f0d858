import PlanKit

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
    pid: getpid(), started: time(nil), host: ProcessIdentity.hostName())

  static func hostName() -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// Whether the process still runs. One on another host cannot be asked, so it counts as
  /// running: taking its plan silently could lose its changes.
  public var isAlive: Bool {
    guard host == ProcessIdentity.current.host else { return true }
    return kill(pid, 0) == 0 || errno == EPERM
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
  public var since: String {
    var moment = time_t(started)
    var parts = tm()
    localtime_r(&moment, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return
      "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
  }

  /// "pid 123, sinds 2026-12-02 13:05" and on another host its name too.
  public var described: Phrase {
    let elsewhere = host == ProcessIdentity.current.host ? "" : " @ \(host)"
    return Phrase(
      nl: "pid \(pid)\(elsewhere), sinds \(since)", en: "pid \(pid)\(elsewhere), since \(since)")
  }
}
