/// The rules for lot and item names: a letter first, then letters, digits, `-` or `_`.
/// Names are lowercased so that `R1` and `r1` are the same lot.
public enum Identifier {
  public static func isValidPart(_ text: some StringProtocol) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }

  /// Whether `text` is a stored name: lowercase, with one part (`r1`) or up to `parts`.
  public static func isCanonical(_ text: String, parts: Int) -> Bool {
    if let fast = isCanonicalASCII(text, parts: parts) { return fast }
    let split = text.split(separator: ".", omittingEmptySubsequences: false)
    return text == text.lowercased() && split.count <= parts && split.allSatisfy(isValidPart)
  }

  /// The same rule on ASCII bytes, as a file of 100,000 items needs it; nil for other text.
  static func isCanonicalASCII(_ text: String, parts: Int) -> Bool? {
    var count = 1
    var atStart = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): atStart = false
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
        if atStart { return false }
      case UInt8(ascii: "."):
        if atStart { return false }
        count += 1
        atStart = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return false
      case 0x80...: return nil
      default: return false
      }
    }
    return !atStart && count <= parts
  }

  /// The longest name that can be typed: a name is a handle for commands, the title says the
  /// rest, and a name is echoed in every answer about it.
  public static let maximumLength = 64

  /// Checks a lot id (`r1`) or an item id (`r1.voorbereiding`, or `college` at plan level).
  public static func validate(_ text: String, span: Range<Int>?, allowDot: Bool) throws(PlanError)
    -> String
  {
    // A name typed as stored (lowercase ASCII), as scripts write them: its bytes say so.
    if text.utf8.count <= maximumLength, isCanonicalASCII(text, parts: allowDot ? 2 : 1) == true {
      return text
    }
    guard text.utf8.count <= maximumLength * 4, text.count <= maximumLength else {
      throw PlanError(
        nl: "de naam is te lang (\(text.count) tekens; ten hoogste \(maximumLength))",
        en: "the name is too long (\(text.count) characters; at most \(maximumLength))", at: span,
        hint: Phrase(
          nl: "kies een korte naam en zet de rest in de titel: titel \"...\"",
          en: "choose a short name and put the rest in the title: title \"...\""))
    }
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
