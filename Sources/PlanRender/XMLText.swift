extension String {
  /// The text as XML character data or an attribute value: `&`, `<`, `>`, quotes escaped, and
  /// what XML 1.0 cannot hold or a reader could act on made a space (control characters, line
  /// breaks, bidirectional controls), runs of spaces made one. Hand-written XML stays well
  /// formed whatever a title holds, and a title stays one line in MS Project's table.
  ///
  /// - Complexity: O(length).
  var xmlText: String {
    let line = singleLine(
      replacing: [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;",
        // Not characters in XML 1.0: a reader refuses the whole file.
        "\u{FFFE}": " ", "\u{FFFF}": " ",
      ], empty: "")
    return line
  }
}
