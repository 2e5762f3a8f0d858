extension Plan {
  /// Moves what the user gave for a set of items (one item, a lot, the plan) by `by`, so that
  /// scheduling moves them and what depends on them:
  /// - a start date (and a given end date) moves;
  /// - a single phase whose start follows a link ends later: it takes longer;
  /// - otherwise an item whose start follows an item outside the set waits longer for it.
  /// By days or weeks, every date of the set moves by exactly that many days: lengths and
  /// lags in months are counted in a frame that moves along (`Item.dayShift`).
  ///
  /// - Complexity: O(the set and the links into it).
  public mutating func shift(
    _ ids: [String], by: PlanDuration, workdays: WorkdayTable, span: Range<Int>?
  ) throws(PlanError) {
    let set = Set(ids)
    let days: Int =
      switch by.unit {
      case .days: by.amount
      case .weeks: by.amount * 7
      case .workingDays, .months, .years: 0
      }
    var framed: [Int] = []
    for id in ids {
      for k in linksInto(id) {
        let link = links[k]
        // Only a lag in months has a frame to move; the rest of the links stay untouched.
        if days != 0, set.contains(link.from), link.lag.amount != 0,
          link.lag.unit == .months || link.lag.unit == .years
        {
          framed.append(k)
        }
      }
    }
    for k in framed {
      var link = links[k]
      link.dayShift += days
      setLink(link, at: k)
    }
    for id in ids {
      guard let location = location(of: id) else { continue }
      var item = self[location]
      // Only a length in months has a frame to move with the item.
      var framedLength = false
      if case .duration(let length) = item.length {
        framedLength = length.unit == .months || length.unit == .years
      }
      if framedLength { item.dayShift += days }
      let into = linksInto(id)
      let startLinked = into.contains { links[$0].setsStart(of: id) }
      let outside = into.filter { !set.contains(links[$0].from) }
      if let anchor = item.anchor, item.fixed || !startLinked {
        item.anchor = anchor.shifted(by: by, in: workdays)
        if case .until(let until) = item.length {
          item.length = .until(until.shifted(by: by, in: workdays))
        }
      } else if outside.isEmpty {
        // It follows the others of the set; an end it was given moves with them.
        if case .until(let until) = item.length {
          item.length = .until(until.shifted(by: by, in: workdays))
        }
      } else if item.type == .phase && set.count == 1 {
        let end = item.end.shifted(by: by, in: workdays)
        guard end.day > item.start.day else {
          throw PlanError(
            nl: "\(id) begint op \(item.start.text(.nl)), na zijn voorganger; zo kort kan het niet",
            en:
              "\(id) starts on \(item.start.text(.en)), after its predecessor; it cannot be that short",
            at: span)
        }
        if case .duration(let duration) = item.length, let sum = duration.plus(by) {
          // Longer in its own unit, counted in its own frame.
          if framedLength { item.dayShift -= days }
          item.length = .duration(sum)
        } else {
          // Measured from the dates as they stand.
          item.dayShift = 0
          item.length = .duration(PlanDuration.between(item.start.day, end.day))
        }
      } else {
        for k in outside {
          guard let lag = links[k].lag.plus(by) else {
            throw PlanError(
              nl:
                "\(id) wacht \(links[k].lag.text(.nl)) op \(links[k].from); verschuif in dezelfde eenheid",
              en:
                "\(id) waits \(links[k].lag.text(.en)) for \(links[k].from); shift in the same unit",
              at: span)
          }
          var link = links[k]
          link.lag = lag
          setLink(link, at: k)
        }
      }
      // An item that follows its links is moved by the schedule, not here: no edit to keep.
      if item != self[location] { self[location] = item }
    }
  }

  /// `shift` of every item of the plan, on the plan's graph: every link's ends move, so no
  /// set of ids is made and no id looked up. Only items that keep a date of their own (a start,
  /// an end, a frame in months) are edited; the rest follow their links in the schedule.
  ///
  /// - Complexity: O(plan): a whole-plan change.
  public mutating func shiftWhole(by: PlanDuration, workdays: WorkdayTable, graph: PlanGraph) {
    let days: Int =
      switch by.unit {
      case .days: by.amount
      case .weeks: by.amount * 7
      case .workingDays, .months, .years: 0
      }
    var startLinked = [Bool](repeating: false, count: graph.count)
    // The links read where they lie: a copy of each was a fifth of the shift.
    for k in storedLinks.indices where graph.to[k] >= 0 {
      if storedLinks[k].kind != .finishToFinish && !storedLinks[k].implicit {
        startLinked[Int(graph.to[k])] = true
      }
      // Only a lag in months has a frame to move; the rest of the links stay untouched.
      let lag = storedLinks[k].lag
      if days != 0, graph.from[k] >= 0, lag.amount != 0, lag.unit == .months || lag.unit == .years {
        var framed = storedLinks[k]
        framed.dayShift += days
        setLink(framed, at: k)
      }
    }
    for (node, location) in graph.locations.enumerated() {
      let timing = timing(at: location)
      let (anchor, length) = (timing.anchor, timing.length)
      var framedLength = false
      var until: PlanDate?
      switch length {
      case .duration(let length): framedLength = length.unit == .months || length.unit == .years
      case .until(let date): until = date
      case .point: break
      }
      let movesAnchor = anchor != nil && (timing.fixed || !startLinked[node])
      guard movesAnchor || until != nil || (framedLength && days != 0) else { continue }
      var rules = timing.rules
      if framedLength { rules.dayShift += days }
      if movesAnchor { rules.anchor = anchor!.shifted(by: by, in: workdays) }
      // An end it was given moves with it, whether it follows its links or not.
      if let until { rules.length = .until(until.shifted(by: by, in: workdays)) }
      setRules(rules, at: location)
    }
  }

  /// Direct successors of `ids` outside them keep their dates: they become fixed where they
  /// are. Returns their ids.
  public mutating func pinSuccessors(of ids: [String]) -> [String] {
    let set = Set(ids)
    var pinned: [String] = []
    for link in links where set.contains(link.from) && !set.contains(link.to) {
      guard let location = location(of: link.to), !self[location].fixed else { continue }
      self[location].fixed = true
      self[location].anchor = self[location].start
      pinned.append(link.to)
    }
    return pinned
  }
}

extension PlanDuration {
  /// The sum of two durations when their units add up exactly.
  public func plus(_ other: PlanDuration) -> PlanDuration? {
    if amount == 0 { return other }
    if other.amount == 0 { return self }
    if unit == other.unit { return PlanDuration(amount + other.amount, unit) }
    let days: [PlanDuration.Unit: Int] = [.days: 1, .weeks: 7]
    guard let x = days[unit], let y = days[other.unit] else { return nil }
    return PlanDuration(amount * x + other.amount * y, .days)
  }
}
