import PlanKit

/// Reads a line into a `ParsedCommand` using only the command table.
public enum CommandParser {
  /// nil for an empty line or a comment.
  public static func parse(_ line: String, language: Language) throws(PlanError) -> ParsedCommand? {
    let words = try Tokenizer.words(line)
    guard let verb = words.first else { return nil }
    guard !verb.quoted, let spec = CommandTable.spec(named: verb.text) else {
      throw unknownCommand(verb, language)
    }
    // Each word lowered once and the keywords found by their first word: every word is asked
    // whether a keyword starts there, and a pasted line has hundreds of thousands of words.
    let lowered = words.map { $0.quoted ? nil : $0.text.lowercased() }
    let byFirstWord = keywordTables[spec.id]!
    /// The clause whose keyword starts at each word, and how many words the keyword has: found
    /// once per word, as the loops below ask each word more than once.
    let keywords = lowered.indices.map { index -> (ClauseID, Int)? in
      guard index > 0, let first = lowered[index], let candidates = byFirstWord[first] else {
        return nil
      }
      for (phrase, id) in candidates where index + phrase.count <= words.count {
        if zip(phrase, lowered[index...]).allSatisfy({ $0 == $1 }) { return (id, phrase.count) }
      }
      return nil
    }
    func keyword(at index: Int) -> (ClauseID, Int)? { keywords[index] }
    func clause(_ index: Int) -> ClauseID? { keywords[index]?.0 }

    var index = 1
    var arguments: [[Word]] = []
    for argument in spec.arguments {
      var taken: [Word] = []
      if case .rest = argument.kind {
        while index < words.count, clause(index) == nil {
          taken.append(words[index])
          index += 1
        }
      } else if index < words.count, clause(index) == nil {
        taken = [words[index]]
        index += 1
      }
      if taken.isEmpty, !argument.optional {
        var hint = Messages.likeThis(spec.usage)
        if case .suggested(let options) = argument.kind {
          hint = hint + Phrase("; ") + Messages.chooseFrom(options.joined(separator: ", "))
        }
        throw PlanError(
          nl: "'\(verb.text)' mist \(argument.name.nl.uppercased())",
          en: "'\(verb.text)' needs \(argument.name.en.uppercased())",
          at: index < words.count
            ? words[index].span : verb.span.upperBound..<(verb.span.upperBound + 1),
          hint: hint)
      }
      if case .choice(let options) = argument.kind, let word = taken.first,
        !options.contains(word.text.lowercased())
      {
        throw PlanError(
          nl: "'\(word.shown)' kan hier niet: kies \(list(options, "of"))",
          en: "'\(word.shown)' does not fit here: choose \(list(options, "or"))",
          at: word.span, hint: Messages.likeThis(spec.usage))
      }
      arguments.append(taken)
    }

    // Room for the clauses the words can hold, made once, not grown clause by clause.
    var clauses = [ClauseID: ParsedCommand.Clause](
      minimumCapacity: min(keywords.count { $0 != nil }, spec.clauses.count))
    while index < words.count {
      guard let (id, length) = keyword(at: index) else {
        throw misplaced(words[index], spec: spec, language: language)
      }
      // Its span from its first and last word, here where the words are an array: the generic
      // `spanOf` is not specialised across modules and costs more than the rest of the parse.
      let keyword = Word(
        length == 1
          ? words[index].text : words[index..<(index + length)].map(\.text).joined(separator: " "),
        span: words[index].span.lowerBound..<words[index + length - 1].span.upperBound)
      index += length
      var value: [Word] = []
      while index < words.count, clause(index) == nil {
        value.append(words[index])
        index += 1
      }
      guard clauses[id] == nil else {
        throw PlanError(
          nl: "'\(keyword.text)' staat er twee keer", en: "'\(keyword.text)' is given twice",
          at: keyword.span)
      }
      guard !value.isEmpty || id.value == .flag else {
        throw PlanError(
          nl: "na '\(keyword.text)' ontbreekt \(id.placeholder.nl)",
          en: "\(id.placeholder.en) is missing after '\(keyword.text)'", at: keyword.span,
          hint: Messages.likeThis(spec.usage))
      }
      clauses[id] = ParsedCommand.Clause(keyword: keyword, words: value)
    }
    return ParsedCommand(spec: spec, verb: verb, arguments: arguments, clauses: clauses)
  }

  /// Per command, its clauses' keywords by their first word, longest first, so that `start na
  /// start van` wins over a `na` inside it: made once, not for every line.
  static let keywordTables: [CommandID: [String: [(phrase: [String], id: ClauseID)]]] = {
    var tables: [CommandID: [String: [(phrase: [String], id: ClauseID)]]] = [:]
    for spec in CommandTable.all {
      let keywords = spec.clauses.flatMap { clause in
        clause.keywords.values.joined().map {
          (phrase: $0.split(separator: " ").map(String.init), id: clause)
        }
      }.sorted { $0.phrase.count > $1.phrase.count }
      tables[spec.id] = Dictionary(grouping: keywords, by: { $0.phrase[0] })
    }
    return tables
  }()

  /// "a, b of c".
  static func list(_ options: [String], _ last: String) -> String {
    options.count < 2
      ? options.joined() : options.dropLast().joined(separator: ", ") + " \(last) " + options.last!
  }

  static func unknownCommand(_ verb: Word, _ language: Language) -> PlanError {
    let names = CommandTable.all.flatMap { $0.names[language]! }
    let others = CommandTable.all.flatMap(\.allNames)
    let guess =
      Suggestion.closest(verb.text.lowercased(), names)
      ?? Suggestion.closest(verb.text.lowercased(), others)
    return PlanError(
      nl: "'\(verb.shown)' is geen opdracht" + (guess.map { "; bedoelt u '\($0)'?" } ?? ""),
      en: "'\(verb.shown)' is not a command" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
      at: verb.span,
      hint: Phrase(nl: "'help' toont alle opdrachten", en: "'help' lists every command"))
  }

  static func misplaced(_ word: Word, spec: CommandSpec, language: Language) -> PlanError {
    let accepted = spec.clauses.map { $0.keywords[language]![0] }
    let guess = Suggestion.closest(
      word.text.lowercased(), spec.clauses.flatMap { $0.keywords.values.joined() })
    let list = accepted.isEmpty ? nil : accepted.joined(separator: ", ")
    return PlanError(
      nl: "'\(word.shown)' past hier niet" + (guess.map { "; bedoelt u '\($0)'?" } ?? ""),
      en: "'\(word.shown)' does not belong here" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
      at: word.span,
      hint: Messages.likeThis(spec.usage)
        + (list.map { Phrase(nl: " (trefwoorden: \($0))", en: " (keywords: \($0))") } ?? Phrase(""))
    )
  }
}
