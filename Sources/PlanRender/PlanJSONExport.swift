import PlanJSON
import PlanKit

/// `export json`: the scheduled plan as its readers expect it (documented in
/// docs/file-format.md). `end` is exclusive and equals `start` for a milestone.
public enum PlanJSONExport {
  public static let format = "planwerk-plan"
  public static let version = 1

  /// With `statusDate` (the session's `vandaag`), each item's status on that day too.
  public static func render(_ plan: Plan, statusDate: Day? = nil) -> String {
    let item = { (item: Item) in Self.item(item, statusDate: statusDate) }
    var root: JSONObject = [
      "format": .string(format),
      "version": .int(version),
      "title": .string(plan.title),
      "lots": .array(plan.lots.map { lot($0, item) }),
      "milestones": .array(plan.milestones.map(item)),
    ]
    if let organisation = plan.organisation { root["organisation"] = .string(organisation) }
    if let statusDate { root["statusDate"] = .string(statusDate.iso) }
    return JSONWriter.write(.object(root))
  }

  static func lot(_ lot: Lot, _ item: (Item) -> JSONValue) -> JSONValue {
    var members: JSONObject = [
      "id": .string(lot.id),
      "title": .string(lot.title),
      "procedure": lot.procedure.map { .string($0.rawValue) } ?? .null,
      "items": .array(lot.items.map(item)),
    ]
    if let value = lot.value { members["value"] = .int(value) }
    annotate(&members, lot.owner, lot.note, lot.documents)
    return .object(members)
  }

  /// `owner`, `note` and `documents` (`name`, `url`), where there are any.
  static func annotate(
    _ members: inout JSONObject, _ owner: String?, _ note: String?, _ documents: [Document]
  ) {
    if let owner { members["owner"] = .string(owner) }
    if let note { members["note"] = .string(note) }
    if !documents.isEmpty {
      members["documents"] = .array(
        documents.map { .object(["name": .string($0.name), "url": .string($0.url)]) })
    }
  }

  static func item(_ item: Item, statusDate: Day?) -> JSONValue {
    var members: JSONObject = [
      "id": .string(item.id),
      "type": .string(item.type.rawValue),
      "kind": .string(item.kind),
      "title": .string(item.title ?? item.name),
      "start": .string(item.start.day.iso),
      "end": .string(item.end.day.iso),
      "precision": .string(item.start.precision.rawValue),
    ]
    annotate(&members, item.owner, item.note, item.documents)
    // What really happened, as the session file keeps it: the first and last day, a running
    // phase's percentage.
    if let progress = item.progress {
      if let started = progress.started { members["started"] = .string(started.iso) }
      if let finished = progress.finished { members["finished"] = .string(finished.iso) }
      if let percent = progress.percent { members["percent"] = .int(percent) }
    }
    if let statusDate {
      switch item.status(on: statusDate) {
      case .planned: members["status"] = .string("planned")
      case .running: members["status"] = .string("running")
      case .done: members["status"] = .string("done")
      case .late(let days, _):
        members["status"] = .string("late")
        members["daysLate"] = .int(days)
      case .passed(let days):
        // A fixed date gone by that nobody reported: neither done nor late.
        members["status"] = .string("passed")
        members["daysPassed"] = .int(days)
      }
    }
    return .object(members)
  }
}
