import PlanKit

extension MSPDIReading {
  /// The owners of each task, by its UID: the names of the resources assigned to it, in the
  /// file's order, joined by commas (Planwerk writes one, its `eigenaar`).
  ///
  /// - Complexity: O(resources + assignments).
  static func owners(_ root: XMLElement) -> [Int: String] {
    var names: [String: String] = [:]
    for resource in root.child("Resources")?.all("Resource") ?? [] {
      guard let uid = resource["UID"], uid != "0", let name = resource.line("Name") else {
        continue
      }
      names[uid] = name
    }
    var owners: [Int: [String]] = [:]
    for assignment in root.child("Assignments")?.all("Assignment") ?? [] {
      guard let task = assignment["TaskUID"].flatMap({ Int($0) }),
        let name = assignment["ResourceUID"].flatMap({ names[$0] })
      else { continue }
      if owners[task]?.contains(name) != true { owners[task, default: []].append(name) }
    }
    return owners.mapValues { $0.joined(separator: ", ") }
  }

  /// The resources no task is assigned to: named among what a plan cannot hold.
  ///
  /// - Complexity: O(resources + assignments).
  static func unassignedResources(_ root: XMLElement) -> Int {
    let assigned = Set(
      (root.child("Assignments")?.all("Assignment") ?? []).compactMap { $0["ResourceUID"] })
    return (root.child("Resources")?.all("Resource") ?? []).filter {
      $0["UID"] != "0" && $0["Name"] != nil && !assigned.contains($0["UID"] ?? "")
    }.count
  }

  /// The task's owner, note and documents: Planwerk's own list of documents where its field
  /// has one, else the task's hyperlink when it is a web or mail address (another kind, a
  /// file on a share, is counted as left out).
  ///
  /// - Complexity: O(the task's text).
  mutating func annotations(_ task: MSPDITask) -> (
    owner: String?, note: String?, documents: [Document]
  ) {
    let note = task.element.line("Notes")
    let owner = owners[task.uid]
    if let listed = fields(task)["documents"] {
      let parts = listed.split(separator: "|", omittingEmptySubsequences: false).map {
        Self.unescape(String($0))
      }
      var documents: [Document] = []
      for pair in stride(from: 0, to: parts.count - 1, by: 2) {
        guard let url = try? Document.validate(parts[pair + 1]) else { continue }
        documents.append(Document(name: parts[pair], url: url))
      }
      return (owner, note, documents)
    }
    guard let address = task.element["HyperlinkAddress"] else { return (owner, note, []) }
    guard let url = try? Document.validate(address) else {
      omissions.otherHyperlinks += 1
      return (owner, note, [])
    }
    let name = task.element.line("Hyperlink") ?? url
    return (owner, note, [Document(name: name, url: url)])
  }

  /// What really happened to a task: Planwerk's own days where MS Project's fields still
  /// agree with them, else read from PercentComplete, ActualStart and ActualFinish (the last
  /// day is the one the finish falls on, or the day before a finish at the day's start).
  ///
  /// - Complexity: O(log days off).
  func progress(_ task: MSPDITask, milestone: Bool) -> Progress? {
    let e = task.element
    let percent = e["PercentComplete"].flatMap { Int($0) }.map { min(100, max(0, $0)) } ?? 0
    let actualStart = e["ActualStart"].flatMap(MSPDIMoment.init)
    let actualFinish = e["ActualFinish"].flatMap(MSPDIMoment.init)
    guard actualStart != nil || actualFinish != nil || percent > 0 else { return nil }
    var started = actualStart.map { $0.minutes >= dayFinish ? $0.day.adding(days: 1) : $0.day }
    var finished: Day?
    if let moment = actualFinish ?? (percent == 100 ? task.finish : nil) {
      finished =
        milestone || moment.minutes > dayStart ? moment.day : moment.day.adding(days: -1)
    }
    if started == nil, !milestone { started = task.start?.day }
    if milestone { started = nil }
    let read = Progress(
      started: started, finished: finished,
      percent: !milestone && finished == nil && percent > 0 && percent < 100 ? percent : nil)
    // A milestone started but not reached (MS Project allows it) has nothing a plan keeps.
    guard read.started != nil || read.finished != nil || read.percent != nil else { return nil }
    let fields = fields(task)
    let own = Progress(
      started: fields["started"].flatMap { Day(iso: $0) },
      finished: fields["finished"].flatMap { Day(iso: $0) },
      percent: fields["percent"].flatMap { Int($0) },
      percentOn: fields["percentOn"].flatMap { Day(iso: $0) })
    // Planwerk's own reading holds a finish on a Saturday and a percentage of 0, which MS
    // Project's fields cannot tell; it is taken while it agrees with them.
    let agrees =
      own.started == read.started && (own.finished == nil) == (read.finished == nil)
      && (own.finished == nil
        || finishMoment(own.finished!, milestone)
          == finishMoment(
            read.finished!, milestone))
      && (own.percent ?? 0) == (read.percent ?? 0)
    return agrees && (own.started != nil || own.finished != nil) ? own : read
  }

  /// The working moment a last day finishes at, to compare two readings of a finish.
  ///
  /// - Complexity: O(log days off).
  func finishMoment(_ last: Day, _ milestone: Bool) -> Day {
    milestone ? last : workdays.advance(last.adding(days: 1), by: -1)
  }

  /// `%25`, `%3B` and `%7C` back to `%`, `;` and `|`.
  ///
  /// - Complexity: O(text).
  static func unescape(_ text: String) -> String {
    guard text.contains("%") else { return text }
    return text.replacingOccurrences("%3B", with: ";").replacingOccurrences("%7C", with: "|")
      .replacingOccurrences("%25", with: "%")
  }
}
