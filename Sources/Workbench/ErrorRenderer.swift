import PlanKit
import PlanRender

/// The one place where errors become text: the message, the line with the offending words
/// underlined, and a form that works.
public enum ErrorRenderer {
  /// The most of a line an error quotes, in characters: a pasted page makes a line of error.
  public static let excerptWidth = 120
  /// How much of the line before the offending word a cut excerpt keeps.
  static let lead = 30

  public static func render(_ error: PlanError, line: String?, language: Language) -> String {
    let label = language == .nl ? "fout" : "error"
    // Messages quote what they refuse, which may come from a file: screen-safe wherever the
    // text is printed, at start-up too.
    var out = "\(label): \(shortened(error.message(language)).screenSafe)"
    if let line, let span = error.span, !line.isEmpty {
      out += "\n" + excerpt(of: line, marking: span)
    }
    if let hint = error.hint {
      out += "\n  " + shortened(hint(language)).screenSafe
    }
    return out
  }

  /// A message with every word cut to a length a screen line holds: most messages quote the
  /// word they refuse, and that word can be a pasted page.
  static func shortened(_ message: String) -> String {
    let longest = 200
    guard message.utf8.count > longest else { return message }
    return message.split(separator: " ", omittingEmptySubsequences: false).map { word in
      word.prefix(longest + 1).count > longest ? word.prefix(80) + "…" : word
    }.joined(separator: " ")
  }

  /// The line around `span`, `…` where it was cut, and the marks under the span. Only the
  /// characters up to the excerpt's end are read.
  static func excerpt(of line: String, marking span: Range<Int>) -> String {
    let lower = line.prefix(max(0, span.lowerBound)).count
    let fits =
      line.utf8.count <= excerptWidth || line.prefix(excerptWidth + 1).count <= excerptWidth
    // Cut before the word only when the line's start leaves no room for it.
    let start =
      fits || min(span.upperBound, lower + excerptWidth - lead) <= excerptWidth ? 0 : lower - lead
    var shown = Array(line.dropFirst(start).prefix(excerptWidth + 1))
    let cutEnd = shown.count > excerptWidth
    if cutEnd { shown.removeLast() }
    let end = start + shown.count
    let upper = min(max(lower + 1, span.upperBound), end + 1)
    // One column per character, tabs included, so the marks stay under the word.
    let echo = String(shown.map { $0 == "\t" ? " " : $0 }).inert
    let before = start > 0 ? "…" : ""
    let prefix = String(repeating: " ", count: before.count + lower - start)
    return "  " + before + echo + (cutEnd ? "…" : "") + "\n  " + prefix
      + String(repeating: "^", count: upper - lower)
  }
}
