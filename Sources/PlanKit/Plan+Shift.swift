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
    var framed: [Int] = []
    // The links and the graph read through buffers, and the few links with a frame to move
    // edited after: each link read through the arrays cost as much again.
    storedLinks.withUnsafeBufferPointer { links in
      graph.to.withUnsafeBufferPointer { to in
        graph.from.withUnsafeBufferPointer { from in
          startLinked.withUnsafeMutableBufferPointer { startLinked in
            for k in links.indices where to[k] >= 0 {
              if links[k].kind != .finishToFinish && !links[k].implicit {
                startLinked[Int(to[k])] = true
              }
              // Only a lag in months has a frame to move; the rest of the links stay untouched.
              let lag = links[k].lag
              if days != 0, from[k] >= 0, lag.amount != 0,
                lag.unit == .months || lag.unit == .years
              {
                framed.append(k)
              }
            }
          }
        }
      }
    }
    for k in framed {
      var link = storedLinks[k]
      link.dayShift += days
      setLink(link, at: k)
    }
    // The new rules found first, reading only what decides them where each item lies, then
    // set; the graph numbers its nodes in plan order, as the items are read here.
    var edits: [(Location, Item.Rules)] = []
    var node = 0
    startLinked.withUnsafeBufferPointer { startLinked in
      storedLots.withUnsafeBufferPointer { lots in
        for l in lots.indices {
          lots[l].items.withUnsafeBufferPointer { items in
            Self.shiftedRules(
              of: items, lot: l, node: &node, startLinked: startLinked, by: by, days: days,
              workdays: workdays, into: &edits)
          }
        }
      }
      storedMilestones.withUnsafeBufferPointer { items in
        Self.shiftedRules(
          of: items, lot: nil, node: &node, startLinked: startLinked, by: by, days: days,
          workdays: workdays, into: &edits)
      }
    }
    assert(node == graph.count, "the graph is not of this plan")
    // Room for these edits and for the schedule that follows, which may move every item:
    // the lists of edits and touched items grow once, not step by step.
    record?.reserve(edits.count + graph.count)
    for (location, rules) in edits { setRules(rules, at: location) }
  }

  /// The rules `shiftWhole` gives the items `items` (of lot `lot`, or the plan's milestones
  /// when nil) that keep a date of their own, appended to `edits` with their places; `node`
  /// is the first item's node, and is moved past them. A function of its own, given what it
  /// changes as `inout`: a nested function capturing them checked every access to them.
  ///
  /// - Complexity: O(items).
  private static func shiftedRules(
    of items: UnsafeBufferPointer<Item>, lot: Int?, node: inout Int,
    startLinked: UnsafeBufferPointer<Bool>, by: PlanDuration, days: Int, workdays: WorkdayTable,
    into edits: inout [(Location, Item.Rules)]
  ) {
    for i in items.indices {
      defer { node += 1 }
      let anchor = items[i].anchor
      var framedLength = false
      var until: PlanDate?
      switch items[i].length {
      case .duration(let length): framedLength = length.unit == .months || length.unit == .years
      case .until(let date): until = date
      case .point: break
      }
      let movesAnchor = anchor != nil && (items[i].fixed || !startLinked[node])
      guard movesAnchor || until != nil || (framedLength && days != 0) else { continue }
      var rules = Item.Rules(anchor: anchor, length: items[i].length, dayShift: items[i].dayShift)
      if framedLength { rules.dayShift += days }
      if movesAnchor { rules.anchor = anchor!.shifted(by: by, in: workdays) }
      // An end it was given moves with it, whether it follows its links or not.
      if let until { rules.length = .until(until.shifted(by: by, in: workdays)) }
      edits.append((lot.map { .lot($0, i) } ?? .plan(i), rules))
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
