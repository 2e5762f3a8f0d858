import PlanKit
import Testing

@testable import PlanImport

@Test func keepsEveryProblemOfAFailedImport() {
  let problems = [
    ImportProblem(line: 2, column: 3, message: Phrase("a")),
    ImportProblem(line: 5, column: 1, message: Phrase("b")),
  ]
  #expect(ImportFailure(problems).problems.map(\.line) == [2, 5])
}
