import Testing

@testable import PlanKit

struct DecisionKindTests {
  @Test func readsTheKindFromDutchAndEnglishWords() {
    #expect(DecisionKind.named("RIB") == .raadsinformatiebrief)
    #expect(DecisionKind.named("wensen-en-bedenkingen") == .wensenEnBedenkingen)
    #expect(DecisionKind.named("council") == .raadsbesluit)
    #expect(DecisionKind.named("besluit") == nil)
  }

  @Test func suggestsTheKindANameSpeaksOf() {
    #expect(DecisionKind.suggested(by: "college-amersfoort") == .collegebesluit)
    #expect(DecisionKind.suggested(by: "raad") == .raadsbesluit)
    #expect(DecisionKind.suggested(by: "rib-gunning") == .raadsinformatiebrief)
    #expect(DecisionKind.suggested(by: "regio") == .regiobesluit)
    #expect(DecisionKind.suggested(by: "gunning") == .collegebesluit)
  }

  @Test func namesAMunicipalitysCollegeDecision() {
    #expect(
      DecisionKind.collegeID(of: ["Utrechtse", "Heuvelrug"]) == "college-utrechtse-heuvelrug")
    #expect(DecisionKind.collegeID(of: ["Baarn"]) == "college-baarn")
  }
}
