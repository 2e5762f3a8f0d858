import PlanKit
import PlanRender

/// What a typed line may hold before it is read: a length the interpreter answers quickly,
/// and no character that hides what the line says or that a session file cannot keep.
public enum LineCheck {
  /// The hint for a line too long to read.
  public static let oneCommandALine = Phrase(
    nl: "typ één opdracht per regel, met een korte titel",
    en: "type one command a line, with a short title")

  /// The longest line read, in UTF-8 bytes. No command needs more than a few hundred; a
  /// megabyte is a paste gone wrong, and reading it word by word would take seconds.
  public static let maximumBytes = 1_000_000

  public static func check(_ line: String) throws(PlanError) {
    let bytes = line.utf8.count
    guard bytes <= maximumBytes else {
      throw PlanError(
        nl:
          "de regel is \(MoneyParser.grouped(bytes)) bytes lang en is niet gelezen; een regel mag hoogstens \(MoneyParser.grouped(maximumBytes)) bytes lang zijn",
        en:
          "the line is \(bytes) bytes long and was not read; a line may be at most \(maximumBytes) bytes",
        hint: oneCommandALine)
    }
    // Most lines hold no such character: one pass over the bytes says so.
    guard line.mayHoldHiddenControl(tab: true), line.unicodeScalars.contains(where: hidden)
    else { return }
    let characters = Array(line)
    // A script's CRLF and the margins around a command are white space, not part of it.
    let margin: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n"
    }
    guard let first = characters.firstIndex(where: { !margin($0) }),
      let last = characters.lastIndex(where: { !margin($0) })
    else { return }
    for offset in first...last {
      guard let scalar = characters[offset].unicodeScalars.first(where: hidden) else { continue }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      let what =
        scalar.isBidiControl
        ? Phrase(nl: "een schrijfrichtingsteken", en: "a writing-direction control")
        : (0x2028...0x2029).contains(scalar.value)
          ? Phrase(nl: "een regelscheiding", en: "a line separator")
          : Phrase(nl: "een stuurteken", en: "a control character")
      throw PlanError(
        Phrase(nl: "de regel bevat ", en: "the line holds ") + what
          + Phrase(
            nl: " (\(code)) dat niet te zien is", en: " (\(code)) that cannot be seen"),
        at: offset..<(offset + 1),
        hint: Phrase(
          nl: "typ de regel zonder dit teken; een titel bevat letters, cijfers en leestekens",
          en: "type the line without it; a title holds letters, digits and punctuation"))
    }
  }

  /// What a typed line must not hold: a control character other than a tab, a line or
  /// paragraph separator, or a bidirectional control.
  static func hidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\t" && scalar.isHiddenControl
  }
}
