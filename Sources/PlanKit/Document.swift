/// A link from an item or lot to where its document lives: the collegevoorstel in the
/// council's system, the notice on TenderNed. Only web and mail addresses, so that no export
/// can be made to run something when its reader follows the link.
public struct Document: Hashable, Sendable {
  public var name: String
  public var url: String

  public init(name: String, url: String) {
    self.name = name
    self.url = url
  }

  static let schemes = ["https://", "http://", "mailto:"]

  /// The address as given, when it is a web or mail address without spaces or control
  /// characters.
  ///
  /// - Complexity: O(address).
  public static func validate(_ url: String, span: Range<Int>? = nil) throws(PlanError) -> String {
    let lower = url.lowercased()
    let spaced = url.unicodeScalars.contains { $0.properties.isWhitespace }
    let clean = !url.unicodeScalars.contains {
      $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<"
        || $0 == ">" || $0.isBidiControlScalar
    }
    let scheme = schemes.first(where: { lower.hasPrefix($0) })
    guard clean, url.utf8.count <= 2000, let scheme, url.count > scheme.count else {
      let hint: Phrase
      if spaced {
        hint = Phrase(
          nl: "een adres heeft geen spaties: schrijf een spatie als %20",
          en: "an address has no spaces: write a space as %20")
      } else if scheme == nil, lower.hasPrefix("www.") {
        hint = Phrase(nl: "bedoelt u https://\(url)?", en: "did you mean https://\(url)?")
      } else {
        hint = Phrase(
          nl:
            "een adres dat begint met https://, http:// of mailto:, zonder spaties of aanhalingstekens",
          en: "an address starting with https://, http:// or mailto:, without spaces or quotes")
      }
      throw PlanError(
        nl: "'\(url)' is geen webadres", en: "'\(url)' is not a web address", at: span, hint: hint)
    }
    return url
  }
}

extension Unicode.Scalar {
  /// The invisible marks that turn text around (U+202E and its kin): a link shown with one
  /// can seem to go somewhere else.
  var isBidiControlScalar: Bool {
    (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      || value == 0x200E || value == 0x200F
  }
}
