extension HTMLExport {
  /// The style of a page `render` wrote and what its body holds: what the meeting view puts
  /// in a page of its own and replaces as the plan changes.
  ///
  /// - Complexity: O(page).
  public static func parts(of page: String) -> (style: String, body: String) {
    func between(_ open: String, _ close: String, inclusive: Bool) -> String {
      guard let start = page.firstRange(of: open),
        let end = page[start.upperBound...].firstRange(of: close)
      else { return "" }
      return String(
        inclusive
          ? page[start.lowerBound..<end.upperBound] : page[start.upperBound..<end.lowerBound])
    }
    return (
      between("<style>", "</style>", inclusive: true),
      between("<body>", "</body>", inclusive: false)
    )
  }
}
