import PlanKit

/// Reads a line into a `ParsedCommand` using only the command table.
public enum CommandParser {
  /// nil for an empty line or a comment.
  public static func parse(_ line: String, language: Language) throws(PlanError) -> ParsedCommand? {
    let (words, ascii) = try Tokenizer.scan(line)
    guard let verb = words.first else { return nil }
    guard !verb.quoted, let spec = CommandTable.spec(named: verb.text) else {
      throw unknownCommand(verb, language)
    }
    // The keywords found once per word, as the loops below ask each word more than once: by
    // its first word in the command's table, and a short ASCII word by its key, neither
    // lowered into a new string nor hashed.
    let table = spec.keywordTable
    let keywords = words.indices.map { index in
      index > 0 ? table.keyword(at: index, in: words, ascii: ascii) : nil
    }
    func keyword(at index: Int) -> (ClauseID, Int)? { keywords[index] }
    func clause(_ index: Int) -> ClauseID? { keywords[index]?.0 }
    /// The words from `index` up to the next keyword, copied once rather than grown word by
    /// word.
    func value(from index: inout Int) -> [Word] {
      let start = index
      while index < words.count, clause(index) == nil { index += 1 }
      return Array(words[start..<index])
    }

    var index = 1
    var arguments: [[Word]] = []
    arguments.reserveCapacity(spec.arguments.count)
    for argument in spec.arguments {
      var taken: [Word] = []
      if case .rest = argument.kind {
        taken = value(from: &index)
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

    var clauses = ParsedCommand.Clauses()
    // Room for the clauses the words can hold, made once, not grown clause by clause.
    if index < words.count {
      clauses.reserveCapacity(keywords[index...].count { $0 != nil })
    }
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
      let value = value(from: &index)
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
      clauses.append(id, ParsedCommand.Clause(keyword: keyword, words: value))
    }
    return ParsedCommand(spec: spec, verb: verb, arguments: arguments, clauses: clauses)
  }

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
