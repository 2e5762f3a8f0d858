/// One of issue 15's targets, with what was measured and whether it is met; a run over its
/// budget has not met a target of seconds.
struct Target: Codable {
  let text: String
  let measured: String
  let met: Bool

  var line: String { "\(met ? "✓" : "✗") \(text): \(measured)" }

  static func lines(_ title: String, _ targets: [Target]) -> String {
    ([title] + targets.map { "  " + $0.line }).joined(separator: "\n")
  }
}
