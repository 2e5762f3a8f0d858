/// A minimum period the law sets between two steps of a procedure, with where it comes from.
public struct StatutoryPeriod: Hashable, Sendable {
  public var days: Int
  public var source: String

  public init(days: Int, source: String) {
    self.days = days
    self.source = source
  }
}
