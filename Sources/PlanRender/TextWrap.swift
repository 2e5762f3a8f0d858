/// Prose fitted to a screen's width at word boundaries, as a terminal would not: it breaks
/// wherever the line reaches the edge, in the middle of a word.
extension String {
  /// Each line longer than `width` broken at spaces, its continuation lines indented to where
  /// its text starts (after the indent and a marker such as "! ", "· " or "* "). Lines laid out
  /// in columns (two spaces inside the text) and words longer than the width stay whole.
  ///
  /// - Complexity: O(length of the text).
  public func wrapped(to width: Int) -> String {
    guard width >= 20, contains(where: { $0 == "\n" }) || columns > width else { return self }
    return split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.wrap(Substring($0), width) }.joined(separator: "\n")
  }

  private static let markers: Set<Character> = ["!", "·", "*", "-", "~", "+", "•"]

  private static func wrap(_ line: Substring, _ width: Int) -> String {
    guard String(line).columns > width else { return String(line) }
    var start = line.firstIndex { $0 != " " } ?? line.endIndex
    if start < line.endIndex, markers.contains(line[start]),
      line.index(after: start) < line.endIndex, line[line.index(after: start)] == " "
    {
      start = line.index(start, offsetBy: 2)
    }
    let text = line[start...]
    guard !text.contains("  ") else { return String(line) }
    let indent = String(repeating: " ", count: String(line[..<start]).columns)
    var lines: [String] = []
    var current = String(line[..<start])
    var currentColumns = current.columns
    var empty = true
    for word in text.split(separator: " ") {
      let columns = String(word).columns
      if !empty && currentColumns + 1 + columns > width {
        lines.append(current)
        (current, currentColumns, empty) = (indent, indent.count, true)
      }
      if !empty {
        current += " "
        currentColumns += 1
      }
      current += word
      currentColumns += columns
      empty = false
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
