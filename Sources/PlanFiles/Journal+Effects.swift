import PlanKit

extension Journal {
  /// Whether the effects the steps recorded, applied one after another to the base's items,
  /// give `plan`'s items with their dates: the check that lets a session open on its saved
  /// plan without replaying every command (`herhaal` does that).
  ///
  /// - Complexity: O(the effects recorded + plan), with no command run.
  public func effectsLead(to plan: Plan) -> Bool {
    var spans: [String: String] = [:]
    if let base {
      for item in base.items { spans[item.id] = PlanDiff.Span(item).iso }
    }
    for step in steps {
      for record in step.effect {
        if record.hasPrefix("+ ") {
          let rest = record.dropFirst(2)
          guard let space = rest.firstIndex(of: " ") else { return false }
          spans[String(rest[..<space])] = String(rest[rest.index(after: space)...])
        } else if record.hasPrefix("- ") {
          let rest = record.dropFirst(2)
          spans[String(rest.prefix { $0 != " " })] = nil
        } else {
          guard let space = record.firstIndex(of: " "), let arrow = record.firstIndex(of: "→")
          else { return false }
          spans[String(record[..<space])] = String(
            record[record.index(after: arrow)...].dropFirst())
        }
      }
    }
    guard spans.count == plan.itemCount else { return false }
    for item in plan.items where spans[item.id] != PlanDiff.Span(item).iso { return false }
    return true
  }
}
