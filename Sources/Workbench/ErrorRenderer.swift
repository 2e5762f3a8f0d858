import PlanKit

/// The one place where errors become text: the message, the line with the offending words
/// underlined, and a form that works.
public enum ErrorRenderer {
  public static func render(_ error: PlanError, line: String?, language: Language) -> String {
    let label = language == .nl ? "fout" : "error"
    var out = "\(label): \(error.message(language))"
    if let line, let span = error.span, !line.isEmpty {
      let characters = Array(line)
      let lower = min(max(0, span.lowerBound), characters.count)
      let upper = min(max(lower + 1, span.upperBound), characters.count + 1)
      // One column per character, tabs included, so the marks stay under the word.
      let echo = String(characters.map { $0 == "\t" ? " " : $0 }).inert
      let prefix = String(repeating: " ", count: lower)
      out += "\n  " + echo + "\n  " + prefix + String(repeating: "^", count: upper - lower)
    }
    if let hint = error.hint {
      out += "\n  " + hint(language)
    }
    return out
  }
}
