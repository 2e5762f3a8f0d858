/// A lot (perceel, route): one procurement with its own phases and milestones.
public struct Lot: Hashable, Sendable {
  public var id: String
  public var title: String
  public var procedure: ProcedureKind?
  /// Estimated contract value in whole euros, excluding VAT.
  public var value: Int?
  public var items: [Item]

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
