/// The European thresholds (drempelbedragen, excl. btw) as dated data: they change every two
/// years on 1 January, and the set in force on the day a procedure is announced counts.
/// DOMAIN.md §b gives the sources.
public struct Thresholds: Sendable {
  public let from: Int
  /// Supplies and services, decentral authorities (gemeenten).
  public let services: Int
  public let works: Int
  /// Social and other specific services (SAS).
  public let sas: Int
  public let source: String

  public static let table = [
    Thresholds(
      from: 2016, services: 209_000, works: 5_225_000, sas: 750_000,
      source: "Verordening (EU) 2015/2342"),
    Thresholds(
      from: 2018, services: 221_000, works: 5_548_000, sas: 750_000,
      source: "Verordening (EU) 2017/2365"),
    Thresholds(
      from: 2020, services: 214_000, works: 5_350_000, sas: 750_000,
      source: "Verordening (EU) 2019/1828"),
    Thresholds(
      from: 2022, services: 215_000, works: 5_382_000, sas: 750_000,
      source: "Verordening (EU) 2021/1952"),
    Thresholds(
      from: 2024, services: 221_000, works: 5_538_000, sas: 750_000,
      source: "Verordening (EU) 2023/2495"),
    Thresholds(
      from: 2026, services: 216_000, works: 5_404_000, sas: 750_000,
      source: "Gedelegeerde Verordening (EU) 2025/2152"),
  ]

  /// The set in force on a day: the latest that began by then (the first one before 2016).
  public static func inForce(on day: Day) -> Thresholds {
    table.last { $0.from <= day.year } ?? table[0]
  }

  /// "2026–2027".
  public var period: String { "\(from)–\(from + 1)" }
}
