/// A user-facing error: what was wrong, the words it is about, and a form that works.
///
/// It is rendered to text in one place (Workbench's `ErrorRenderer`).
public struct PlanError: Error, Sendable, Equatable {
  public var message: Phrase
  public var span: Range<Int>?
  public var hint: Phrase?

  public init(_ message: Phrase, at span: Range<Int>? = nil, hint: Phrase? = nil) {
    self.message = message
    self.span = span
    self.hint = hint
  }

  public init(nl: String, en: String, at span: Range<Int>? = nil, hint: Phrase? = nil) {
    self.init(Phrase(nl: nl, en: en), at: span, hint: hint)
  }

  /// The same error pointing at other words, unless it already points somewhere.
  public func pointing(at span: Range<Int>?) -> PlanError {
    var copy = self
    if copy.span == nil { copy.span = span }
    return copy
  }
}
