import PlanKit

extension MSPDIReading {
  /// Planwerk's export writes a start at 08:00 and a finish at 17:00 (`MSPDITimes`).
  static let planwerkStart = 8 * 60
  static let planwerkFinish = 17 * 60

  /// The item a task becomes, dated; nil (with a problem) when its dates cannot be read.
  ///
  /// - Complexity: O(log days off).
  mutating func item(_ task: MSPDITask, title: String, id: String) -> Item? {
    let shown = task.name.isEmpty ? "UID \(task.uid)" : task.name
    for field in ["Start", "Finish"] {
      if let raw = task.element[field], MSPDIMoment(raw) == nil {
        problems.append(
          task.element.problem(
            Phrase(
              nl: "de taak '\(shown)' heeft als \(field) '\(raw)', geen datum van 1000 tot 9999",
              en: "the task '\(shown)' has '\(raw)' as its \(field), not a date from 1000 to 9999"),
            hint: Phrase(
              nl: "een datum staat er als 2025-01-06T08:00:00",
              en: "a date reads 2025-01-06T08:00:00"
            )))
        return nil
      }
    }
    guard let start = task.start else {
      problems.append(
        task.element.problem(
          Phrase(
            nl: "de taak '\(shown)' heeft geen begindatum (Start)",
            en: "the task '\(shown)' has no start date (Start)"),
          hint: Phrase(
            nl: "geef de taak een begin in MS Project en sla opnieuw op",
            en: "give the task a start in MS Project and save again")))
      return nil
    }
    let milestone = isMilestone(task)
    guard milestone || task.finish != nil else {
      problems.append(
        task.element.problem(
          Phrase(
            nl: "de taak '\(shown)' heeft geen einddatum (Finish)",
            en: "the task '\(shown)' has no finish date (Finish)")))
      return nil
    }
    let fields = fields(task)
    let exact = exactDates(fields, task, milestone: milestone)
    var dates: (start: PlanDate, end: PlanDate)
    if let exact {
      dates = exact
    } else if milestone {
      dates = (PlanDate(start.day), PlanDate(start.day))
    } else {
      let first = start.minutes >= dayFinish ? start.day.adding(days: 1) : start.day
      let end = exclusiveEnd(task.finish!)
      guard first < end else {
        problems.append(
          task.element.problem(
            Phrase(
              nl:
                "de taak '\(shown)' eindigt (\(task.finish!.day.iso)) niet na haar begin (\(start.day.iso))",
              en:
                "the task '\(shown)' finishes (\(task.finish!.day.iso)) before it starts (\(start.day.iso))"
            )))
        return nil
      }
      dates = (PlanDate(first), PlanDate(end))
    }
    let name =
      id.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(id[id.index(after: $0)...]) } ?? id
    // A standard kind when the task's own name is one, else the name as a word (an item
    // under a sub-summary is named by its path, but its kind is its own).
    let own = ImportIDs.slug(task.name, words: 4)
    var kind =
      milestone
      ? PhaseKind.milestoneKind
      : PhaseKind.named(task.name)?.rawValue ?? (own.isEmpty ? name : own)
    if exact != nil, let given = fields["kind"], Identifier.isValidPart(given) { kind = given }
    let shownName = name.replacingOccurrences("-", with: " ")
    // Planwerk's own file says whether the item had a title; another tool's has one always,
    // which is left out where it only repeats the name.
    let plain =
      exact != nil
      ? fields["untitled"] != nil
      : title == name || title == shownName.prefix(1).uppercased() + shownName.dropFirst()
    var item = Item(
      id: id, type: milestone ? .milestone : .phase, kind: kind, title: plain ? nil : title,
      start: dates.start, end: dates.end)
    item.deadline = deadline(task, fields, of: item, exact: exact != nil)
    return item
  }

  /// Planwerk's end, exclusive, of an MS Project Finish, inclusive: the Finish's own day when
  /// it is at or before the start of the working day (tj3 writes 00:00), else the next day.
  ///
  /// - Complexity: O(1).
  func exclusiveEnd(_ finish: MSPDIMoment) -> Day {
    finish.minutes <= dayStart ? finish.day : finish.day.adding(days: 1)
  }

  /// The exact days of Planwerk's field, when they still give the task's Start and Finish as
  /// Planwerk writes them (the task was not moved since).
  ///
  /// - Complexity: O(log days off).
  func exactDates(_ fields: [String: String], _ task: MSPDITask, milestone: Bool) -> (
    start: PlanDate, end: PlanDate
  )? {
    guard let start = fields["start"].flatMap(Self.planDate),
      let end = fields["end"].flatMap(Self.planDate), let taskStart = task.start
    else { return nil }
    let written = MSPDIMoment(day: start.day, minutes: Self.planwerkStart)
    guard taskStart == written else { return nil }
    if milestone { return task.finish == written && start == end ? (start, end) : nil }
    guard end.day > start.day else { return nil }
    let finish =
      workdays.count(from: start.day, to: end.day) > 0
      ? MSPDIMoment(day: workdays.advance(end.day, by: -1), minutes: Self.planwerkFinish)
      : written
    return task.finish == finish ? (start, end) : nil
  }

  /// `2022-03-01@month`: a day with its precision, when the day lies in such a window.
  ///
  /// - Complexity: O(text).
  static func planDate(_ text: String) -> PlanDate? {
    let parts = text.split(separator: "@", maxSplits: 1)
    guard let day = parts.first.flatMap({ Day(iso: String($0)) }) else { return nil }
    guard parts.count == 2 else { return PlanDate(day) }
    guard let precision = DatePrecision(rawValue: String(parts[1])),
      precision.windowStart(of: day) != nil
    else { return PlanDate(day) }
    return PlanDate(day, precision)
  }

  /// `uiterlijk` from the Deadline (or a `Finish No Later Than` constraint): for a phase the
  /// exclusive end it allows, for a milestone its last day; Planwerk's own when it still
  /// gives the same Deadline.
  ///
  /// - Complexity: O(log days off).
  func deadline(_ task: MSPDITask, _ fields: [String: String], of item: Item, exact: Bool)
    -> PlanDate?
  {
    guard let moment = task.deadline ?? (task.constraint == 7 ? task.constraintDate : nil) else {
      return nil
    }
    if exact, let given = fields["deadline"].flatMap(Self.planDate) {
      let last = item.lastDay(for: given)
      let written = MSPDIMoment(
        day: item.type == .phase ? workdays.advance(last, by: -1) : last,
        minutes: Self.planwerkFinish)
      if written == moment { return given }
    }
    return PlanDate(item.type == .phase ? exclusiveEnd(moment) : moment.day)
  }

  /// The item's rules from its constraint: `Must Start On` (or `Must Finish On`) fixes it,
  /// `Start No Earlier Than` dates it, or, with links into it, is its `niet eerder dan`, as
  /// the links set its start; a task without either keeps its own date unless links lead into
  /// it, when it follows them for its length.
  ///
  /// - Complexity: O(log days off).
  mutating func rule(_ item: inout Item, _ task: MSPDITask, linked: Bool) {
    let fields = fields(task)
    if exactDates(fields, task, milestone: item.type == .milestone) != nil {
      exactRule(&item, fields)
      return
    }
    item.fixed = false
    switch task.constraint {
    case 2, 3:
      item.fixed = true
      item.anchor = item.start
    case 4 where task.constraintDate != nil:
      let moment = task.constraintDate!
      let day = moment.minutes >= dayFinish ? moment.day.adding(days: 1) : moment.day
      if linked {
        // Links set a linked item's start; the constraint only holds it back.
        item.anchor = nil
        item.notBefore = PlanDate(day)
      } else {
        item.anchor = day == item.start.day ? item.start : PlanDate(day)
      }
    default:
      if [1, 5, 6].contains(task.constraint) { omissions.otherConstraints += 1 }
      item.anchor = linked ? nil : item.start
      // A dated milestone with nothing before it is fixed, as `mijlpaal … op` makes it.
      item.fixed = item.type == .milestone && !linked
    }
    guard item.type == .phase else { return }
    if item.anchor == nil {
      item.length = .duration(foreignLength(item, task))
    } else {
      item.length = .until(item.end)
    }
  }

  /// The rules Planwerk's own field gives, where its dates still hold: the anchor, `niet
  /// eerder dan`, fixed, and the length as typed.
  ///
  /// - Complexity: O(1).
  func exactRule(_ item: inout Item, _ fields: [String: String]) {
    item.anchor = fields["anchor"].flatMap(Self.planDate)
    item.notBefore = fields["notBefore"].flatMap(Self.planDate)
    item.fixed = fields["fixed"] != nil && item.anchor != nil
    item.dayShift = fields["dayShift"].flatMap { Int($0) } ?? 0
    guard item.type == .phase else { return }
    if let length = fields["length"].flatMap(Self.duration) {
      item.length = .duration(length)
    } else {
      item.length = .until(fields["until"].flatMap(Self.planDate) ?? item.end)
    }
  }

  /// The length of a task that follows its links: its working days when MS Project's Duration
  /// is whole working days that end where the task does, else its calendar days.
  ///
  /// - Complexity: O(log days off).
  func foreignLength(_ item: Item, _ task: MSPDITask) -> PlanDuration {
    if let hours = task.hours, (hours * 60) % minutesPerDay == 0 {
      let days = hours * 60 / minutesPerDay
      if days > 0, workdays.advance(item.start.day, by: days) == item.end.day {
        return PlanDuration(days, .workingDays)
      }
    }
    return PlanDuration(item.start.day.days(until: item.end.day), .days)
  }

  /// `6 months`, as Planwerk's field writes a length.
  ///
  /// - Complexity: O(text).
  static func duration(_ text: String) -> PlanDuration? {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let amount = Int(parts[0]),
      let unit = PlanDuration.Unit(rawValue: String(parts[1])), amount > 0, amount <= unit.limit
    else { return nil }
    return PlanDuration(amount, unit)
  }
}
