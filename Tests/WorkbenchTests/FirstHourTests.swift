import PlanKit
import Testing
import Workbench

/// What a new user stumbled over in the first hour (issue 17), each as they met it.
struct FirstHourTests {
  @Test func suggestsTheItemAnIdStartsAndNoQuestionMarkForALetter() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let shown = interpreter.run("toon r1.inkoop")
    #expect(shown.failed)
    #expect(shown.text.contains("r1.inkoop bestaat niet; bedoelt u r1.inkoopprocedure?"))
    for letter in ["x", "j"] {
      let outcome = interpreter.run(letter)
      #expect(outcome.failed)
      #expect(!outcome.text.contains("'?'"), "\(outcome.text)")
    }
  }
}

extension FirstHourTests {
  @Test func reportsAPhaseThatOverrunsTheMilestoneItLeadsToOnce() {
    var interpreter = Fixtures.after([
      "perceel r1", "fase r1.implementatie van 1 juli 2023 duur 8 maanden",
    ])
    let added = interpreter.run("mijlpaal r1.start op 1 januari 2024 soort uitvoering")
    #expect(added.findings.map(\.kind) == [.concludesTooEarly])
    let check = interpreter.run("controleer")
    #expect(check.text.contains("ligt vóór het einde van r1.implementatie"))
    #expect(!check.text.contains("overlapt"))
    #expect(check.text.contains("1 bevinding."))
  }
}
