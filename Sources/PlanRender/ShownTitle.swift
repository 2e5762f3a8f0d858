import PlanKit

// The name an export gives a plan or a lot that has no title of its own.
extension Plan {
  var shownTitle: String { title.isEmpty ? "Plan" : title }
}

extension Lot {
  var shownTitle: String { title.isEmpty ? id : title }
}
