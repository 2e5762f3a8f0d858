import PlanKit

/// A command's clause keywords by the word they start with, longest first, so that `start na
/// start van` wins over a `na` inside it: made once per command, not for every line.
struct KeywordTable: Sendable {
  /// One way to write a clause's keyword, word by word.
  struct Keyword: Sendable {
    /// The words lowercased, as a word not made a key is compared.
    let words: [String]
    /// The words' keys; nil for a word no key holds.
    let keys: [WordKey?]
    let id: ClauseID
  }

  /// A word of the line as keywords are compared with it.
  enum Lowered {
    /// A short ASCII word: compared by its key.
    case key(WordKey)
    /// Any other word that may be a keyword's: compared as `String.lowercased()` has it.
    case text(String)
    /// A quoted word, or one of ASCII no key holds: never a keyword.
    case never
  }

  /// The keywords by their first word's key.
  private let byKey: WordKeyTable<[Keyword]>
  /// The keywords by their first word, for a word that is not a key.
  private let byText: [String: [Keyword]]
  /// Whether every keyword word of ASCII has a key (they are short): a word of an ASCII line
  /// without one is then none, and needs no lowering to say so.
  let keysHoldEveryASCIIWord: Bool

  /// - Complexity: O(k log k) in the clauses' keywords.
  init(_ clauses: [ClauseID]) {
    let keywords = clauses.flatMap { clause in
      clause.keywords.values.joined().map { phrase in
        let words = phrase.split(separator: " ").map { $0.lowercased() }
        return Keyword(words: words, keys: words.map(WordKey.init), id: clause)
      }
    }.sorted { $0.words.count > $1.words.count }
    byText = Dictionary(grouping: keywords, by: { $0.words[0] })
    byKey = WordKeyTable(
      byText.compactMap { first, keywords in WordKey(first).map { ($0, keywords) } })
    keysHoldEveryASCIIWord = keywords.allSatisfy { keyword in
      zip(keyword.words, keyword.keys).allSatisfy { word, key in
        key != nil || !word.utf8.allSatisfy { $0 < 0x80 }
      }
    }
  }

  /// How a keyword is compared with the word; `ascii` says the line is ASCII.
  ///
  /// - Complexity: O(1) for a word of an ASCII line; O(word) otherwise.
  func lowered(_ word: Word, ascii: Bool) -> Lowered {
    if word.quoted { return .never }
    if let key = WordKey(word.text) { return .key(key) }
    return ascii && keysHoldEveryASCIIWord ? .never : .text(word.text.lowercased())
  }

  /// The clause whose keyword starts at `index`, and how many words the keyword has.
  ///
  /// - Complexity: O(log k) in the keywords for a word that starts none; O(1) more per word
  ///   of the keywords it may start.
  func keyword(at index: Int, in words: [Word], ascii: Bool) -> (ClauseID, Int)? {
    let candidates: [Keyword]?
    switch lowered(words[index], ascii: ascii) {
    case .key(let key): candidates = byKey[key]
    case .text(let text): candidates = byText[text]
    case .never: return nil
    }
    guard let candidates else { return nil }
    for keyword in candidates where index + keyword.words.count <= words.count {
      var matches = true
      for offset in 1..<keyword.words.count
      where !Self.matches(lowered(words[index + offset], ascii: ascii), keyword, offset) {
        matches = false
        break
      }
      if matches { return (keyword.id, keyword.words.count) }
    }
    return nil
  }

  private static func matches(_ word: Lowered, _ keyword: Keyword, _ offset: Int) -> Bool {
    switch word {
    case .key(let key): return keyword.keys[offset] == key
    case .text(let text): return keyword.words[offset] == text
    case .never: return false
    }
  }
}
