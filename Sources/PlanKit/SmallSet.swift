/// A set that searches an array while it holds a few elements and hashes once it grows: what a
/// change to one lot collects (its links, the pairs of its tender) is a handful, for which
/// hashing two strings per element costs more than comparing them.
struct SmallSet<Element: Hashable> {
  /// In the order inserted.
  private(set) var elements: [Element] = []
  private var hashed: Set<Element>?

  /// Above this many elements, lookups hash.
  static var arrayLimit: Int { 16 }

  init() {}

  /// - Complexity: O(n²) for n elements up to `arrayLimit`, O(n) on average above.
  init(_ elements: some Sequence<Element>) {
    for element in elements { insert(element) }
  }

  var count: Int { elements.count }

  /// - Complexity: O(n) up to `arrayLimit` elements, O(1) on average above.
  func contains(_ element: Element) -> Bool {
    if let hashed { return hashed.contains(element) }
    return elements.contains(element)
  }

  /// Adds `element` unless it is there; whether it was not.
  ///
  /// - Complexity: as `contains`.
  @discardableResult
  mutating func insert(_ element: Element) -> Bool {
    guard !contains(element) else { return false }
    elements.append(element)
    if hashed != nil {
      hashed!.insert(element)
    } else if elements.count > Self.arrayLimit {
      hashed = Set(elements)
    }
    return true
  }

  /// The elements in order, taken out of the set, which is left empty: sorted where they lie,
  /// without a copy.
  ///
  /// - Complexity: O(n log n).
  mutating func takeSorted() -> [Element] where Element: Comparable {
    var taken = elements
    (elements, hashed) = ([], nil)
    taken.sort()
    return taken
  }
}
