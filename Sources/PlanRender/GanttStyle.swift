/// The characters a chart is drawn with: Unicode blocks by default, 7-bit ASCII on request.
public struct GanttStyle: Sendable {
  public var bar: Character
  /// The days of a followed plan's phase still to do; its done days are `bar`.
  public var toDo: Character
  /// The end cell of a bar whose date is a month, a season or another window.
  public var fuzzy: Character
  public var milestone: Character
  /// A milestone whose date is a window.
  public var fuzzyMilestone: Character
  /// The faint second bar of a baseline.
  public var baseline: Character
  public var today: Character
  public var deadline: Character
  public var critical: Character
  /// A row the step of a replay changed.
  public var changed: Character
  public var dash: String
  public var ascii: Bool

  public static let unicode = GanttStyle(
    bar: "█", toDo: "▓", fuzzy: "▒", milestone: "◆", fuzzyMilestone: "◇", baseline: "░", today: "│",
    deadline: "!", critical: "*", changed: "►", dash: "–", ascii: false)
  public static let ascii = GanttStyle(
    bar: "#", toDo: "=", fuzzy: "~", milestone: "^", fuzzyMilestone: "o", baseline: ".", today: "|",
    deadline: "!", critical: "*", changed: "+", dash: "-", ascii: true)
}

/// Colour in a chart, as markers the printer turns into terminal codes (or drops): user text
/// never holds them, since `inert` replaces these private-use characters.
public enum ChartColour: Character, CaseIterable, Sendable {
  case critical = "\u{E000}"
  case faint = "\u{E001}"
  case today = "\u{E002}"
  case reset = "\u{E00F}"

  var code: String {
    switch self {
    case .critical: return "\u{1B}[31m"
    case .faint: return "\u{1B}[2m"
    case .today: return "\u{1B}[36m"
    case .reset: return "\u{1B}[0m"
    }
  }

  /// Text for a terminal: markers become ANSI colour codes, or go when colour is off.
  public static func apply(_ text: String, colour: Bool) -> String {
    guard text.mayHoldHiddenControl(tab: true, lineFeed: true),
      text.unicodeScalars.contains(where: { (0xE000...0xE00F).contains($0.value) })
    else {
      return text
    }
    var out = ""
    for character in text {
      if let marker = ChartColour(rawValue: character) {
        if colour { out += marker.code }
      } else {
        out.append(character)
      }
    }
    return out
  }
}
