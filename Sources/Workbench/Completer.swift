import PlanKit

/// Tab completion, from the command table and the plan: command words first, then the
/// command's keywords, ids of lots and items, and file names where a file is expected.
public struct Completer: Sendable {
  public struct Result: Equatable, Sendable {
    /// Characters of the line before the cursor that the candidates replace.
    public var replacing: Int
    public var candidates: [String]
  }

  public init() {}

  public func complete(_ line: String, interpreter: Interpreter) -> Result {
    let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let current = words.last ?? ""
    let language = interpreter.language
    if words.count <= 1 {
      let own = CommandTable.all.flatMap { $0.names[language]! }
      let all = CommandTable.all.flatMap(\.allNames)
      let matches = own.filter { $0.hasPrefix(current.lowercased()) }
      return Result(
        replacing: current.count,
        candidates: unique(
          matches.isEmpty ? all.filter { $0.hasPrefix(current.lowercased()) } : matches))
    }
    guard let spec = CommandTable.spec(named: words[0]) else {
      return Result(replacing: current.count, candidates: [])
    }
    let previous = words[1..<(words.count - 1)].filter { !$0.isEmpty }
    let kinds = expectedKinds(spec, given: previous)
    var candidates: [String] = []
    for kind in kinds {
      switch kind {
      case .target:
        candidates +=
          ["plan"] + interpreter.plan.lots.map(\.id) + interpreter.plan.allItems.map(\.id)
      case .newName:
        candidates += interpreter.plan.lots.map { "\($0.id)." }
      case .file:
        return fileCandidates(current, interpreter: interpreter)
      case .choice(let options):
        candidates += options
      case .command:
        candidates += CommandTable.all.flatMap { $0.names[language]! }
      case .text, .rest:
        break
      }
    }
    if previous.count >= spec.arguments.filter({ !$0.optional }).count {
      candidates += spec.clauses.map { $0.keywords[language]![0] }
    }
    if let last = previous.last?.lowercased(), let clause = ClauseID.byKeyword[last],
      spec.clauses.contains(clause), clause.value == .target || clause.value == .link
    {
      candidates = interpreter.plan.allItems.map(\.id)
    }
    let key = current.lowercased()
    return Result(
      replacing: current.count, candidates: unique(candidates.filter { $0.hasPrefix(key) }))
  }

  /// What the next positional argument may be, given the words already typed.
  func expectedKinds(_ spec: CommandSpec, given: [String]) -> [ArgumentSpec.Kind] {
    guard given.count < spec.arguments.count else { return [] }
    if given.contains(where: {
      ClauseID.byKeyword[$0.lowercased()].map(spec.clauses.contains) ?? false
    }) {
      return []
    }
    return [spec.arguments[given.count].kind]
  }

  func fileCandidates(_ current: String, interpreter: Interpreter) -> Result {
    let slash = current.lastIndex(of: "/")
    let directory = slash.map { String(current[...$0]) } ?? ""
    let stem = slash.map { String(current[current.index(after: $0)...]) } ?? current
    let names = interpreter.files.list(directory.isEmpty ? "." : directory)
      .filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }
    return Result(replacing: current.count, candidates: names.map { directory + $0 })
  }

  func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
