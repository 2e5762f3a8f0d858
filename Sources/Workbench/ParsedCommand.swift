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
  public var clauses: [ClauseID: Clause]

  public func argument(_ index: Int) -> [Word] {
    index < arguments.count ? arguments[index] : []
  }

  /// The whole command's span, for errors about the command as a whole.
  public var span: Range<Int> {
    let all = [verb] + arguments.joined() + clauses.values.flatMap { [$0.keyword] + $0.words }
    return spanOf(all.sorted { $0.span.lowerBound < $1.span.lowerBound }) ?? verb.span
  }
}
