import Foundation
import PlanFiles
import PlanKit
import PlanRender

@testable import PlanImport

/// The seed sessions and tj3's MS Project XML of them (`Fixtures/tj3-*.xml`, written by
/// `tj3` from Planwerk's own `export tjp` with `formats mspxml`, as Tests/Consumers/run.sh
/// does on every run).
enum MSPDIFixtures {
  static let root = String(#filePath.split(separator: "/Tests/")[0])
  static let seeds = [
    "000-heerde", "001-hilversum", "002-routes", "003-amersfoort", "004-achterhoek",
  ]

  static func session(_ name: String) throws -> Plan {
    let text = try String(contentsOfFile: root + "/sessions/\(name).json", encoding: .utf8)
    return try SessionFile.decode(text).plan
  }

  static func tj3(_ name: String) throws -> [UInt8] {
    let path = root + "/Tests/PlanImportTests/Fixtures/tj3-\(name).xml"
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// The plan through Planwerk's export and back through the reader.
  static func roundTrip(_ plan: Plan) throws -> ImportedPlan {
    try MSPDIReader.read(Array(MSPDIExport.render(plan).utf8))
  }

  /// What an item shows: the same for an item as typed and as read back.
  struct Shape: Hashable, CustomStringConvertible {
    var id: String
    var type: Item.ItemType
    var kind: String
    var title: String?
    var start: PlanDate
    var end: PlanDate
    var deadline: PlanDate?

    init(_ item: Item) {
      id = item.id
      type = item.type
      kind = item.kind
      title = item.title
      start = item.start
      end = item.end
      deadline = item.deadline
    }

    var description: String {
      "\(id) \(type) \(kind) \(title ?? "-") \(start.day.iso)@\(start.precision)–\(end.day.iso)@\(end.precision) \(deadline.map { $0.day.iso } ?? "")"
    }
  }

  /// The links as MS Project XML holds them: without the statutory period and shift.
  static func links(_ plan: Plan) -> Set<Link> {
    Set(
      plan.links.map {
        Link(from: $0.from, to: $0.to, kind: $0.kind, lag: $0.lag, implicit: $0.implicit)
      })
  }
}
