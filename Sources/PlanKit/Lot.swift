/// A lot (perceel, route): one procurement with its own phases and milestones.
public struct Lot: Hashable, Sendable {
  public var id: String
  public var title: String
  public var procedure: ProcedureKind?
  /// Estimated contract value in whole euros, excluding VAT, over the whole term including
  /// options and extensions: what the thresholds are compared with.
  public var value: Int?
  /// When the value was given per year: that amount and the term in years, options included
  /// (`1+1+1`).
  public var annual: Int?
  public var term: [Int]?
  public var items: [Item]
  /// Who owns the lot, a note and its documents, as for an item.
  public var owner: String?
  public var note: String?
  public var documents: [Document] = []

  public init(
    id: String, title: String, procedure: ProcedureKind? = nil, value: Int? = nil,
    items: [Item] = []
  ) {
    self.id = id
    self.title = title
    self.procedure = procedure
    self.value = value
    self.items = items
  }
}
