import PlanKit
import Testing

struct SuggestionTests {
  @Test func suggestsTheClosestWordForATypingSlip() {
    #expect(Suggestion.closest("gant", ["fase", "gantt", "perceel"]) == "gantt")
    #expect(Suggestion.closest("perceeel", ["fase", "gantt", "perceel"]) == "perceel")
    #expect(Suggestion.closest("xyz", ["fase", "gantt"]) == nil)
  }

  @Test func suggestsNothingForAWordFarLongerThanEveryCandidate() {
    let word = String(repeating: "perceel", count: 150_000)
    #expect(Suggestion.closest(word, ["fase", "gantt", "perceel"]) == nil)
    #expect(Suggestion.closest("perceelperceel", ["perceel"]) == nil)
  }
}
