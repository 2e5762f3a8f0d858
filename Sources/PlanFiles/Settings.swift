import PlanKit

/// What a session remembers besides the plan.
public struct Settings: Equatable, Sendable {
  public var language: Language = .nl
  public var ascii = false
  /// The day `vandaag` means when fixed with `vandaag DATUM`; otherwise the clock's day.
  public var today: Day?
  /// The terminal's width, for charts; not saved.
  public var width = 80
  /// Colour in charts: only on a terminal, never with NO_COLOR; not saved.
  public var colour = false
  /// What `exporteer ics` last gave calendars, by event UID: saved, so that an event's
  /// SEQUENCE keeps rising from session to session.
  public var published: [String: PublishedEvent] = [:]

  public init(language: Language = .nl, ascii: Bool = false, today: Day? = nil) {
    self.language = language
    self.ascii = ascii
    self.today = today
  }
}
