import PlanKit

extension Item {
  /// The item with what really happened, fixed on it as `gestart` and `gereed` fix it, so
  /// that what follows moves from it: a milestone on the day it was reached, a phase from
  /// the day it started to the day after its last.
  ///
  /// - Complexity: O(1).
  mutating func follow(_ progress: Progress) {
    self.progress = progress
    if type == .milestone {
      if let finished = progress.finished {
        anchor = PlanDate(finished)
        start = PlanDate(finished)
        end = start
        fixed = true
      }
      return
    }
    guard let started = progress.started else { return }
    if anchor?.day != started || !fixed {
      anchor = PlanDate(started)
      start = PlanDate(started)
      fixed = true
    }
    if let finished = progress.finished {
      let after = PlanDate(finished.adding(days: 1))
      if end != after || length != .until(after) {
        end = after
        length = .until(after)
      }
    }
  }
}
