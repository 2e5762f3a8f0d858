import PlanKit
import Synchronization
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that asks the system what day it is (local time).
public enum Clock {
  public static func today() -> Day {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return Day(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? Day(raw: 0)
  }

  /// A moment in local time to the minute, as every message shows one: "2026-12-02 13:05".
  public static func minute(_ seconds: Int) -> String {
    var moment = time_t(seconds)
    var parts = tm()
    localtime_r(&moment, &parts)
    return parts.text(" ", seconds: false)
  }

  /// A journal's time ("2026-12-02T13:15:02Z", UTC) as `minute` shows it; as it is when it
  /// is not such a time.
  public static func minute(journalTime text: String) -> String {
    let fields = text.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int32($0) }
    guard text.hasSuffix("Z"), fields.count == 6 else { return text }
    var parts = tm()
    parts.tm_year = fields[0] - 1900
    parts.tm_mon = fields[1] - 1
    parts.tm_mday = fields[2]
    parts.tm_hour = fields[3]
    parts.tm_min = fields[4]
    parts.tm_sec = fields[5]
    return minute(Int(timegm(&parts)))
  }
}

/// The journal's times from the system clock, in UTC.
public struct SystemTime: TimeSource {
  public init() {}

  /// The journal's UTC time in the local time zone: a Dutch user reads 11:38, not 10:38.
  public func local(_ time: String) -> String {
    Clock.minute(journalTime: time)
  }

  /// The last second asked and its text: a script runs many commands a second, and each
  /// asks the time for its journal step.
  private let last = LastSecond()

  /// - Complexity: O(1).
  public func now() -> String {
    let now = time(nil)
    return last.text(at: Int(now)) {
      var moment = now
      var parts = tm()
      gmtime_r(&moment, &parts)
      return parts.text("T", seconds: true, zone: "Z")
    }
  }
}

/// A second's text kept until the clock moves on: turning the seconds into a calendar
/// time and writing it cost about 1,000 instructions, a hundredth of a typed command.
final class LastSecond: Sendable {
  private let kept = Mutex<(second: Int, text: String)?>(nil)

  /// The text `make` gave for `second`, made again only for another second.
  ///
  /// - Complexity: O(1) besides `make`.
  func text(at second: Int, _ make: () -> String) -> String {
    kept.withLock { kept in
      if let kept, kept.second == second { return kept.text }
      let text = make()
      kept = (second, text)
      return text
    }
  }
}

extension tm {
  /// "2026-12-02 13:05", or with `seconds` and a "T" "2026-12-02T13:05:02", and `zone` after
  /// it ("Z").
  ///
  /// Written digit by digit into one string: the journal asks the time at every command.
  ///
  /// - Complexity: O(1).
  func text(_ separator: String, seconds: Bool, zone: String = "") -> String {
    let year = Int(tm_year) + 1900
    guard (1000...9999).contains(year), separator.utf8.count == 1, zone.utf8.count <= 1 else {
      func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
      let day = "\(year)-\(two(tm_mon + 1))-\(two(tm_mday))"
      let time = "\(two(tm_hour)):\(two(tm_min))" + (seconds ? ":\(two(tm_sec))" : "")
      return day + separator + time + zone
    }
    let mark = separator.utf8.first!
    let end = zone.utf8.first
    let length = (seconds ? 19 : 16) + (end == nil ? 0 : 1)
    return String(unsafeUninitializedCapacity: length) { bytes in
      var at = 0
      func put(_ value: Int, _ width: Int, after: UInt8?) {
        if let after {
          bytes[at] = after
          at += 1
        }
        var rest = value
        for i in stride(from: at + width - 1, through: at, by: -1) {
          bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        }
        at += width
      }
      put(year, 4, after: nil)
      put(Int(tm_mon) + 1, 2, after: UInt8(ascii: "-"))
      put(Int(tm_mday), 2, after: UInt8(ascii: "-"))
      put(Int(tm_hour), 2, after: mark)
      put(Int(tm_min), 2, after: UInt8(ascii: ":"))
      if seconds { put(Int(tm_sec), 2, after: UInt8(ascii: ":")) }
      if let end {
        bytes[at] = end
        at += 1
      }
      return at
    }
  }
}
