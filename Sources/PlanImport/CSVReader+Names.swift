import PlanKit

extension CSVReader {
  /// A short lot id for a title, as users type them: "Route 1: Wmo" is r1, "Perceel 2" p2;
  /// other titles give their first words ("Jeugdhulp regio" is jeugdhulp-regio), made unique.
  ///
  /// - Complexity: O(title + lots with that id).
  func uniqueLotID(for title: String) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    var base: String
    if words.count >= 2, let letter = words[0].first, words[0].allSatisfy(\.isLetter),
      words[1].allSatisfy(\.isNumber)
    {
      base = "\(letter)\(words[1])"
    } else {
      base = Self.slug(title, fallback: "perceel", limit: 20)
    }
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

  /// A title as a name: lowercase letters and digits joined by `-`, starting with a letter,
  /// cut at a word's end within `limit` characters.
  static func slug(_ title: String, fallback: String, limit: Int = 30) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    var slug = ""
    for word in words {
      let next = slug.isEmpty ? String(word) : slug + "-" + word
      if next.count > limit { break }
      slug = next
    }
    guard let first = slug.first, first.isLetter else {
      return slug.isEmpty ? fallback : "\(fallback)-\(slug)"
    }
    return slug
  }
}
