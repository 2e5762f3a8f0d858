/// What a calendar was last given of an item: its version (`SEQUENCE`), a fingerprint of what
/// it showed (dates and summary) and when that last changed (`LAST-MODIFIED`). A session keeps
/// these so that an event's version rises whenever its dates or title change between two
/// exports, as calendars that follow a file or import it again need to update it, and never
/// otherwise.
public struct PublishedEvent: Hashable, Sendable {
  public var sequence: Int
  public var fingerprint: String
  /// `YYYYMMDDTHHMMSSZ`.
  public var modified: String

  public init(sequence: Int, fingerprint: String, modified: String) {
    self.sequence = sequence
    self.fingerprint = fingerprint
    self.modified = modified
  }
}
