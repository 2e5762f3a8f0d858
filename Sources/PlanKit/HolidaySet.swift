/// Which public holidays count as days off.
///
/// `gemeente` is the capacity calendar of municipal staff: the eight paid holidays of the cao
/// gemeenten (art. 6.6 since the 2023 cao; Bevrijdingsdag every year from 2024, before that in
/// lustrum years only). `atw` is the Algemene termijnenwet (art. 3) for statutory periods,
/// with Goede Vrijdag and the days a royal decree makes equal to holidays (`DecreeDays`),
/// which the Atw treats the same. DOMAIN.md §c1 gives the sources.
public enum HolidaySet: String, Sendable, CaseIterable {
  case gemeente
  case atw

  public func includes(_ holiday: Holiday) -> Bool {
    switch holiday.name {
    case .eerstePaasdag, .eerstePinksterdag: return false
    case .goedeVrijdag, .gelijkgesteld: return self == .atw
    case .bevrijdingsdag:
      let year = holiday.day.year
      return self == .atw || year >= 2024 || year % 5 == 0
    default: return true
    }
  }

  public var summary: Phrase {
    switch self {
    case .gemeente:
      return Phrase(
        nl: "de acht betaalde feestdagen van de cao gemeenten",
        en: "the eight paid holidays of the cao gemeenten")
    case .atw:
      return Phrase(
        nl:
          "de feestdagen van de Algemene termijnenwet, met Goede Vrijdag en de gelijkgestelde dagen",
        en: "the holidays of the Algemene termijnenwet, with Good Friday and the days made equal")
    }
  }
}
