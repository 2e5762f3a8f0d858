import Testing

@testable import PlanKit

/// The steps and periods of each procedure against DOMAIN.md §a2.
struct ProcedureRulesTests {
  func days(_ kind: ProcedureKind, _ options: ProcedureRules.Options = .init()) -> [String: Int] {
    Dictionary(
      ProcedureRules.steps(kind, options).map { ($0.name, $0.days) },
      uniquingKeysWith: { a, _ in a })
  }

  func statutory(_ kind: ProcedureKind, _ step: String, _ options: ProcedureRules.Options = .init())
    -> Bool
  {
    ProcedureRules.steps(kind, options).first { $0.name == step }?.source != nil
  }

  @Test func givesTheOpenProcedureFortyFiveDaysLessFiveForElectronicOffers() {
    #expect(days(.openbaar)["sluiting-inschrijving"] == 40)
    #expect(days(.openbaar, .init(electronic: false))["sluiting-inschrijving"] == 45)
    #expect(days(.openbaar, .init(urgent: true))["sluiting-inschrijving"] == 15)
    #expect(statutory(.openbaar, "sluiting-inschrijving"))
  }

  @Test func givesTheRestrictedProcedureThirtyAndFortyDays() {
    let restricted = days(.nietOpenbaar)
    #expect(restricted["sluiting-aanmelding"] == 30 && restricted["sluiting-inschrijving"] == 35)
    #expect(days(.nietOpenbaar, .init(electronic: false))["sluiting-inschrijving"] == 40)
    let urgent = days(.nietOpenbaar, .init(urgent: true))
    #expect(urgent["sluiting-aanmelding"] == 15 && urgent["sluiting-inschrijving"] == 10)
    #expect(days(.mededingingsprocedure)["sluiting-aanmelding"] == 30)
    #expect(days(.das)["sluiting-inschrijving"] == 10)
  }

  @Test func keepsTwentyDaysStandstillAfterTheAwardDecision() {
    for kind in [ProcedureKind.openbaar, .nietOpenbaar, .mededingingsprocedure, .dialoog] {
      #expect(days(kind)["einde-alcatel"] == 20 && statutory(kind, "einde-alcatel"), "\(kind)")
    }
  }

  @Test func usesPrudentDefaultsWhereTheLawSetsNone() {
    for kind in [ProcedureKind.sas, .openHouse, .geslotenOpenHouse, .meervoudigOnderhands] {
      #expect(ProcedureRules.isSelfDesigned(kind))
      #expect(ProcedureRules.steps(kind, .init()).allSatisfy { $0.source == nil }, "\(kind)")
    }
    #expect(
      !statutory(.dialoog, "sluiting-inschrijving") && statutory(.dialoog, "sluiting-aanmelding"))
    #expect(!ProcedureRules.hasUrgentVariant(.dialoog) && !ProcedureRules.hasUrgentVariant(.sas))
  }

  @Test func ordersEveryStepAfterAnEarlierOne() {
    for kind in ProcedureKind.allCases {
      var seen = Set<String>()
      for step in ProcedureRules.steps(kind, .init()) {
        #expect(step.after.map(seen.contains) ?? seen.isEmpty, "\(kind) \(step.name)")
        seen.insert(step.name)
      }
    }
  }
}
