import Foundation

/// How far a child got, written as a JSON line to its output every so often, so that a child
/// killed over its budget still says how many of its commands it ran.
struct Progress: Codable {
  let done: Int
  let of: Int
  let seconds: Double
  /// VmRSS now and when counting began, so that a long session killed over its budget still
  /// says how much memory its commands had added.
  var residentBytes: Int?
  var startResidentBytes: Int?

  /// Counts commands and reports every `every` of them; flushed at once, since the parent
  /// reads the file only after the kill.
  final class Counter {
    let of: Int
    let every: Int
    private var done = 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let startResident = Measurement.currentMemory()

    init(of: Int, every: Int = 500) {
      self.of = of
      self.every = every
      start = clock.now
    }

    /// Always true, to chain after `afterEach`.
    func tick() -> Bool {
      done += 1
      if done % every == 0 {
        let elapsed = clock.now - start
        let seconds =
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        SelfChild.emit(
          Progress(
            done: done, of: of, seconds: seconds, residentBytes: Measurement.currentMemory(),
            startResidentBytes: startResident))
      }
      return true
    }
  }
}
