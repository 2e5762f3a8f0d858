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

  /// Aw 2012 art. 2.127: 20 days from the day after the decision is sent; the contract may be
  /// concluded the day after the last of them. A decision sent on 10 June runs 11 to 30 June;
  /// the contract comes on 1 July, the 21st day.
  @Test func keepsTwentyDaysStandstillAndConcludesOnTheTwentyFirst() {
    for kind in [ProcedureKind.openbaar, .nietOpenbaar, .mededingingsprocedure, .dialoog] {
      #expect(days(kind)["einde-alcatel"] == 20 && statutory(kind, "einde-alcatel"), "\(kind)")
      #expect(days(kind)["contract"] == 1 && statutory(kind, "contract"), "\(kind)")
      #expect(ProcedureRules.standstillExemption(kind) == nil)
    }
    #expect(days(.sas)["contract"] == 1 && !statutory(.sas, "contract"))
  }

  /// Aw 2012 art. 2.127 lid 4: a specific contract under a DAS has no standstill period.
  @Test func givesADynamicPurchasingSystemNoStandstillAndSaysWhy() {
    #expect(days(.das)["einde-alcatel"] == nil)
    #expect(ProcedureRules.steps(.das, .init()).last?.after == "gunningsbeslissing")
    #expect(ProcedureRules.standstillExemption(.das)?.nl.contains("art. 2.127 lid 4") == true)
    #expect(ProcedureRules.reference(.nl).contains("das: geen opschortende termijn"))
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
