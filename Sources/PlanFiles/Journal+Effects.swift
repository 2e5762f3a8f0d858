import PlanKit

extension Journal {
  /// Whether the effects the steps recorded, applied one after another to the base's items,
  /// give `plan`'s items with their dates: the check that lets a session open on its saved
  /// plan without replaying every command (`herhaal` does that).
  ///
  /// After a step summed up in a `Digest`, the items' dates are known by the digest's
  /// fingerprint of them all, which the later steps' records keep up to date, and by id only
  /// where a later step set them: the saved plan must then give the same fingerprint and count.
  ///
  /// - Complexity: O(the effects recorded + plan), with no command run.
  public func effectsLead(to plan: Plan) -> Bool {
    var spans: [String: String] = [:]
    if let base {
      for item in base.items { spans[item.id] = PlanDiff.Span(item).iso }
    }
    var summed: (items: Int, dates: UInt64)?
    for step in steps {
      if let digest = Digest(effect: step.effect) {
        spans = [:]
        summed = (digest.items, digest.dates)
        continue
      }
      for record in step.effect {
        if summed != nil {
          guard let change = Record(record) else { return false }
          if let before = change.before {
            summed!.dates &-= Digest.hash(change.id, before)
            summed!.items -= 1
          }
          if let after = change.after {
            summed!.dates &+= Digest.hash(change.id, after)
            summed!.items += 1
          }
        }
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
    guard let summed else {
      guard spans.count == plan.itemCount else { return false }
      for item in plan.items where spans[item.id] != PlanDiff.Span(item).iso { return false }
      return true
    }
    guard summed.items == plan.itemCount else { return false }
    var dates: UInt64 = 0
    for item in plan.items {
      let span = PlanDiff.Span(item)
      if let known = spans[item.id], known != span.iso { return false }
      dates &+= Digest.hash(item.id, span)
    }
    return dates == summed.dates
  }
}
