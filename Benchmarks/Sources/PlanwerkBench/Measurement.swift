#if canImport(Glibc)
  import Glibc
#endif

/// Times a piece of work several times and keeps the median.
struct Measurement {
  let name: String
  var seconds: [Double] = []

  var median: Double {
    let sorted = seconds.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  static func time(_ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(work)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The process's peak resident memory in bytes (VmHWM), read from /proc.
  static func peakMemory() -> Int { status("VmHWM:") }

  /// The process's resident memory now in bytes (VmRSS), read from /proc.
  static func currentMemory() -> Int { status("VmRSS:") }

  private static func status(_ key: String) -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix(key) {
        let digits = text.filter(\.isNumber)
        return (Int(digits) ?? 0) * 1024
      }
    }
    return 0
  }
}
