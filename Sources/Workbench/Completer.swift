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

  /// The candidates for the word before the cursor, read as the parser reads the line: a
  /// quoted title is one word, however many spaces it holds.
  ///
  /// - Complexity: O(line + plan) for a line that asks for ids.
  public func complete(_ line: String, interpreter: Interpreter) -> Result {
    // Inside an unfinished quote the user is typing a title: nothing to offer.
    guard let words = try? Tokenizer.words(line) else {
      return Result(replacing: 0, candidates: [])
    }
    let typing = line.last.map { $0 != " " } ?? false
    let currentWord = typing ? words.last : nil
    let current = currentWord.map { String(line.dropFirst($0.span.lowerBound)) } ?? ""
    if currentWord?.quoted == true { return Result(replacing: current.count, candidates: []) }
    let previous = typing ? Array(words.dropLast()) : words
    let language = interpreter.language
    guard let verb = previous.first else {
      let own = CommandTable.all.flatMap { $0.names[language]! }
      let all = CommandTable.all.flatMap(\.allNames)
      let matches = own.filter { $0.hasPrefix(current.lowercased()) }
      return Result(
        replacing: current.count,
        candidates: unique(
          matches.isEmpty ? all.filter { $0.hasPrefix(current.lowercased()) } : matches))
    }
    guard let spec = CommandTable.spec(named: verb.text) else {
      return Result(replacing: current.count, candidates: [])
    }
    let given = Array(previous.dropFirst())
    let candidates = self.candidates(spec, given: given, current: current, interpreter)
    let key = current.lowercased()
    return Result(
      replacing: current.count, candidates: unique(candidates.filter { $0.hasPrefix(key) }))
  }

  /// What may follow the words given after the command word: a clause's value right after
  /// its keyword, else the next argument and the clauses not given yet.
  func candidates(
    _ spec: CommandSpec, given: [Word], current: String, _ interpreter: Interpreter
  ) -> [String] {
    let language = interpreter.language
    let clauses = given.compactMap { $0.quoted ? nil : clause($0.text, of: spec) }
    if let last = given.last, !last.quoted, let clause = clause(last.text, of: spec) {
      return values(clause, spec, interpreter)
    }
    var candidates: [String] = []
    for kind in expectedKinds(spec, given: given.map(\.text)) {
      switch kind {
      case .target:
        candidates +=
          ["plan"] + interpreter.plan.lots.map(\.id) + interpreter.plan.allItems.map(\.id)
      case .newName:
        candidates += interpreter.plan.lots.map { "\($0.id)." }
      case .file(let types):
        return fileCandidates(current, types: types, interpreter: interpreter).candidates
      case .choice(let options), .suggested(let options):
        // Each format once, by its name in the user's language, not every alias.
        candidates += spec.id == .export ? ExportFormat.shownNames(language) : options
      case .command:
        candidates += CommandTable.all.flatMap { $0.names[language]! }
      case .text, .rest:
        break
      }
    }
    if given.count >= spec.arguments.filter({ !$0.optional }).count {
      candidates += spec.clauses.filter { !clauses.contains($0) }.map {
        $0.keywords[language]![0]
      }
    }
    return candidates
  }

  /// The clause of `spec` whose keyword (or its first word) `word` is.
  func clause(_ word: String, of spec: CommandSpec) -> ClauseID? {
    let key = word.lowercased()
    return spec.clauses.first { clause in
      clause.keywords.values.joined().contains { $0.split(separator: " ")[0] == key }
    }
  }

  /// What may follow a clause's keyword: ids for a link, the kinds, the procedures, the scales;
  /// nothing to offer for a date, a duration, an amount or a title.
  func values(_ clause: ClauseID, _ spec: CommandSpec, _ interpreter: Interpreter) -> [String] {
    let language = interpreter.language
    switch clause.value {
    case .link, .target: return interpreter.plan.allItems.map(\.id)
    case .procedure: return ProcedureKind.allCases.map(\.rawValue)
    case .kind:
      return spec.id == .decision
        ? DecisionKind.allCases.map(\.rawValue) : PhaseKind.allCases.map(\.rawValue)
    case .scale:
      return language == .nl ? ["week", "maand", "kwartaal"] : ["week", "month", "quarter"]
    case .flag: return [language == .nl ? "uit" : "off"]
    case .lots: return interpreter.plan.lots.map(\.id)
    case .paper: return ["A4", "A3"]
    case .date, .duration, .text, .money, .number: return []
    }
  }

  /// What the next positional argument may be, given the words already typed.
  func expectedKinds(_ spec: CommandSpec, given: [String]) -> [ArgumentSpec.Kind] {
    guard given.count < spec.arguments.count else { return [] }
    if given.contains(where: { clause($0, of: spec) != nil }) {
      return []
    }
    return [spec.arguments[given.count].kind]
  }

  /// Files and folders under what is typed; with `types`, only files of those extensions (a
  /// session for `open`, a script for `lees`).
  func fileCandidates(_ current: String, types: [String], interpreter: Interpreter) -> Result {
    let slash = current.lastIndex(of: "/")
    let directory = slash.map { String(current[...$0]) } ?? ""
    let stem = slash.map { String(current[current.index(after: $0)...]) } ?? current
    let names = interpreter.files.list(directory.isEmpty ? "." : directory)
      .filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }
      .filter { name in
        types.isEmpty || name.hasSuffix("/")
          || types.contains { name.lowercased().hasSuffix("." + $0) }
      }
    return Result(replacing: current.count, candidates: names.map { directory + $0 })
  }

  func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
