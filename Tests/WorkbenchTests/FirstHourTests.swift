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
