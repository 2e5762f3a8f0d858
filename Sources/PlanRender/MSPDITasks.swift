import PlanKit

/// The `Task` elements of an MSPDI file: numbered, dated and linked, in plan order.
struct MSPDITasks {
  let plan: Plan
  let times: MSPDITimes
  /// Each item's task UID; lots take theirs in order before their items.
  var uids: [String: Int] = [:]
  /// The links by the item they lead into, those Planwerk derives from the tender's order
  /// (`implicit`) too: such a link pushes an item that would come too early and leaves a later
  /// date of its own, which is what a finish-to-start link does in MS Project to a task that
  /// may not start before its own date.
  var linksInto: [String: [Link]] = [:]
  /// The earliest Start and latest Finish of all tasks, ISO strings compare as moments.
  var projectStart: String?
  var projectFinish: String?

  /// - Complexity: O(items + links).
  init(_ plan: Plan, times: MSPDITimes) {
    self.plan = plan
    self.times = times
    var uid = 0
    for lot in plan.lots {
      uid += 1
      uids[lot.id] = uid
      for item in lot.items {
        uid += 1
        uids[item.id] = uid
      }
    }
    for item in plan.milestones {
      uid += 1
      uids[item.id] = uid
    }
    for link in plan.links {
      linksInto[link.to, default: []].append(link)
    }
    for item in plan.items {
      let (start, finish, _) = times.moments(item)
      projectStart = min(projectStart ?? start, start)
      projectFinish = max(projectFinish ?? finish, finish)
    }
  }

  /// - Complexity: O(items + links).
  func write(to out: inout MSPDIWriter) {
    var id = 0
    for (l, lot) in plan.lots.enumerated() {
      id += 1
      writeLot(lot, id: id, outline: "\(l + 1)", to: &out)
      for (i, item) in lot.items.enumerated() {
        id += 1
        writeItem(item, id: id, outline: "\(l + 1).\(i + 1)", level: 2, to: &out)
      }
    }
    for (m, item) in plan.milestones.enumerated() {
      id += 1
      writeItem(item, id: id, outline: "\(plan.lots.count + m + 1)", level: 1, to: &out)
    }
  }

  /// A lot as a summary task over its items' moments; an empty lot as an empty summary at
  /// the project's start, so that it is not lost.
  ///
  /// - Complexity: O(the lot's items × log days off).
  func writeLot(_ lot: Lot, id: Int, outline: String, to out: inout MSPDIWriter) {
    var start: String?
    var finish: String?
    var first: Day?
    var workdays = 0
    for item in lot.items {
      let moments = times.moments(item)
      start = min(start ?? moments.start, moments.start)
      finish = max(finish ?? moments.finish, moments.finish)
      first = min(first ?? item.start.day, item.start.day)
    }
    if let first, let finish, let last = Day(iso: String(finish.prefix(10))) {
      // Whole working days from the first start to the last finish, that finish's day in
      // when it ends at the end of a day's work.
      let end = finish.hasSuffix(MSPDITimes.dayFinish) ? last.adding(days: 1) : last
      workdays = max(0, times.workdays.count(from: first, to: end))
    }
    openTask(
      lot.id, title: lot.shownTitle, id: id, outline: outline, level: 1,
      start: start ?? projectStartOrEpoch, finish: finish ?? projectStartOrEpoch,
      hours: workdays * MSPDITimes.hoursPerDay, milestone: false, to: &out)
    out.element("Summary", "1")
    MSPDIFollowUp.writeNotes(note: lot.note, documents: lot.documents, to: &out)
    var fields = ["lot"]
    if let procedure = lot.procedure { fields.append("procedure=\(procedure.rawValue)") }
    if let value = lot.value { fields.append("value=\(value)") }
    fields += MSPDIFollowUp.fields(progress: nil, documents: lot.documents)
    writePlanwerk(fields, to: &out)
    out.close("Task")
  }

  /// A task's first elements, in the schema's order, for a lot's summary task and an item's.
  ///
  /// - Complexity: O(title).
  func openTask(
    _ key: String, title: String, id: Int, outline: String, level: Int, start: String,
    finish: String, hours: Int, milestone: Bool, to out: inout MSPDIWriter
  ) {
    out.open("Task")
    out.element("UID", String(uids[key]!))
    out.element("ID", String(id))
    out.element("Name", title.xmlText)
    out.element("Type", "1")
    out.element("IsNull", "0")
    out.element("WBS", key.xmlText)
    out.element("OutlineNumber", outline)
    out.element("OutlineLevel", String(level))
    out.element("Start", start)
    out.element("Finish", finish)
    out.element("Duration", Self.hours(hours))
    out.element("DurationFormat", "7")
    out.element("Milestone", milestone ? "1" : "0")
  }

  /// - Complexity: O(1).
  var projectStartOrEpoch: String { projectStart ?? "2000-01-01T08:00:00" }

