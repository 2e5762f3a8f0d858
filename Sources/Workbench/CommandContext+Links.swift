import PlanKit

/// Reading links and constraints from clauses (`na`, `start na start van`, `uiterlijk`, `vast`).
extension CommandContext {
  struct LinkRequest {
    let from: String
    let kind: Link.Kind
    let lag: PlanDuration
    let word: Word
  }

  static let listSeparators: Set<String> = [",", "en", "and", "&"]

  /// Whether `text` is one of `listSeparators`, in any case: none is longer than three bytes,
  /// and the ids a clause names, which are, are not lowercased to be told apart from them.
  ///
  /// - Complexity: O(1).
  static func isListSeparator(_ text: String) -> Bool {
    text.utf8.count <= 3 && listSeparators.contains(text.lowercased())
  }
  static let offWords: Set<String> = ["uit", "off", "nee", "no", "geen", "none"]
  static let onWords: Set<String> = ["aan", "on", "ja", "yes"]

  /// The links asked for by `na`, `start na start van` and `einde met einde van`: each a list
  /// of items (`na r1.a, r1.b + 2w`), each with an optional lag.
  func linkRequests(_ command: ParsedCommand, for id: String) throws(PlanError) -> [LinkRequest] {
    var requests: [LinkRequest] = []
    for clauseID in [ClauseID.after, .startAfterStart, .endWithEnd] {
      guard let clause = command.clauses[clauseID], let kind = clauseID.linkKind else { continue }
      if let colleges = try collegeRequests(clause.words, kind: kind) {
        requests += colleges
        continue
      }
      for group in Self.groups(clause.words) {
        let target = group[0]
        let from = plan.id(at: try existingLocation(target))
        guard from != id else {
          throw PlanError(
            nl: "\(id) kan niet op zichzelf wachten", en: "\(id) cannot wait for itself",
            at: target.span)
        }
        let lag = try self.lag(Array(group.dropFirst()))
        requests.append(LinkRequest(from: from, kind: kind, lag: lag, word: target))
      }
    }
    return requests
  }

  /// Whether a clause reads `na college Amersfoort, Baarn en Leusden`: a regional decision
  /// that waits for the collegebesluit of every municipality named.
  func namesColleges(_ words: [Word]) -> Bool {
    words.count > 1 && !words[0].quoted
      && ["college", "colleges"].contains(words[0].text.lowercased())
      && !Self.isListSeparator(words[1].text)
      && !words[1].text.hasPrefix("+") && !words[1].text.hasPrefix("-")
  }

  /// The links to each municipality's collegebesluit (`college-amersfoort`), which must exist.
  func collegeRequests(_ words: [Word], kind: Link.Kind) throws(PlanError) -> [LinkRequest]? {
    guard namesColleges(words) else { return nil }
    var requests: [LinkRequest] = []
    for group in Self.groups(Array(words.dropFirst())) {
      let split =
        group.firstIndex { $0.text.hasPrefix("+") || $0.text.hasPrefix("-") } ?? group.endIndex
      let name = Array(group[..<split])
      guard let span = spanOf(name) else {
        throw PlanError(
          nl: "welke gemeente?", en: "which municipality?", at: group[0].span,
          hint: Phrase(
            nl: "zo: na college Amersfoort, Baarn", en: "like this: after college Amersfoort, Baarn"
          ))
      }
      let id = DecisionKind.collegeID(of: name.map(\.text))
      guard plan.location(of: id) != nil else {
        let town = name.map(\.text).joined(separator: " ")
        throw PlanError(
          nl: "er is nog geen collegebesluit van \(town) (\(id))",
          en: "there is no collegebesluit of \(town) yet (\(id))", at: span,
          hint: Phrase(
            nl: "leg het eerst vast: besluit \(id) op DATUM",
            en: "add it first: decision \(id) on DATE"))
      }
      let lag = try self.lag(Array(group[split...]))
      requests.append(LinkRequest(from: id, kind: kind, lag: lag, word: Word(id, span: span)))
    }
    return requests
  }

  /// Refuses links into `id` from an item that already waits for `id`, naming the circle.
  func refuseCycles(_ requests: [LinkRequest], into id: String) throws(PlanError) {
    for request in requests {
      guard let path = plan.path(from: id, to: request.from) else { continue }
      let ids = path + [id]
      throw PlanError(
        nl: "dan wacht \(id) op zichzelf: \(ids.joined(separator: " → "))",
        en: "then \(id) would wait for itself: \(ids.joined(separator: " → "))",
        at: request.word.span,
        hint: Phrase(
          nl: "ontkoppel eerst een van deze, of kies een ander onderdeel",
          en: "unlink one of these first, or choose another item"))
    }
  }

