/// The language the shell speaks. Dutch is the default; English works everywhere.
public enum Language: String, Sendable, CaseIterable, Codable {
  case nl
  case en
}

/// A user-facing text in both languages, kept beside the code that shows it.
public struct Phrase: Sendable, Equatable {
  public var nl: String
  public var en: String

  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  /// A text that reads the same in both languages (an id, a date in ISO form).
  public init(_ both: String) {
    self.nl = both
    self.en = both
  }

  public func callAsFunction(_ language: Language) -> String {
    language == .nl ? nl : en
  }

  public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
    Phrase(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
  }

  /// "1 dag", "5 dagen": a count of calendar days.
  ///
  /// - Complexity: O(1).
  public static func days(_ n: Int) -> Phrase {
    abs(n) == 1 ? Phrase(nl: "\(n) dag", en: "\(n) day") : Phrase(nl: "\(n) dagen", en: "\(n) days")
  }

  /// "1 werkdag", "5 werkdagen".
  ///
  /// - Complexity: O(1).
  public static func workdays(_ n: Int) -> Phrase {
    abs(n) == 1
      ? Phrase(nl: "\(n) werkdag", en: "\(n) working day")
      : Phrase(nl: "\(n) werkdagen", en: "\(n) working days")
  }
}
