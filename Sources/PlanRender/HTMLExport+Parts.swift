import PlanKit

extension HTMLExport {
  /// The page's style and what its body holds, in pieces: what the meeting view puts in a
  /// page of its own and replaces, whole or element by element, as the plan changes.
  ///
  /// - Complexity: O(items), as `render`.
  public static func parts(_ content: ChartContent, plan: Plan) -> (
    style: String, body: MarkupPieces
  ) {
    let head = head(content)
    let style = head.firstIndex(of: "<style>") ?? head.startIndex
    return (head[style...].dropLast().joined(separator: "\n"), body(content, plan: plan))
  }
}
