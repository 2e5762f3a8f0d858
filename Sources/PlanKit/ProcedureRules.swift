/// The steps of each procedure and the periods between them: the Dutch minimum periods of the
/// Aanbestedingswet 2012 as amended on 1 July 2016 (not the directive's shorter ones), and
/// prudent defaults where the law sets none. All of it is here, each number with its source
/// (DOMAIN.md §a and its sources); `help procedure` shows them.
public enum ProcedureRules {
  /// The rules as they stand, and since when.
  public static let validFrom = "1 juli 2016"

  public struct Step: Sendable {
    /// The milestone's name in the lot: `publicatie`, `sluiting-inschrijving`, …
    public let name: String
    public let title: Phrase
    /// The step this one follows, and how many calendar days after it at the least.
    public let after: String?
    public let days: Int
    /// Set when the law sets `days` as a minimum; nil for a prudent default.
    public let source: String?
  }

  public struct Options: Sendable {
    /// Offers sent electronically (the rule since 2016): 5 days off the submission period.
    public var electronic = true
    /// Urgency, where the law allows a shorter (versnelde) procedure.
    public var urgent = false

    public init(electronic: Bool = true, urgent: Bool = false) {
      self.electronic = electronic
      self.urgent = urgent
    }
  }

  static let pianooOpen = "Aw 2012 art. 2.71 (PIANOo, termijnen bij openbare procedures)"
  static let pianooRestricted =
    "Aw 2012 art. 2.74 (PIANOo, termijnen bij procedures met voorselectie)"
  static let restrictedOffers = "Aw 2012 art. 2.74a"
  static let urgency = "Aw 2012, versnelde procedure (PIANOo)"
  static let alcatel = "Aw 2012 art. 2.127 (opschortende termijn)"
  /// The standstill runs 20 days from the day after the decision is sent: the contract may be
  /// concluded on the day after its last day, the 21st.
  static let afterAlcatel = "Aw 2012 art. 2.127: sluiten op de dag na de opschortende termijn"

  /// Why a procedure has no standstill period, where the law exempts it.
  public static func standstillExemption(_ kind: ProcedureKind) -> Phrase? {
    guard kind == .das else { return nil }
    return Phrase(
      nl:
        "geen opschortende termijn voor een specifieke opdracht binnen een DAS (Aw 2012 art. 2.127 lid 4)",
      en:
        "no standstill period for a specific contract under a DAS (Aw 2012 art. 2.127(4))")
  }
  /// The last clarification note comes at least 10 days before the tender deadline.
  public static let lastQuestions = StatutoryPeriod(
    days: 10, source: "PIANOo: laatste nota van inlichtingen ten minste 10 dagen voor de sluiting")

  /// Whether the law leaves the periods to the municipality; the steps then use prudent
  /// defaults based on the niet-openbare procedure.
  public static func isSelfDesigned(_ kind: ProcedureKind) -> Bool {
    [.sas, .openHouse, .geslotenOpenHouse, .meervoudigOnderhands, .enkelvoudigOnderhands].contains(
      kind)
  }

  public static func hasUrgentVariant(_ kind: ProcedureKind) -> Bool {
    [.openbaar, .nietOpenbaar, .mededingingsprocedure].contains(kind)
  }

  static func step(
    _ name: String, _ nl: String, _ en: String, after: String?, _ days: Int, _ source: String?
  ) -> Step {
    Step(name: name, title: Phrase(nl: nl, en: en), after: after, days: days, source: source)
  }

