import PlanKit

/// A command line read against its spec: the verb, one word list per positional argument
/// (empty when an optional one was left out), and the clauses given.
public struct ParsedCommand: Sendable {
  public struct Clause: Sendable {
    public let keyword: Word
    public let words: [Word]
  }

  public let spec: CommandSpec
  public let verb: Word
  public var arguments: [[Word]]
  public var clauses: Clauses

  public func argument(_ index: Int) -> [Word] {
    index < arguments.count ? arguments[index] : []
  }

  /// The whole command's span, for errors about the command as a whole.
  public var span: Range<Int> {
    let all = [verb] + arguments.joined() + clauses.values.flatMap { [$0.keyword] + $0.words }
    return spanOf(all.sorted { $0.span.lowerBound < $1.span.lowerBound }) ?? verb.span
  }
}

extension ParsedCommand {
  /// The clauses given, by their id. A line gives a few, so a list searched from the front
  /// answers before a dictionary has hashed its key, and costs no table made for every line.
  public struct Clauses: Sendable, Sequence {
    private var entries: [(key: ClauseID, value: Clause)] = []

    public init() {}

    /// - Complexity: O(n) in the clauses given, which are a few.
    public subscript(id: ClauseID) -> Clause? {
      get { entries.first { $0.key == id }?.value }
      set {
        let index = entries.firstIndex { $0.key == id }
        switch (index, newValue) {
        case (let index?, let clause?): entries[index].value = clause
        case (let index?, nil): entries.remove(at: index)
        case (nil, let clause?): entries.append((id, clause))
        case (nil, nil): break
        }
      }
    }

    /// - Complexity: O(1).
    public var isEmpty: Bool { entries.isEmpty }

    /// Room for `count` clauses, made once.
    ///
    /// - Complexity: O(1).
    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    /// A clause not given before.
    ///
    /// - Complexity: amortised O(1).
    mutating func append(_ id: ClauseID, _ clause: Clause) { entries.append((id, clause)) }

    /// The clauses in the order they were given.
    ///
    /// - Complexity: O(n).
    public var values: [Clause] { entries.map(\.value) }

    /// The clauses with their ids in the order they were given, where a dictionary gave them
    /// in an order of its own.
    ///
    /// - Complexity: O(1).
    public func makeIterator() -> IndexingIterator<[(key: ClauseID, value: Clause)]> {
      entries.makeIterator()
    }
  }
}
