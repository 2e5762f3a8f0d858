import PlanKit

extension CSVReader {
  /// A short lot id for a title, as `ImportIDs` makes them: "Route 1: Wmo" is r1, "Perceel 2"
  /// p2; other titles give their first words ("Jeugdhulp regio" is jeugdhulp-regio), made
  /// unique among the lots read so far.
  ///
  /// - Complexity: O(title + lots with that id).
  func uniqueLotID(for title: String) -> String {
    let base =
      ImportIDs.numbered(title) ?? ImportIDs.slug(title, words: 3).nonEmpty ?? "perceel"
    var id = base
    var n = 2
    while lotIndex[id] != nil || declaredLots.contains(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    return id
  }

  /// A name for an item made from its title, unique in its lot.
  ///
  /// - Complexity: O(name + items with that name).
  func uniqueName(_ base: String, in lot: String?) -> String {
    var name = base
    var n = 2
    while itemIDs[lot.map { "\($0).\(name)" } ?? name] != nil {
      name = "\(base)-\(n)"
      n += 1
    }
    return name
  }
}
