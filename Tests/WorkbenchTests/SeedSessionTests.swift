import Foundation
import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// The five seed documents as saved sessions: each replays to its snapshot, each script makes
/// its session again, and every dated item matches the transcription in seed-plans.json (a
/// copy of shared/domain/seed-plans.json in Tests/WorkbenchTests/Seeds).
struct SeedSessionTests {
  static let root = String(#filePath.split(separator: "/Tests/")[0])
  static let sessions = [
    "000-heerde", "001-hilversum", "002-routes", "003-amersfoort", "004-achterhoek",
  ]

  /// How a session item stands for a dated entry of the transcription.
  enum Check: Sendable {
    /// A milestone on the entry's day.
    case day
    /// Starts on the first day of the entry's window, at this precision.
    case window(DatePrecision)
    /// A deadline: the entry is a latest date ("uiterlijk").
    case latest
    /// A phase over the entry's inclusive window: its end is the day after `latest`.
    case inclusive
    /// A phase from the start to the end of the entry's `iso` (or `contextual_iso`) interval.
    case interval
    /// A phase over a season, kept a season.
    case season
  }

  struct Expectation: Sendable {
    let seed: Int
    let path: [String]
    let item: String
    let check: Check
  }

  static func e(_ seed: Int, _ path: String, _ item: String, _ check: Check) -> Expectation {
    Expectation(
      seed: seed, path: path.split(separator: "/").map(String.init), item: item, check: check)
  }

  static let milestones003 = [
    ("Publicatie selectiedocumenten", "publicatie"),
    ("Indiening offertes selectiefase", "indiening-selectie"),
    ("Selectie", "selectie"), ("Indiening offertes gunningsfase", "indiening-gunning"),
    ("Gunning", "gunning"),
  ]

  static let documents: [Expectation] = [
    e(0, "events/0/date", "raad-locatie", .day), e(0, "events/1/date", "hbh.raadsbesluit", .day),
    e(0, "events/2/date", "inhuur.strategie", .latest),
    e(0, "periods/0", "kader.kadernota", .inclusive),
    e(1, "events/0/date", "sd.collegebesluit", .day), e(1, "events/1/date", "sd.publicatie", .day),
    e(1, "events/2/date", "sd.afronding", .latest),
    e(1, "events/3/date", "sd.implementatie", .interval),
    e(1, "events/4/date", "sd.ingang", .day), e(1, "periods/0", "sd.uitvoering", .inclusive),
    e(2, "goals_with_dates/0", "doel-contracten", .day),
    e(4, "text_events/0/date", "college-uitgangspunten", .day),
    e(4, "text_events/1/date", "raad-wensen", .day),
    e(4, "text_events/2/date", "regio.vervolguitwerking", .window(.earlyMonth)),
    e(4, "text_events/3/date", "regio.financien", .day),
    e(4, "text_events/5/date", "regio.publicatie", .day),
    e(4, "text_events/6/date", "regio.gunning", .day),
    e(4, "text_events/7/date", "regio.ingang", .day),
    e(4, "planning_table/rows/0/planning", "regio.dialoog", .interval),
    e(4, "planning_table/rows/0/embedded_dates/0", "regio.sociale-raden", .day),
    e(4, "planning_table/rows/1/planning", "regio.vervolguitwerking", .window(.earlyMonth)),
    e(4, "planning_table/rows/2/planning", "regio.kwaliteitskader", .window(.lateMonth)),
    e(4, "planning_table/rows/2/planning", "dyslexie.publicatie", .window(.lateMonth)),
    e(4, "planning_table/rows/3/planning", "regio.financien", .day),
    e(4, "planning_table/rows/4/planning", "regio.inkoopdocumenten", .day),
    e(4, "planning_table/rows/5/planning", "regio.publicatie", .latest),
    e(4, "planning_table/rows/6/planning", "dyslexie.ingang", .day),
    e(4, "planning_table/rows/7/planning", "regio.gunning", .day),
    // "Najaar 2021" in the table; as a process it runs from the award (1 okt. 2021) to the
    // contract start, the body text's own reading (contextual_iso).
    e(4, "planning_table/rows/8/planning", "regio.implementatie", .interval),
    e(4, "planning_table/rows/9/planning", "regio.ingang", .latest),
  ]

  /// Seed 002's planning table: three routes, four rows.
  static var routes: [Expectation] {
    var list: [Expectation] = []
    for route in 1...3 {
      for (row, phase) in ["voorbereiding", "inkoopprocedure", "implementatie"].enumerated() {
        list.append(
          e(2, "planning/rows/\(row)/cells/Route \(route)", "r\(route).\(phase)", .inclusive))
      }
      list.append(e(2, "planning/rows/3/cells/Route \(route)", "r\(route).start", .day))
    }
    return list
  }

  /// Seed 003's planning table: three percelen, six milestones each.
  static var percelen: [Expectation] {
    var list: [Expectation] = []
    for (row, lot) in ["opvang", "wmo", "jeugd"].enumerated() {
      for (column, name) in milestones003 {
        let path = "planning/rows/\(row)/milestones/\(column)"
        list.append(e(3, path, "\(lot).\(name)", .window(.month)))
      }
      list.append(e(3, "planning/rows/\(row)/milestones/Ingang contract", "\(lot).ingang", .day))
    }
    return list
  }

  static var expectations: [Expectation] { documents + routes + percelen }

  // Left out on purpose: 004 text_events/4 ("begin maart 2021"), where the planning table's
  // 23 maart 2021 is used for the inkoopdocumenten; 000 periods 1-2 and 002 goals 1-2, which
  // the seeds do not date.

  static func transcription() throws -> [[String: Any]] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: root + "/Tests/WorkbenchTests/Seeds/seed-plans.json"))
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    return object["seeds"] as! [[String: Any]]
  }

  static func session(_ name: String) throws -> SessionFile.Contents {
    try SessionFile.decode(
      String(contentsOfFile: root + "/sessions/\(name).json", encoding: .utf8))
  }

  @Test(arguments: sessions)
  func replaysToItsSnapshot(_ name: String) throws {
    let contents = try Self.session(name)
    #expect(!contents.journal.steps.isEmpty)
    try Replay.verify(contents.journal, snapshot: contents.plan)
  }

  /// What users did and could not undo: open a seed session, shift the plan or a lot, save,
  /// open again. It must open without a word and with the same plan and journal.
  @Test(arguments: sessions)
  func opensAgainAfterShiftsTheWayItWasSaved(_ name: String) throws {
    let files = MemoryFiles([
      "s.json": try String(contentsOfFile: Self.root + "/sessions/\(name).json", encoding: .utf8)
    ])
    var interpreter = Interpreter(files: files, today: Day(year: 2026, month: 1, day: 1)!)
    #expect(!interpreter.run("open s.json").failed)
    let lot = interpreter.plan.lots.last { !$0.items.isEmpty }?.id ?? "plan"
    for line in ["verschuif plan 2 weken", "verschuif \(lot) -1w", "verschuif plan -3 wd"] {
      let outcome = interpreter.run(line)
      #expect(!outcome.failed, "\(line): \(outcome.text)")
      _ = interpreter.run("bewaar")
      var reopened = Interpreter(files: files, today: Day(year: 2026, month: 1, day: 1)!)
      let opened = reopened.run("open s.json")
      #expect(!opened.failed && opened.notice.isEmpty, "after \(line): \(opened.text)")
      #expect(reopened.plan == interpreter.plan)
      #expect(reopened.journal == interpreter.journal)
    }
  }

  @Test(arguments: sessions)
  func comesFromItsScript(_ name: String) throws {
    let script = try String(contentsOfFile: Self.root + "/sessions/\(name).plan", encoding: .utf8)
    let files = MemoryFiles()
    var interpreter = Interpreter(files: files, today: Day(year: 2026, month: 1, day: 1)!)
    var failures: [String] = []
    let ok = BatchRunner.run(
      script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
      on: &interpreter, bail: true, output: { _ in }, errors: { failures.append($0) })
    #expect(ok, "\(failures)")
    let made = try SessionFile.decode(try files.read("sessions/\(name).json"))
    let saved = try Self.session(name)
    #expect(made.plan == saved.plan)
    #expect(made.journal.steps.map(\.command) == saved.journal.steps.map(\.command))
    #expect(made.journal.steps.map(\.effect) == saved.journal.steps.map(\.effect))
  }

  @Test func matchesEveryDatedEntryOfTheTranscription() throws {
    let seeds = try Self.transcription()
    let plans = try Self.sessions.map { try Self.session($0).plan }
    for expectation in Self.expectations {
      var node: Any = seeds[expectation.seed]
      for key in expectation.path {
        if let index = Int(key), let array = node as? [Any] {
          node = array[index]
        } else {
          node = (node as! [String: Any])[key]!
        }
      }
      let date = node as! [String: Any]
      guard let item = plans[expectation.seed].item(expectation.item) else {
        Issue.record("\(expectation.item) is missing from seed \(expectation.seed)")
        continue
      }
      let label = "\(expectation.item) ~ \(expectation.path.joined(separator: "/"))"
      let iso = (date["contextual_iso"] ?? date["iso"]) as? String
      switch expectation.check {
      case .day:
        #expect(item.start.day.iso == iso && item.start.precision == .day, "\(label)")
      case .window(let precision):
        #expect(item.start.windowStart.iso == date["earliest"] as? String, "\(label)")
        #expect(item.start.precision == precision, "\(label)")
      case .latest:
        let latest = date["latest"] as? String
        #expect(item.deadline?.day.iso == latest, "\(label)")
        #expect(item.start.day.iso <= latest!, "\(label)")
      case .inclusive:
        let latest = Day(iso: date["latest"] as! String)!
        #expect(item.start.windowStart.iso == date["earliest"] as? String, "\(label)")
        #expect(item.end.day == latest.adding(days: 1), "\(label)")
      case .season:
        let latest = Day(iso: date["latest"] as! String)!
        #expect(item.start.windowStart.iso == date["earliest"] as? String, "\(label)")
        #expect(
          item.start.precision == .season && item.end.day == latest.adding(days: 1), "\(label)")
      case .interval:
        let parts = iso!.split(separator: "/").map(String.init)
        #expect(item.start.day.iso == parts[0] && item.end.day.iso == parts[1], "\(label)")
      }
    }
    #expect(Self.expectations.count == 60)
  }
}
