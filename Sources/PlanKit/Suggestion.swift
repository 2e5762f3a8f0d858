/// "Did you mean": the closest known word to a typing slip.
public enum Suggestion {
  /// Levenshtein distance, for "did you mean" suggestions.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The closest of `candidates` to `word`, when it is close enough to be a typing slip, or
  /// the one candidate that starts with it (`r1.inkoop` for `r1.inkoopprocedure`). A slip keeps
  /// at least one character of what was typed: "x" is nobody's slip of "?".
  ///
  /// - Complexity: O(n · m) for the n candidates of about the word's length m.
  public static func closest(_ word: String, _ candidates: [String]) -> String? {
    if let started = started(word, candidates) { return started }
    // A word that cannot be a slip of any candidate is not measured: the distance costs its
    // length times each candidate's, and a pasted megabyte would take seconds.
    let longest = candidates.lazy.map(\.count).max() ?? 0
    let cap = 2 * longest + 3
    guard word.prefix(cap + 1).count <= cap else { return nil }
    let length = word.count
    let allowed = length <= 3 ? 1 : max(2, length / 3)
    var best: (String, Int)?
    for candidate in candidates where abs(candidate.count - length) <= allowed {
      let distance = distance(word, candidate)
      if distance <= allowed, distance < length, distance < best?.1 ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// The only candidate that starts with `word` and is longer, for a word of three
  /// characters or more.
  ///
  /// - Complexity: O(n) for the n candidates.
  static func started(_ word: String, _ candidates: [String]) -> String? {
    guard word.count >= 3 else { return nil }
    let typed = word.lowercased()
    var found: String?
    for candidate in candidates where candidate.count > word.count {
      guard candidate.lowercased().hasPrefix(typed) else { continue }
      guard found == nil else { return nil }
      found = candidate
    }
    return found
  }
}
