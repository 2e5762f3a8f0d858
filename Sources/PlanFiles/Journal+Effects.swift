import PlanKit

extension Journal {
  /// Whether the effects the steps recorded, applied one after another to the base's items,
  /// give `plan`'s items with their dates: the check that lets a session open on its saved
  /// plan without replaying every command (`herhaal` does that).
  ///
  /// The items and their dates are known by a fingerprint of them all (`Digest`), which each
  /// record keeps up to date and a step summed up in a digest sets: the saved plan must give
  /// the same fingerprint and count. A record whose dates before are not those its item had
  /// leaves a fingerprint no plan gives.
  ///
  /// - Complexity: O(the effects recorded + plan), with no command run.
  public func effectsLead(to plan: Plan) -> Bool {
    // The plan's fingerprint and count as the steps leave them: each record takes its item's
    // hash with the dates before out and puts the one with the dates after in, so that no
    // table of 100,000 ids and dates is built to be thrown away.
    var items = 0
    var dates: UInt64 = 0
    if let base {
      items = base.itemCount
      dates = Digest.fingerprint(of: base)
    }
    for step in steps {
      if let digest = Digest(effect: step.effect) {
        (items, dates) = (digest.items, digest.dates)
        continue
      }
      for record in step.effect {
        guard let change = Record(record) else { return false }
        if let before = change.before {
          dates &-= Digest.hash(change.id, before)
          items -= 1
        }
        if let after = change.after {
          dates &+= Digest.hash(change.id, after)
          items += 1
        }
      }
    }
    return items == plan.itemCount && dates == Digest.fingerprint(of: plan)
  }
}
