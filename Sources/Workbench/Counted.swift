/// A number with its noun: "1 onderdeel", "4 onderdelen", "1 lot".
public func count(_ n: Int, _ one: String, _ many: String) -> String {
  "\(n) \(n == 1 ? one : many)"
}

/// How many of `count` things a list names before a line counts the rest: all of them, unless
/// more than one is left over (a line "… and 1 more" is no shorter than the one it stands for).
///
/// - Complexity: O(1).
func shownCount(of count: Int, atMost limit: Int) -> Int {
  count > limit + 1 ? limit : count
}
