/// Days the organisation is closed as a whole: "vrij 27 dec 2022 tot 2 jan 2023".
public struct Closing: Hashable, Sendable {
  /// Half-open, like every period in a plan.
  public var days: Range<Day>
  public var title: String?

  public init(days: Range<Day>, title: String? = nil) {
    self.days = days
    self.title = title
  }
}
