import PlanKit
import Testing
import Workbench

/// Scripts and sessions told apart: `lees` runs a script from the shell, `open` says a script
/// is one, `bewaar` writes sessions only as .json, and `-` is standard output.
struct ScriptFileTests {
  static let script = """
    # routes
    nieuw "Test"
    perceel r1

    fase r1.a van 1 mei 2022 tot 1 juni 2022
    fase r1.b na r1.a duur 2 maanden
    """

  @Test func readsAScriptAsStepsOfTheJournalAndOfUndo() {
    let files = MemoryFiles(["s.plan": Self.script])
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("lees s.plan")
    #expect(!outcome.failed)
    #expect(outcome.text.hasSuffix("s.plan gelezen: 4 opdrachten."))
    #expect(interpreter.plan.itemCount == 2)
    #expect(interpreter.journal.steps.map(\.command).first == "nieuw \"Test\"")
    #expect(interpreter.journal.steps.count == 4)
    _ = interpreter.run("ongedaan")
    #expect(interpreter.plan.item("r1.b") == nil && interpreter.plan.item("r1.a") != nil)
  }

  @Test func stopsReadingAtTheFirstLineThatFails() {
    let files = MemoryFiles([
      "bad.plan": "perceel r1\nfase r1.x na r1.zz duur 1 maand\nperceel r2\n"
    ])
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("read bad.plan")
    #expect(outcome.failed)
    #expect(outcome.text.contains("bad.plan:2: "))
    #expect(outcome.text.contains("1 opdracht ervoor is uitgevoerd"))
    #expect(interpreter.plan.lotIndex("r1") != nil && interpreter.plan.lotIndex("r2") == nil)
    #expect(interpreter.journal.steps.map(\.command) == ["perceel r1"])
  }

  @Test func refusesAScriptThatReadsAnother() {
    let files = MemoryFiles(["a.plan": "perceel r1\nlees b.plan\n", "b.plan": "perceel r2\n"])
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("lees a.plan")
    #expect(outcome.failed)
    #expect(outcome.text.contains("een script kan geen ander script lezen"))
  }

  @Test func saysAScriptIsNoSessionAndWhatRunsIt() {
    let files = MemoryFiles(["s.plan": Self.script, "s.txt": "perceel r1\n"])
    var interpreter = Fixtures.interpreter(files)
    for name in ["s.plan", "s.txt"] {
      let outcome = interpreter.run("open \(name)")
      #expect(outcome.failed)
      #expect(outcome.text.contains("\(name) is een script met opdrachten, geen bewaarde sessie"))
      #expect(outcome.text.contains("'lees \(name)' voert het uit"))
    }
    var english = Fixtures.interpreter(files)
    _ = english.run("lang en")
    #expect(english.run("read s.json").text.contains("s.json is a session, not a script"))
  }

  @Test func savesASessionOnlyAsJSON() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    let refused = interpreter.run("bewaar x.txt")
    #expect(refused.failed)
    #expect(refused.text.contains("een sessie wordt als .json bewaard, niet als .txt"))
    #expect(refused.text.contains("bewaar x.json, of 'exporteer' voor andere formaten"))
    #expect(files.files["x.txt"] == nil)
    #expect(!interpreter.run("bewaar x").failed)
    #expect(files.files["x.json"] != nil)
    #expect(!interpreter.run("bewaar y.JSON").failed)
  }

  @Test func exportsToTheAnswerForADash() {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession, files: files)
    let outcome = interpreter.run("exporteer markdown -")
    #expect(outcome.text.hasPrefix("# Inkoop Wmo en Participatie 2024"))
    #expect(files.files["-"] == nil)
  }
}
