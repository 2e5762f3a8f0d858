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

  @Test func suggestsNothingThatKeepsNoCharacterOfTheWord() {
    #expect(Suggestion.closest("x", ["?", "help", "fase"]) == nil)
    #expect(Suggestion.closest("j", ["?", "help"]) == nil)
    #expect(Suggestion.closest("di", ["dec", "mei"]) == nil)
  }

  @Test func suggestsTheOnlyWordThatStartsWithWhatWasTyped() {
    let ids = ["r1.voorbereiding", "r1.inkoopprocedure", "r1.implementatie"]
    #expect(Suggestion.closest("r1.inkoop", ids) == "r1.inkoopprocedure")
    #expect(Suggestion.closest("R1.IMPL", ids) == "r1.implementatie")
    #expect(Suggestion.closest("r1.i", ids) == nil)
  }
}
