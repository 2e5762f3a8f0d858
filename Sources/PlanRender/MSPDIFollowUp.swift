import PlanKit

/// What MS Project shows of a plan that is followed: progress (PercentComplete, ActualStart,
/// ActualFinish, the project's StatusDate), each item's and lot's note (Notes), its first
/// document as the task's hyperlink, and its owner as a resource assigned to it, so that
/// MS Project lists the owner under Resource Names. Every document, with its exact days, is
/// kept in Planwerk's own field too (`documents=`), which `MSPDIReader` reads back.
struct MSPDIFollowUp {
  /// One resource per owner, numbered in the order they first appear.
  var resources: [String] = []
  var resourceUIDs: [String: Int] = [:]
  /// The task UID and resource UID of each owned task, in task order.
  var assignments: [(task: Int, resource: Int)] = []

  /// - Complexity: O(lots + items).
  init(_ plan: Plan, uids: [String: Int]) {
    func own(_ key: String, _ owner: String?) {
      guard let owner, let task = uids[key] else { return }
      let uid: Int
      if let known = resourceUIDs[owner] {
        uid = known
      } else {
        resources.append(owner)
        uid = resources.count
        resourceUIDs[owner] = uid
      }
      assignments.append((task, uid))
    }
    for lot in plan.lots {
      own(lot.id, lot.owner)
      for item in lot.items { own(item.id, item.owner) }
    }
    for item in plan.milestones { own(item.id, item.owner) }
  }

  /// `PercentComplete`, `ActualStart` and `ActualFinish`, in the schema's place after
  /// `Summary`: a done item is 100%, a running one its percentage (0 when none was given);
  /// the moments as the task's own Start and Finish, since the item is fixed on them.
  ///
  /// - Complexity: O(log days off).
  static func writeProgress(_ item: Item, times: MSPDITimes, to out: inout MSPDIWriter) {
    guard let progress = item.progress, progress.started != nil || progress.finished != nil
    else { return }
    let (start, finish, _) = times.moments(item)
    out.element("PercentComplete", progress.finished != nil ? "100" : String(progress.percent ?? 0))
    out.element("ActualStart", start)
    if progress.finished != nil { out.element("ActualFinish", finish) }
  }

  /// `Hyperlink`, `HyperlinkAddress` (the first document) and `Notes`, after `Deadline`.
  ///
  /// - Complexity: O(text).
  static func writeNotes(note: String?, documents: [Document], to out: inout MSPDIWriter) {
    if let first = documents.first {
      out.element("Hyperlink", first.name.xmlText)
      out.element("HyperlinkAddress", first.url.xmlText)
    }
    if let note { out.element("Notes", note.xmlText) }
  }

  /// Planwerk's fields of progress and documents: `started=`, `finished=`, `percent=`,
  /// `percentOn=` and
  /// `documents=NAME|URL|…`, each part's `%`, `;` and `|` percent-escaped.
  ///
  /// - Complexity: O(documents' text).
  static func fields(progress: Progress?, documents: [Document]) -> [String] {
    var fields: [String] = []
    if let started = progress?.started { fields.append("started=\(started.iso)") }
    if let finished = progress?.finished { fields.append("finished=\(finished.iso)") }
    if let percent = progress?.percent { fields.append("percent=\(percent)") }
    if let percentOn = progress?.percentOn { fields.append("percentOn=\(percentOn.iso)") }
    if !documents.isEmpty {
      fields.append(
        "documents="
          + documents.flatMap { [escape($0.name), escape($0.url)] }.joined(separator: "|"))
    }
    return fields
  }

  /// `%`, `;` and `|` as `%25`, `%3B` and `%7C`: a document's name or address inside
  /// Planwerk's field, whose parts `;` and `|` separate.
  ///
  /// - Complexity: O(text).
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "%": out += "%25"
      case ";": out += "%3B"
      case "|": out += "%7C"
      default: out.append(character)
      }
    }
    return out
  }

  /// `Resources` and `Assignments`, after `Tasks`: each owner a work resource, each owned task
  /// assigned to its owner.
  ///
  /// - Complexity: O(resources + assignments).
  func write(to out: inout MSPDIWriter) {
    guard !resources.isEmpty else { return }
    out.open("Resources")
    for (i, name) in resources.enumerated() {
      out.open("Resource")
      out.element("UID", String(i + 1))
      out.element("ID", String(i + 1))
      out.element("Name", name.xmlText)
      out.element("Type", "1")
      out.close("Resource")
    }
    out.close("Resources")
    out.open("Assignments")
    for (i, assignment) in assignments.enumerated() {
      out.open("Assignment")
      out.element("UID", String(i + 1))
      out.element("TaskUID", String(assignment.task))
      out.element("ResourceUID", String(assignment.resource))
      out.close("Assignment")
    }
    out.close("Assignments")
  }
}
