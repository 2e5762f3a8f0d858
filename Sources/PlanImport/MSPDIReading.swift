import PlanKit

/// One reading of an MSPDI document: its tasks placed in lots, dated, linked and ruled.
struct MSPDIReading {
  let root: XMLElement
  /// The FieldID of Planwerk's own field, when the file defines it (alias "Planwerk").
  let planwerkField: String?
  /// The working day's start and end, minutes of the day: a Finish at or before the start
  /// ends the day before, a Start at or after the end starts the day after.
  let dayStart: Int
  let dayFinish: Int
  let minutesPerDay: Int
  var tasks: [MSPDITask] = []
  var omissions = MSPDIOmissions()
  var problems: [ImportProblem] = []
  var ids = ImportIDs()
  var workdays: WorkdayTable

  /// The item id of each task (by its place in `tasks`), none for a lot or a folded summary.
  var itemIDs: [Int: String] = [:]
  /// The places of the summary tasks: lots and folded summaries.
  var summaries = Set<Int>()
  /// The place of the task with each UID, as links name them.
  var places: [Int: Int] = [:]
  /// The names of the resources assigned to each task, by its UID: its owner.
  let owners: [Int: String]

  /// - Complexity: O(elements).
  init(_ root: XMLElement) {
    self.root = root
    planwerkField =
      root.child("ExtendedAttributes")?.all("ExtendedAttribute").first {
        $0["Alias"] == "Planwerk"
      }?["FieldID"]
    dayStart = MSPDIMoment.minutes(root["DefaultStartTime"]) ?? 8 * 60
    dayFinish = MSPDIMoment.minutes(root["DefaultFinishTime"]) ?? 17 * 60
    owners = Self.owners(root)
    minutesPerDay = root["MinutesPerDay"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 480
    let field = planwerkField
    tasks = (root.child("Tasks")?.all("Task") ?? []).map { MSPDITask($0, planwerkField: field) }
      .filter { !$0.isPlaceholder }
    omissions.count(root, tasks: tasks, planwerkField: planwerkField)
    omissions.calendar = MSPDICalendarReader(root)
    let years = tasks.compactMap { $0.start?.day.year }
    let low = max(Day.supportedYears.lowerBound, years.min() ?? 2000)
    let high = min(Day.supportedYears.upperBound, max(low, years.max() ?? 2000) + 1)
    workdays = WorkdayTable(omissions.calendar.calendar, years: low...high)
  }

  /// - Complexity: O(tasks + links).
  mutating func plan() throws(ImportFailure) -> ImportedPlan {
    // Links name tasks by UID: two tasks with one UID leave a link nowhere to go.
    for (t, task) in tasks.enumerated() where task.uid >= 0 {
      if places[task.uid] != nil {
        problems.append(
          task.element.problem(
            Phrase(
              nl: "UID \(task.uid) staat twee keer in het bestand",
              en: "UID \(task.uid) appears twice in the file"
            )))
      } else {
        places[task.uid] = t
      }
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    let title = root.line("Title") ?? root.line("Name").map(Self.withoutExtension) ?? ""
    var lots: [Lot] = []
    var milestones: [Item] = []
    // The lot of each item, by index; -1 for the plan's own milestones.
    var placed: [(task: Int, lot: Int, title: String)] = []
    let base = tasks.map(\.level).min() ?? 1
    // The open summaries above the current task: the lot first, then folded summaries.
    var open: [(level: Int, title: String)] = []
    var currentLot = -1
    var otherLot: Int?
    for (t, task) in tasks.enumerated() {
      while let last = open.last, last.level >= task.level { open.removeLast() }
      let hasChildren = t + 1 < tasks.count && tasks[t + 1].level > task.level
      if task.level <= base {
        if hasChildren || task.summary {
          let id = ids.lot(wbs: task.wbs, title: task.name)
          var lot = Lot(id: id, title: task.name)
          lot.procedure = fields(task)["procedure"].flatMap(ProcedureKind.init(rawValue:))
          lot.value = fields(task)["value"].flatMap { Int($0) }
          (lot.owner, lot.note, lot.documents) = annotations(task)
          lots.append(lot)
          summaries.insert(t)
          currentLot = lots.count - 1
          open = [(task.level, task.name)]
        } else if isMilestone(task) {
          placed.append((t, -1, task.name))
          currentLot = -1
          open = []
        } else {
          if otherLot == nil {
            let id = ids.lot(wbs: nil, title: "overig")
            lots.append(Lot(id: id, title: "Overige taken"))
            otherLot = lots.count - 1
          }
          placed.append((t, otherLot!, task.name))
          currentLot = -1
          open = []
        }
        continue
      }
      if hasChildren {
        summaries.insert(t)
        omissions.foldedSummaries += 1
        open.append((task.level, task.name))
        continue
      }
      // A task or sub-summary without a name adds nothing to the path: " / fase" reads back
      // trimmed.
      let path = (open.dropFirst().map(\.title) + [task.name]).filter { !$0.isEmpty }
      if currentLot < 0 {
        // Below a top-level task that is not a lot: tj3 and MS Project never write this.
        if otherLot == nil {
          let id = ids.lot(wbs: nil, title: "overig")
          lots.append(Lot(id: id, title: "Overige taken"))
          otherLot = lots.count - 1
        }
        placed.append((t, otherLot!, path.joined(separator: " / ")))
      } else {
        placed.append((t, currentLot, path.joined(separator: " / ")))
      }
    }
    for entry in placed {
      let task = tasks[entry.task]
      let lotID = entry.lot >= 0 ? lots[entry.lot].id : nil
      itemIDs[entry.task] = ids.item(wbs: task.wbs, title: entry.title, lot: lotID)
    }
    let links = readLinks()
    let linked = Set(links.map(\.to))
    for entry in placed {
      let task = tasks[entry.task]
      guard var item = item(task, title: entry.title, id: itemIDs[entry.task]!) else { continue }
      rule(&item, task, linked: linked.contains(item.id))
      (item.owner, item.note, item.documents) = annotations(task)
      if let progress = progress(task, milestone: item.type == .milestone) {
        item.follow(progress)
      }
      if let defect = item.defect {
        problems.append(
          task.element.problem(
            Phrase(nl: "de taak '\(task.name)': ", en: "the task '\(task.name)': ") + defect))
        continue
      }
      if entry.lot >= 0 { lots[entry.lot].items.append(item) } else { milestones.append(item) }
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    let plan = Plan(
      title: title, organisation: root.line("Company"), lots: lots, milestones: milestones,
      links: links, calendar: omissions.calendar.calendar)
    // MS Project refuses circular links, another tool may not: a plan that cannot be
    // scheduled is not imported.
    var scheduled = plan
    if case .failure(let cycle) = Scheduler.schedule(&scheduled) {
      let graph = PlanGraph(plan)
      let first = plan[graph.locations[cycle.nodes[0]]].id
      let element = itemIDs.first { $0.value == first }.map { tasks[$0.key].element } ?? root
      throw ImportFailure([
        element.problem(
          Phrase(
            nl: "de koppelingen vormen een kring: \(graph.text(cycle, in: plan))",
            en: "the links form a circle: \(graph.text(cycle, in: plan))"))
      ])
    }
    return ImportedPlan(plan: plan, omitted: omissions.phrases)
  }

  /// A task that is one moment: marked so, or of zero length.
  ///
  /// - Complexity: O(1).
  func isMilestone(_ task: MSPDITask) -> Bool {
    // Planwerk writes a phase with no working day in it (a weekend, a closing) as a moment
    // too, but its own field has two days.
    let fields = fields(task)
    if !task.milestone, let start = fields["start"], let end = fields["end"], start != end {
      return false
    }
    return task.milestone || (task.zeroDuration && task.start == task.finish)
      || (task.start != nil && task.start == task.finish)
  }

  /// Planwerk's own fields of a task (`kind=…;start=…`), when the file is Planwerk's.
  ///
  /// - Complexity: O(the field's length).
  func fields(_ task: MSPDITask) -> [String: String] {
    guard let value = task.planwerk else { return [:] }
    var fields: [String: String] = [:]
    for part in value.split(separator: ";") {
      if let eq = part.firstIndex(of: "=") {
        fields[String(part[..<eq])] = String(part[part.index(after: eq)...])
      } else {
        fields[String(part)] = ""
      }
    }
    return fields
  }

  /// - Complexity: O(name).
  static func withoutExtension(_ name: String) -> String {
    name.lowercased().hasSuffix(".xml") ? String(name.dropLast(4)) : name
  }
}
