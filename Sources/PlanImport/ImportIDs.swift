import PlanKit

/// Ids for what another tool names only by title: `r1` for "Route 1: …", `p2` for "Perceel
/// 2", else the title's words as a name (`start-uitvoering`), unique within the plan.
struct ImportIDs {
  private(set) var taken = Set<String>()
  /// The next suffix to try for a stem, so that a thousand tasks named "Overleg" cost a
  /// thousand look-ups, not half a million.
  private var suffixes: [String: Int] = [:]

  /// A lot's id: its WBS code when that is a name Planwerk takes (`r1`), else from its title.
  ///
  /// - Complexity: O(title).
  mutating func lot(wbs: String?, title: String) -> String {
    if let wbs = wbs?.lowercased(), wbs.count <= 32, Identifier.isCanonical(wbs, parts: 1),
      !taken.contains(wbs)
    {
      return claim(wbs)
    }
    if let numbered = Self.numbered(title) { return unique(numbered) }
    let words = Self.slug(title, words: 1)
    return unique(words.isEmpty ? "perceel" : words)
  }

  /// An item's id in its lot (`lot.name`), or a plan-level milestone's (`name`): its WBS code
  /// when that is such a name, else from its title.
  ///
  /// - Complexity: O(title).
  mutating func item(wbs: String?, title: String, lot: String?) -> String {
    if let wbs = wbs?.lowercased(), wbs.count <= 64, !taken.contains(wbs) {
      if let lot, wbs.isItemID(of: lot), Identifier.isCanonical(wbs, parts: 2) {
        return claim(wbs)
      }
      if lot == nil, Identifier.isCanonical(wbs, parts: 1) { return claim(wbs) }
    }
    let name = Self.slug(title, words: 4)
    let base = name.isEmpty ? "taak" : name
    return unique(lot.map { "\($0).\(base)" } ?? base)
  }

  /// - Complexity: O(1).
  private mutating func claim(_ id: String) -> String {
    taken.insert(id)
    return id
  }

  /// - Complexity: O(1) amortised over the ids with the same stem.
  private mutating func unique(_ id: String) -> String {
    var candidate = id
    var n = suffixes[id] ?? 2
    while taken.contains(candidate) {
      candidate = "\(id)-\(n)"
      n += 1
    }
    suffixes[id] = n
    return claim(candidate)
  }

  /// `r1` for "Route 1…", `p2` for "Perceel 2…", `l3` for "Lot 3…".
  ///
  /// - Complexity: O(title).
  static func numbered(_ title: String) -> String? {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    guard words.count >= 2, let number = Int(words[1]), number >= 0 else { return nil }
    switch words[0] {
    case "route": return "r\(number)"
    case "perceel": return "p\(number)"
    case "lot": return "l\(number)"
    default: return nil
    }
  }

  /// The first `words` words of a title as a name: lowercase letters and digits joined by
  /// `-`, starting with a letter, at most 40 characters.
  ///
  /// - Complexity: O(title).
  static func slug(_ title: String, words count: Int) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    var parts: [Substring] = []
    var length = 0
    for word in words.drop(while: { !$0.first!.isLetter }).prefix(count) {
      guard length + word.count <= 40 else { break }
      parts.append(word)
      length += word.count + 1
    }
    return parts.joined(separator: "-")
  }
}
