import PlanKit
import Testing
import Workbench

/// `kopieer`: seed 002's routes share one shape; the second is the first, copied and moved.
struct CopyCommandTests {
  @Test func copiesALotWithItsItemsAndLinksShiftedAsAsked() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let outcome = interpreter.run("kopieer r1 als r2 \"Route 2: Jeugd\" verschoven 1 maand")
    #expect(!outcome.failed, "\(outcome.text)")
    #expect(outcome.text.hasPrefix("+ r2  Route 2: Jeugd\n+ r2.voorbereiding  1 jun. 2022"))
    let plan = interpreter.plan
    #expect(plan.lots.map(\.id) == ["r1", "r2"])
    #expect(plan.lots[1].procedure == .sas)
    #expect(plan.item("r2.start")?.start.day == Day(year: 2024, month: 2, day: 1))
    #expect(plan.item("r1.start")?.start.day == Day(year: 2024, month: 1, day: 1))
    #expect(plan.links.contains { $0.from == "r2.voorbereiding" && $0.to == "r2.inkoopprocedure" })
    // The copy follows its own links: moving its first phase moves the rest of it alone.
    _ = interpreter.run("verschuif r2.voorbereiding 1 maand")
    #expect(
      interpreter.plan.item("r2.inkoopprocedure")?.start.day == Day(year: 2022, month: 11, day: 1))
    #expect(
      interpreter.plan.item("r1.inkoopprocedure")?.start.day == Day(year: 2022, month: 9, day: 1))
    _ = interpreter.run("ongedaan")
    _ = interpreter.run("ongedaan")
    #expect(interpreter.plan.lotIndex("r2") == nil)
  }

  @Test func refusesACopyWithoutANewName() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let unnamed = interpreter.run("kopieer r1")
    #expect(unnamed.failed && unnamed.text.contains("als welk perceel?"))
    let taken = interpreter.run("copy r1 as r1")
    #expect(taken.failed && taken.text.contains("r1"))
    let unknown = interpreter.run("kopieer r9 als r2")
    #expect(unknown.failed && unknown.text.contains("perceel r9 bestaat niet"))
  }
}
