/// The rules for lot and item names: a letter first, then letters, digits, `-` or `_`.
/// Names are lowercased so that `R1` and `r1` are the same lot.
public enum Identifier {
  public static func isValidPart(_ text: some StringProtocol) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }

  /// Whether `text` is a stored name: lowercase, with one part (`r1`) or up to `parts`.
  public static func isCanonical(_ text: String, parts: Int) -> Bool {
    let split = text.split(separator: ".", omittingEmptySubsequences: false)
    return text == text.lowercased() && split.count <= parts && split.allSatisfy(isValidPart)
  }

  /// Checks a lot id (`r1`) or an item id (`r1.voorbereiding`, or `college` at plan level).
  public static func validate(_ text: String, span: Range<Int>?, allowDot: Bool) throws(PlanError)
    -> String
  {
    guard isCanonical(text.lowercased(), parts: allowDot ? 2 : 1) else {
      throw PlanError(
        nl: "'\(text)' is geen geldige naam", en: "'\(text)' is not a valid name", at: span,
        hint: allowDot
          ? Phrase(
            nl:
              "een naam is perceel.onderdeel met letters, cijfers, - of _, zoals r1.voorbereiding",
            en: "a name is lot.part with letters, digits, - or _, like r1.voorbereiding")
          : Phrase(
            nl: "begin met een letter; daarna letters, cijfers, - of _, zoals r1 of jeugd",
            en: "start with a letter, then letters, digits, - or _, like r1 or youth"))
    }
    return text.lowercased()
  }
}
