import PlanFiles
import PlanKit
import Testing
import Workbench

/// A step that changes more than `Journal.listedChanges` items records a digest.
extension InterpreterTests {
  /// 1,100 items, 220 lots of four phases and a milestone, as `make bench` builds them, opened
  /// from a file: typing them would take the tests a minute in a debug build.
  static func largeSession() -> Interpreter {
    let kinds = PhaseKind.allCases.map(\.rawValue)
    var lots: [Lot] = []
    var links: [Link] = []
    for l in 1...220 {
      let lot = "l\(l)"
      let start = PlanDate(Fixtures.today.adding(days: l))
      var items: [Item] = []
      for (k, kind) in kinds.enumerated() {
        var item = Item(
          id: "\(lot).\(kind)", type: .phase, kind: kind, start: start,
          end: PlanDate(start.day.adding(days: 1)))
        item.length = .duration(PlanDuration([10, 40, 20, 5][k], .workingDays))
        item.anchor = k == 0 ? start : nil
        items.append(item)
        if k > 0 { links.append(Link(from: "\(lot).\(kinds[k - 1])", to: item.id)) }
      }
      var milestone = Item(
        id: "\(lot).gunning", type: .milestone, kind: "mijlpaal", start: start, end: start)
      milestone.fixed = false
      milestone.anchor = nil
      items.append(milestone)
      links.append(Link(from: "\(lot).inkoopprocedure", to: milestone.id))
      links.append(Link(from: "\(lot).voorbereiding", to: milestone.id, implicit: true))
      links.append(Link(from: milestone.id, to: "\(lot).implementatie", implicit: true))
      lots.append(Lot(id: lot, title: "Perceel \(l)", items: items))
    }
    var plan = Plan(title: "Groot", lots: lots, links: links)
    _ = Scheduler.schedule(&plan)
    let files = MemoryFiles()
    files.files["groot.json"] = SessionFile.encode(plan, Settings())
    var interpreter = Interpreter(
      files: files, today: Fixtures.today, clock: FixedTime("2026-11-23T05:14:00Z"))
    _ = interpreter.run("open groot.json")
    return interpreter
  }

  @Test func sumsUpAStepThatMovesMoreThanAThousandItemsInOneRecord() throws {
    var interpreter = Self.largeSession()
    #expect(interpreter.plan.itemCount == 1100)
    let before = interpreter.plan
    #expect(!interpreter.run("verschuif plan 1 week").failed)
    let effect = interpreter.journal.steps.last!.effect
    #expect(effect.count == 1)
    #expect(effect[0].hasPrefix("* 1100 0 0 1100 "))
    // The digest holds what the changes listed one by one would.
    let listed = PlanDiff(from: before, to: interpreter.plan).changes.map(\.record)
    #expect(listed.count == 1100)
    #expect(Journal.Digest.same(listed, effect) == true)
    #expect(Journal.Digest.same(Array(listed.dropFirst()), effect) == false)
    #expect(Journal.Digest.same(listed, listed) == nil)
    #expect(interpreter.journal.effectsLead(to: interpreter.plan))
    #expect(!interpreter.journal.effectsLead(to: before))
    // A later step listed one by one keeps the fingerprint up to date.
    #expect(!interpreter.run("verschuif l3.voorbereiding 2 dagen").failed)
    #expect(interpreter.journal.steps.last!.effect.count < 10)
    #expect(interpreter.journal.effectsLead(to: interpreter.plan))
    var tampered = interpreter.plan
    tampered.lots[100].items[2].end = PlanDate(tampered.lots[100].items[2].end.day.adding(days: 1))
    #expect(!interpreter.journal.effectsLead(to: tampered))
    // Undone, the step is summed up again; the history says what it did.
    #expect(!interpreter.run("ongedaan").failed)
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.plan == before)
    #expect(interpreter.journal.steps.last!.effect[0].hasPrefix("* 1100 0 0 1100 "))
    #expect(interpreter.journal.effectsLead(to: interpreter.plan))
    let steps = interpreter.journal.steps.count
    #expect(interpreter.run("geschiedenis").text.hasSuffix("ongedaan  (1100 verschoven)"))
    #expect(
      interpreter.run("geschiedenis \(steps)").text.contains(
        "1100 verschoven, 0 nieuw, 0 weg (samengevat; vingerafdruk "))
    // A replay does the same again, and ends where the plan is.
    try Replay.verify(interpreter.journal, snapshot: interpreter.plan)
    var changed = interpreter.journal
    changed.steps[steps - 4].command = "verschuif plan 2 weken"
    #expect(throws: PlanError.self) { try Replay.verify(changed, snapshot: interpreter.plan) }
  }

  /// A digest made with the ids' hashes kept from earlier steps (`Journal.IDHashes`) is the
  /// one made without them: after a shift, with ids renamed, items gone and come, and changes
  /// listed out of plan order.
  @Test func sumsUpWithKeptIDHashesAsWithout() {
    var interpreter = Self.largeSession()
    let before = interpreter.plan
    #expect(!interpreter.run("verschuif plan 1 week").failed)
    let shifted = interpreter.plan
    var renamed = shifted
    renamed.lots[3].items[1].id = "l4.anders"
    renamed.lots[7].items.removeLast()
    renamed.lots.removeLast(2)
    var grown = shifted
    grown.lots[0].items.append(
      Item(
        id: "l1.extra", type: .milestone, kind: "mijlpaal", start: before.lots[0].items[0].start,
        end: before.lots[0].items[0].start))
    var kept = Journal.IDHashes()
    for (from, to) in [
      (before, shifted), (shifted, before), (shifted, renamed), (renamed, grown),
      (grown, shifted), (before, renamed),
    ] {
      let changes = PlanDiff(from: from, to: to).changes
      for listed in [changes, changes.reversed()] {
        let fresh = Journal.Digest(listed, in: to)
        #expect(Journal.Digest(listed, in: to, ids: &kept) == fresh)
        #expect(Journal.Digest(listed, in: to, ids: &kept) == fresh)
      }
    }
  }
}