  /// - Complexity: O(the item's links + log days off).
  func writeItem(_ item: Item, id: Int, outline: String, level: Int, to out: inout MSPDIWriter) {
    let (start, finish, hours) = times.moments(item)
    let milestone = item.type == .milestone
    openTask(
      item.id, title: item.shownTitle, id: id, outline: outline, level: level, start: start,
      finish: finish, hours: hours, milestone: milestone, to: &out)
    out.element("Summary", "0")
    MSPDIFollowUp.writeProgress(item, times: times, to: &out)
    let links = linksInto[item.id] ?? []
    // A fixed item must start on its day; a dated one, or one held by `niet eerder dan`,
    // may not start earlier; one that only follows links needs none.
    let lowest = [item.anchor?.day, item.notBefore?.day].compactMap { $0 }.max()
    if item.fixed, let anchor = item.anchor {
      out.element("ConstraintType", "2")
      out.element("ConstraintDate", MSPDITimes.start(anchor.day))
    } else if let lowest {
      out.element("ConstraintType", "4")
      out.element("ConstraintDate", MSPDITimes.start(lowest))
    } else if links.isEmpty {
      out.element("ConstraintType", "4")
      out.element("ConstraintDate", start)
    } else {
      out.element("ConstraintType", "0")
    }
    if let deadline = item.deadline {
      out.element("Deadline", times.deadline(deadline, of: item))
    }
    MSPDIFollowUp.writeNotes(note: item.note, documents: item.documents, to: &out)
    for link in links {
      guard let from = uids[link.from] else { continue }
      let (lag, format) = Self.lag(link.lag)
      out.open("PredecessorLink")
      out.element("PredecessorUID", String(from))
      out.element("Type", Self.type(link.kind))
      out.element("CrossProject", "0")
      out.element("LinkLag", String(lag))
      out.element("LagFormat", String(format))
      out.close("PredecessorLink")
    }
    var fields = Self.planwerkFields(item)
    if item.title == nil { fields.append("untitled") }
    let implicit = links.filter(\.implicit).map(\.from)
    if !implicit.isEmpty { fields.append("implicit=" + implicit.joined(separator: ",")) }
    fields += MSPDIFollowUp.fields(progress: item.progress, documents: item.documents)
    writePlanwerk(fields, to: &out)
    out.close("Task")
  }

  /// - Complexity: O(fields).
  func writePlanwerk(_ fields: [String], to out: inout MSPDIWriter) {
    out.open("ExtendedAttribute")
    out.element("FieldID", String(MSPDIExport.planwerkField))
    out.element("Value", fields.joined(separator: ";").xmlText)
    out.close("ExtendedAttribute")
  }

  /// Planwerk's own reading of an item: `kind=…;start=2022-03-01@month;end=…`, the
  /// precision after `@` where it is not a day, and its rules.
  ///
  /// - Complexity: O(1).
  static func planwerkFields(_ item: Item) -> [String] {
    func date(_ date: PlanDate) -> String {
      date.precision == .day ? date.day.iso : "\(date.day.iso)@\(date.precision.rawValue)"
    }
    var fields = ["kind=\(item.kind)", "start=\(date(item.start))", "end=\(date(item.end))"]
    // The rules the dates came from, which MS Project's constraints only approximate: a
    // length in months, an end given before links pushed the start.
    switch item.length {
    case .duration(let duration):
      fields.append("length=\(duration.amount) \(duration.unit.rawValue)")
    case .until(let until): fields.append("until=\(date(until))")
    case .point: break
    }
    if let anchor = item.anchor { fields.append("anchor=\(date(anchor))") }
    if let notBefore = item.notBefore { fields.append("notBefore=\(date(notBefore))") }
    if item.fixed { fields.append("fixed") }
    if item.dayShift != 0 { fields.append("dayShift=\(item.dayShift)") }
    if let deadline = item.deadline { fields.append("deadline=\(date(deadline))") }
    return fields
  }

  /// `PT40H0M0S`: working hours, as MSPDI writes a duration.
  ///
  /// - Complexity: O(1).
  static func hours(_ hours: Int) -> String { "PT\(hours)H0M0S" }

  /// MSPDI's link types: 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3
  /// start-to-start.
  ///
  /// - Complexity: O(1).
  static func type(_ kind: Link.Kind) -> String {
    switch kind {
    case .finishToFinish: return "0"
    case .finishToStart: return "1"
    case .startToStart: return "3"
    }
  }

  /// The lag in tenths of a minute with its format: calendar days, weeks and months as
  /// elapsed time (8 elapsed days, 10 elapsed weeks, 12 elapsed months of 30 days), working
  /// days as working time (7 days of eight hours).
  ///
  /// - Complexity: O(1).
  static func lag(_ lag: PlanDuration) -> (tenths: Int, format: Int) {
    switch lag.unit {
    case .days: return (lag.amount * MSPDITimes.tenthsPerDay, 8)
    case .weeks: return (lag.amount * 7 * MSPDITimes.tenthsPerDay, 10)
    case .months: return (lag.amount * 30 * MSPDITimes.tenthsPerDay, 12)
    case .years: return (lag.amount * 12 * 30 * MSPDITimes.tenthsPerDay, 12)
    case .workingDays: return (lag.amount * MSPDITimes.tenthsPerWorkingDay, 7)
    }
  }
}
