/// Where a decision given as a vague date is taken (DOMAIN §d): the college decides at its
/// weekly meeting, the raad on its own dates, and nobody decides on a Sunday.
extension Plan {
  /// The day inside a vague date's window on which decision `id` of `kind` is taken: a
  /// collegebesluit at the first meeting of its college that is a working day, a raadsbesluit
  /// on the first raad date (when the raad's dates are known), any other decision on the first
  /// working day; the first working day when no meeting falls in the window. The date keeps
  /// its precision ("eind februari 2021" on Tuesday 23 February). Nil for a day, for an item
  /// that is no decision, and for a window without a working day.
  ///
  /// - Complexity: O(days in the window); a window is a year at most.
  public func landing(of id: String, kind: String, on date: PlanDate) -> PlanDate? {
    guard date.precision != .day, let decision = DecisionKind(rawValue: kind) else { return nil }
    let window = date.windowStart..<date.windowEnd
    var day = window.lowerBound
    var workingDay: Day?
    var meeting: Day?
    let weekday = meetings.collegeDay(for: id)
    while day < window.upperBound, meeting == nil {
      if calendar.isWorkingDay(day) {
        if workingDay == nil { workingDay = day }
        switch decision {
        case .collegebesluit: if day.weekday == weekday { meeting = day }
        case .raadsbesluit: if meetings.council.contains(day) { meeting = day }
        case .raadsinformatiebrief, .wensenEnBedenkingen, .regiobesluit,
          .portefeuillehouderbesluit:
          meeting = workingDay
        }
      }
      if decision == .raadsbesluit && meetings.council.isEmpty { meeting = workingDay }
      day = day.adding(days: 1)
    }
    return (meeting ?? workingDay).map { PlanDate($0, date.precision) }
  }
}

