import PlanKit

extension HTMLExport {
  /// The page's style and what its body holds: what the meeting view puts in a page of its
  /// own and replaces as the plan changes.
  ///
  /// - Complexity: O(items), as `render`.
  public static func parts(_ content: ChartContent, plan: Plan) -> (style: String, body: String) {
    let lines = lines(content, plan: plan)
    guard let style = lines.firstIndex(of: "<style>"),
      let styled = lines.firstIndex(of: "</style>"),
      let body = lines.firstIndex(of: "<body>"), let end = lines.lastIndex(of: "</body>")
    else { return ("", lines.joined(separator: "\n")) }
    return (
      lines[style...styled].joined(separator: "\n"),
      lines[(body + 1)..<end].joined(separator: "\n")
    )
  }
}
