/// Where the journal's times come from: the real clock in the shell (Platform), a fixed time in
/// tests, so that the interpreter itself never asks a clock.
public protocol TimeSource: Sendable {
  /// The current time, ISO 8601 in UTC: `2026-11-23T05:14:00Z`.
  func now() -> String

  /// A time `now` gave, as the user's clock shows it, to the minute: "2026-11-23 06:14".
  func local(_ time: String) -> String
}

extension TimeSource {
  /// The time as it was kept, to the minute, in UTC: "2026-11-23 05:14".
  public func local(_ time: String) -> String {
    guard time.count >= 16 else { return time }
    return time.prefix(10) + " " + time.dropFirst(11).prefix(5)
  }
}

/// A time that never moves, for tests and for replays.
public struct FixedTime: TimeSource {
  public let time: String

  public init(_ time: String = "") {
    self.time = time
  }

  public func now() -> String { time }
}