extension Checker {
  /// A collegebesluit off the college's meeting day or on a holiday, a raadsbesluit off the raad's dates; the
  /// meetings it suggests are the ones its `niet eerder dan` and `uiterlijk` allow. A decision
  /// given as a vague date is advised its meeting inside the window.
  ///
  /// - Complexity: O(1) for a decision on a working day or a milestone of another kind;
  ///   O(holidays of the year) otherwise.
  func meetingDay(_ item: Item) -> Finding? {
    guard item.type == .milestone else { return nil }
    let day = item.start.day
    if item.start.precision != .day {
      guard let landed = plan.landing(of: item.id, kind: item.kind, on: item.start),
        landed.day != day
      else { return nil }
      let nl = DateWords.weekdayNames[.nl]!
      let en = DateWords.weekdayNames[.en]!
      return Finding(
        kind: .meetingDay, lot: item.lotID, items: [item.id], days: 0,
        message: Phrase(
          nl:
            "\(name(item)) (\(item.start.text(.nl))) valt op \(nl[day.weekday - 1]) \(day.text(.nl)): het besluit valt op \(nl[landed.day.weekday - 1]) \(landed.day.text(.nl)) ('wijzig \(item.id) op \(item.start.text(.nl))' zet het daar)",
          en:
            "\(name(item)) (\(item.start.text(.en))) falls on \(en[day.weekday - 1]) \(day.text(.en)): the decision is taken on \(en[landed.day.weekday - 1]) \(landed.day.text(.en)) ('change \(item.id) on \(item.start.text(.en))' puts it there)"
        ))
    }
    // Only a collegebesluit or a raadsbesluit on a day has a meeting day to miss: any other
    // milestone is passed before its bounds and the college's day are worked out, as a whole
    // check asks this of every milestone of the plan.
    let college = item.kind == DecisionKind.collegebesluit.rawValue
    guard college || item.kind == DecisionKind.raadsbesluit.rawValue else { return nil }
    let meetings = plan.meetings
    let earliest = item.notBefore?.day
    let latest = item.deadline.map { item.lastDay(for: $0) }
    func allowed(_ option: Day) -> Bool {
      (earliest.map { option >= $0 } ?? true) && (latest.map { option <= $0 } ?? true)
    }
    let collegeDay = meetings.collegeDay(for: item.id)
    let workdays = scheduler.workdays
    // Why the college's day is off, asked only of a day the table does not call a working
    // day: the calendar works out the year's holidays for each question, and a whole check
    // asks it of every decision on the college's day.
    let dayOff =
      day.weekday == collegeDay
        && (workdays.calendar != plan.calendar || !workdays.isWorkingDay(day))
      ? plan.calendar.dayOff(day) : nil
    if college, day.weekday != collegeDay || dayOff != nil {
      let (before, after) = meetings.collegeMeetings(
        around: day, on: collegeDay, workdays: workdays)
      var options = [before, after].filter(allowed)
      if options.isEmpty, let latest {
        // Both are out of bounds: the last meeting on or before the deadline.
        options = [
          meetings.collegeMeetings(
            around: latest.adding(days: 1), on: collegeDay, workdays: workdays
          ).0
        ]
      }
      let bound = Self.bound(
        latest: latest, earliest: earliest, lateDropped: !allowed(after),
        earlyDropped: !allowed(before))
      let nl = options.map { $0.text(.nl) }.joined(separator: " of ") + bound.nl
      let en = options.map { $0.text(.en) }.joined(separator: " or ") + bound.en
      let weekday = Meetings.weekdays[.nl]![collegeDay - 1]
      let weekdayEN = DateWords.weekdayName(collegeDay, .en)
      // On its weekday but a holiday or a closing: the college does not meet then either.
      let message =
        dayOff.map { off in
          Phrase(
            nl:
              "\(name(item)) valt op \(day.text(.nl)), \(off.nl): dan vergadert het college niet; kies \(nl)",
            en:
              "\(name(item)) falls on \(day.text(.en)), \(off.en): the college does not meet then; choose \(en)"
          )
        }
        ?? Phrase(
          nl:
            "\(name(item)) valt op \(day.text(.nl)), maar het college vergadert op \(weekday): kies \(nl)",
          en:
            "\(name(item)) falls on \(day.text(.en)), but the college meets on \(weekdayEN): choose \(en)"
        )
      return Finding(
        kind: .meetingDay, lot: item.lotID, items: [item.id], days: 0, message: message)
    }
    if !college, !meetings.council.isEmpty,
      !meetings.council.contains(day)
    {
      let before = meetings.council.last { $0 < day }
      let after = meetings.council.first { $0 > day }
      var options = [before, after].compactMap { $0 }.filter(allowed)
      if options.isEmpty { options = [before, after].compactMap { $0 } }
      let bound = Self.bound(
        latest: latest, earliest: earliest, lateDropped: after.map { !allowed($0) } ?? false,
        earlyDropped: before.map { !allowed($0) } ?? false)
      return Finding(
        kind: .meetingDay, lot: item.lotID, items: [item.id], days: 0,
        message: Phrase(
          nl:
            "\(name(item)) valt op \(day.text(.nl)), geen vergaderdag van de raad: kies \(options.map { $0.text(.nl) }.joined(separator: " of "))\(bound.nl)",
          en:
            "\(name(item)) falls on \(day.text(.en)), not a day the council meets: choose \(options.map { $0.text(.en) }.joined(separator: " or "))\(bound.en)"
        ))
    }
    return nil
  }

  /// Why a meeting is not offered: a later one is past the item's own deadline, an earlier
  /// one before its `niet eerder dan`.
  static func bound(latest: Day?, earliest: Day?, lateDropped: Bool, earlyDropped: Bool)
    -> Phrase
  {
    var nl: [String] = []
    var en: [String] = []
    if let latest, lateDropped {
      nl.append("uiterlijk \(latest.text(.nl)): een latere vergadering is te laat")
      en.append("by \(latest.text(.en)): a later meeting is too late")
    }
    if let earliest, earlyDropped {
      nl.append("niet eerder dan \(earliest.text(.nl)): een eerdere vergadering is te vroeg")
      en.append("not before \(earliest.text(.en)): an earlier meeting is too early")
    }
    guard !nl.isEmpty else { return Phrase(nl: "", en: "") }
    return Phrase(
      nl: " (" + nl.joined(separator: "; ") + ")", en: " (" + en.joined(separator: "; ") + ")")
  }
}
