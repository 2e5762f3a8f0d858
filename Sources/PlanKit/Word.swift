/// One word of a command line: its text and where it stands, so that an error can point at it.
public struct Word: Sendable, Equatable {
  public var text: String
  /// Character offsets in the line, half-open.
  public var span: Range<Int>
  /// Written in quotes: never a keyword, may hold spaces.
  public var quoted: Bool

  public init(_ text: String, span: Range<Int>, quoted: Bool = false) {
    self.text = text
    self.span = span
    self.quoted = quoted
  }

  /// The text as a message quotes it.
  public var shown: String { text.shownInMessage }

  /// Splits plain text on white space, for callers that have no tokenizer at hand.
  public static func split(_ text: String) -> [Word] {
    var words: [Word] = []
    var current = ""
    var start = 0
    for (offset, character) in text.enumerated() {
      if character.isWhitespace {
        if !current.isEmpty { words.append(Word(current, span: start..<offset)) }
        current = ""
      } else {
        if current.isEmpty { start = offset }
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(Word(current, span: start..<(start + current.count))) }
    return words
  }
}

/// A span covering a run of words.
///
/// - Complexity: O(n) for n words, walked rather than reversed into an array (a plain
///   collection's `reversed()` copies it), as every clause of every command asks; inlinable,
///   so that callers in other modules get it specialised for their collection.
@inlinable
public func spanOf(_ words: some Collection<Word>) -> Range<Int>? {
  guard let first = words.first else { return nil }
  var upper = first.span.upperBound
  for word in words { upper = word.span.upperBound }
  return first.span.lowerBound..<upper
}

extension String {
  /// The text as a message quotes it: a word pasted by the page is cut to its start, so the
  /// message stays a line.
  public var shownInMessage: String {
    let length = 40
    return utf8.count <= length || prefix(length + 1).count <= length
      ? self : prefix(length - 1) + "…"
  }
}