  /// The steps of a procedure in order, each after an earlier one.
  public static func steps(_ kind: ProcedureKind, _ options: Options) -> [Step] {
    let reduction = options.electronic ? 5 : 0
    let publication = step(
      "publicatie", "Publicatie (verzending aankondiging)", "Publication (notice sent)", after: nil,
      0,
      nil)
    let award = step(
      "gunningsbeslissing", "Gunningsbeslissing", "Award decision", after: "sluiting-inschrijving",
      30, nil)
    let standstill = step(
      "einde-alcatel", "Einde Alcatel-termijn", "End of the standstill period",
      after: "gunningsbeslissing", 20, alcatel)
    func contract(after: String, _ days: Int, _ source: String?) -> Step {
      step("contract", "Contract getekend", "Contract signed", after: after, days, source)
    }
    switch kind {
    case .openbaar:
      let offers = options.urgent ? 15 : 45 - reduction
      return [
        publication,
        step(
          "laatste-nvi", "Laatste nota van inlichtingen", "Last clarification note",
          after: "publicatie", max(0, offers - 10), nil),
        step(
          "sluiting-inschrijving", "Sluiting inschrijving", "Tender deadline", after: "publicatie",
          offers, options.urgent ? urgency : pianooOpen),
        award, standstill, contract(after: "einde-alcatel", 1, afterAlcatel),
      ]
    case .nietOpenbaar, .mededingingsprocedure, .dialoog, .innovatiepartnerschap, .das:
      let urgent = options.urgent && hasUrgentVariant(kind)
      let requests = urgent ? 15 : 30
      // A DAS asks offers per specific contract in at least 10 days; a dialogue or an
      // innovation partnership sets no minimum for them: the niet-openbare value as a default.
      let offers = urgent || kind == .das ? 10 : 40 - reduction
      let offersSource: String? =
        urgent
        ? urgency
        : kind == .das
          ? "Aw 2012, DAS: inschrijving per opdracht (PIANOo)"
          : [.dialoog, .innovatiepartnerschap].contains(kind) ? nil : restrictedOffers
      return [
        publication,
        step(
          "sluiting-aanmelding", "Sluiting aanmelding", "Deadline for requests to participate",
          after: "publicatie", requests, urgent ? urgency : pianooRestricted),
        step(
          "selectie", "Selectiebeslissing en uitnodiging", "Selection and invitation",
          after: "sluiting-aanmelding", 14, nil),
        step(
          "laatste-nvi", "Laatste nota van inlichtingen", "Last clarification note",
          after: "selectie", max(0, offers - 10), nil),
        step(
          "sluiting-inschrijving", "Sluiting inschrijving", "Tender deadline", after: "selectie",
          offers, offersSource),
        award,
      ]
        + (kind == .das
          ? [contract(after: award.name, 0, nil)]
          : [standstill, contract(after: "einde-alcatel", 1, afterAlcatel)])
    case .sas, .meervoudigOnderhands, .enkelvoudigOnderhands:
      // No statutory periods: the niet-openbare values as a prudent preset (DOMAIN §a3).
      return [
        publication,
        step(
          "laatste-nvi", "Laatste nota van inlichtingen", "Last clarification note",
          after: "publicatie", 25, nil),
        step(
          "sluiting-inschrijving", "Sluiting inschrijving", "Tender deadline", after: "publicatie",
          35, nil),
        award,
        step(
          "einde-alcatel", "Einde bezwaartermijn", "End of the objection period",
          after: "gunningsbeslissing", 20, nil),
        contract(after: "einde-alcatel", 1, nil),
      ]
    case .openHouse, .geslotenOpenHouse:
      // Not an aanbesteding: an admission system with its own, announced moments (§a4).
      return [
        publication,
        step(
          "sluiting-toetreding", "Sluiting toetredingsmoment", "Close of the admission window",
          after: "publicatie", 30, nil),
        step(
          "toelating", "Toelatingsbesluit", "Admission decision", after: "sluiting-toetreding", 14,
          nil),
        contract(after: "toelating", 14, nil),
      ]
    }
  }

  /// The periods with their sources, for `help procedure`.
  public static func reference(_ language: Language) -> String {
    let nl = language == .nl
    var lines = [
      nl
        ? "  termijnen (kalenderdagen, Aw 2012 sinds \(validFrom); elektronisch, tenzij 'papier'):"
        : "  periods (calendar days, Aw 2012 since \(validFrom); electronic unless 'paper'):"
    ]
    for kind in ProcedureKind.allCases {
      let parts = steps(kind, Options()).compactMap { step -> String? in
        guard let after = step.after, step.days > 0 else { return nil }
        let basis =
          step.source
          ?? (nl ? "standaard, geen wettelijke termijn" : "default, no statutory period")
        return "\(after) → \(step.name) \(step.days) (\(basis))"
      }
      lines.append("    \(kind.rawValue): " + parts.joined(separator: "; "))
    }
    lines.append(
      "    laatste-nvi → sluiting-inschrijving \(lastQuestions.days) (\(lastQuestions.source))")
    for kind in ProcedureKind.allCases {
      if let exemption = standstillExemption(kind) {
        lines.append("    \(kind.rawValue): \(exemption(language))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