  /// Splits `r1.a, r1.b + 2w en r1.c` into one word list per item.
  ///
  /// - Complexity: O(words).
  static func groups(_ words: [Word]) -> [[Word]] {
    // Nearly every clause names one item, without a separator or a comma: one group, the
    // words as they are, without the arrays `splitGroups` grows.
    let plain = words.allSatisfy { word in
      word.quoted || (word.text.utf8.last != UInt8(ascii: ",") && !isListSeparator(word.text))
    }
    return plain && !words.isEmpty ? [words] : splitGroups(words)
  }

  /// `groups` word by word, for a clause with separators or commas.
  ///
  /// - Complexity: O(words).
  static func splitGroups(_ words: [Word]) -> [[Word]] {
    var groups: [[Word]] = [[]]
    for word in words {
      if !word.quoted && Self.isListSeparator(word.text) {
        groups.append([])
        continue
      }
      if !word.quoted && word.text.utf8.last == UInt8(ascii: ",") && word.text.count > 1 {
        let bare = String(word.text.dropLast())
        groups[groups.count - 1].append(
          Word(bare, span: word.span.lowerBound..<(word.span.upperBound - 1)))
        groups.append([])
        continue
      }
      groups[groups.count - 1].append(word)
    }
    return groups.filter { !$0.isEmpty }
  }

  /// `+ 2w`, `+2 weken`, `- 1 wd`: a lone sign joins the amount after it.
  func lag(_ words: [Word]) throws(PlanError) -> PlanDuration {
    guard !words.isEmpty else { return .zero }
    var joined = words
    if ["+", "-"].contains(words[0].text), words.count > 1 {
      joined =
        [
          Word(
            words[0].text + words[1].text, span: words[0].span.lowerBound..<words[1].span.upperBound
          )
        ] + words.dropFirst(2)
    }
    return try DurationParser.parse(joined)
  }

  /// `uiterlijk DATUM`, `niet eerder dan DATUM`, `vast [uit]`; `geen` clears a date.
  func applyConstraints(_ command: ParsedCommand, to item: inout Item) throws(PlanError) {
    if let clause = command.clauses[.deadline] {
      item.deadline = isNone(clause.words) ? nil : try dateParser.parse(clause.words)
    }
    if let clause = command.clauses[.notBefore] {
      item.notBefore = isNone(clause.words) ? nil : try dateParser.parse(clause.words)
    }
    if let clause = command.clauses[.fixed] {
      item.fixed = try Self.flag(clause)
      if item.fixed && item.anchor == nil { item.anchor = item.start }
    }
  }

  static func flag(_ clause: ParsedCommand.Clause) throws(PlanError) -> Bool {
    guard let word = clause.words.first else { return true }
    let key = word.text.lowercased()
    if clause.words.count == 1 && Self.offWords.contains(key) { return false }
    if clause.words.count == 1 && Self.onWords.contains(key) { return true }
    throw PlanError(
      nl: "'\(clause.keyword.text)' kent alleen 'uit' of 'aan'",
      en: "'\(clause.keyword.text)' only takes 'off' or 'on'", at: spanOf(clause.words),
      hint: Phrase(nl: "bijvoorbeeld: vast uit", en: "for example: fixed off"))
  }

  // MARK: - koppel, ontkoppel

}

extension CommandContext {
  /// When a link takes over an item's start, the date it was given ("maart 2022") gives way to
  /// the date the link sets, at the day: said in so many words, with how to keep the old date
  /// as a lower bound, so that a vague date does not just turn into a day unexplained.
  func startGivenWay(_ before: Item, _ after: Item) -> [String] {
    guard let own = before.anchor, after.anchor == nil else { return [] }
    let id = after.id
    let date = own.text(language)
    let now = after.start.text(language)
    return [
      "  · "
        + text(
          Phrase(
            nl:
              "\(id) begint nu na wat het koppelt (\(now)): zijn eigen begin \(date) vervalt; 'wijzig \(id) niet eerder dan \(date)' houdt dat als ondergrens",
            en:
              "\(id) now starts after what it is linked to (\(now)): its own start \(date) gives way; 'set \(id) not before \(date)' keeps that as a lower bound"
          ))
    ]
  }
}
