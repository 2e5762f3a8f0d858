/// A change of the calendar schedules only what it can move. An item's dates ask the calendar
/// about working days only between the dates its links read and its own end (a lag or a length
/// in working days, the first working day of its start), so with the plan scheduled under the
/// calendar before, the items whose span holds a changed day, and what follows them, are all
/// that a change of those days can move.
extension Scheduler {
  /// The nodes whose dates ask the calendar about one of `days`: from the earliest of the dates
  /// their links read (a predecessor's end, its start for start-to-start), their own start and
  /// the start they were given, to the latest of those and their own end. A fixed item is among them when a link into it
  /// reads such a day, as the check of that link asks the calendar too. A link with a negative
  /// lag asks about days before both dates, as far back as the calendar makes it: its item is
  /// always among them.
  ///
  /// - Complexity: O(plan), a calendar change being a whole-plan change: one pass over the
  ///   items and the links into them that reads their dates and asks the calendar nothing,
  ///   with a binary search over the changed days per item.
  public func nodes(askingAbout days: [Range<Day>], in plan: Plan) -> [Int] {
    let days = Self.merged(days)
    guard !days.isEmpty else { return [] }
    var found: [Int] = []
    for node in 0..<graph.count {
      let location = graph.locations[node]
      let own = plan.dates(at: location)
      var low = min(own.start.day, own.end.day)
      var high = max(own.start.day, own.end.day)
      // A start of its own is moved to the first working day after it, as is a start given
      // by its links (each at or after the date the link reads).
      if let anchor = plan.anchor(at: location) { low = min(low, anchor.day) }
      var counterBack = false
      for k in graph.linksInto(node) {
        let from = plan.dates(at: graph.locations[Int(graph.from[Int(k)])])
        let read = plan.storedLinks[Int(k)].kind == .startToStart ? from.start.day : from.end.day
        low = min(low, read)
        high = max(high, read)
        let lag = plan.storedLinks[Int(k)].lag
        counterBack = counterBack || lag.amount < 0
      }
      if counterBack || Self.holds(days, low, high) { found.append(node) }
    }
    return found
  }

  /// The ranges in order, overlapping and adjoining ones joined.
  ///
  /// - Complexity: O(k log k) for the k ranges.
  static func merged(_ ranges: [Range<Day>]) -> [Range<Day>] {
    var merged: [Range<Day>] = []
    for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// Whether one of the ordered, disjoint `ranges` holds a day from `low` through `high`.
  ///
  /// - Complexity: O(log k) for the k ranges.
  static func holds(_ ranges: [Range<Day>], _ low: Day, _ high: Day) -> Bool {
    // The first range that does not end before `low`.
    var (lower, upper) = (0, ranges.count)
    while lower < upper {
      let middle = (lower + upper) / 2
      if ranges[middle].upperBound <= low { lower = middle + 1 } else { upper = middle }
    }
    return lower < ranges.count && ranges[lower].lowerBound <= high
  }
}
