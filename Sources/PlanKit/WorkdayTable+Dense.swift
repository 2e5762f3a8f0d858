extension WorkdayTable {
  /// The working days of a table's years day by day: for each day the working days before it,
  /// and the working days in order. A whole-plan schedule asks the table two or three
  /// questions for each of 125,000 items; read from these arrays, each costs a few
  /// instructions instead of two binary searches over the runs.
  struct Dense: Sendable {
    /// At most this many days (about 50 years, 200 kB): a table over every year a day can
    /// have keeps only its runs.
    static let limit = 18_300

    /// `before[d]`: the working days in `first ..< first + d`; one more element than days.
    let before: [Int32]
    /// The working days in order, as raw days.
    let working: [Int32]

    /// Nil when the days are too many to keep.
    ///
    /// - Complexity: O(last - first + runs).
    init?(first: Int, last: Int, starts: [Int32], ends: [Int32]) {
      guard last > first, last - first <= Self.limit else { return nil }
      var before: [Int32] = []
      before.reserveCapacity(last - first + 1)
      var working: [Int32] = []
      working.reserveCapacity((last - first) * 5 / 7 + 1)
      var run = 0
      var weekday = Day(raw: Int32(first)).weekday
      for day in first..<last {
        before.append(Int32(working.count))
        while run < starts.count && Int(ends[run]) <= day { run += 1 }
        let off = run < starts.count && Int(starts[run]) <= day
        if weekday <= 5 && !off { working.append(Int32(day)) }
        weekday = weekday == 7 ? 1 : weekday + 1
      }
      before.append(Int32(working.count))
      self.before = before
      self.working = working
    }

    /// Whether the day `offset` days after the table's first is a working day; nil outside.
    ///
    /// - Complexity: O(1).
    func isWorkingDay(_ offset: Int) -> Bool? {
      guard offset >= 0, offset < before.count - 1 else { return nil }
      return before[offset + 1] != before[offset]
    }

    /// The working day with `plus` more working days before it than the day `offset` days
    /// after the table's first has, as a raw day; nil when either lies outside the table.
    ///
    /// - Complexity: O(1).
    func workingDay(_ offset: Int, plus: Int) -> Int32? {
      guard offset >= 0, offset < before.count - 1 else { return nil }
      let k = Int(before[offset]) + plus
      guard k >= 0, k < working.count else { return nil }
      return working[k]
    }

    /// The working days from the day `start` days after the table's first up to the one
    /// `end` days after it (`start <= end`, the end up to the table's last day plus one);
    /// nil outside.
    ///
    /// - Complexity: O(1).
    func count(_ start: Int, _ end: Int) -> Int? {
      guard start >= 0, start < before.count - 1, end < before.count else { return nil }
      return Int(before[end] - before[start])
    }
  }
}
