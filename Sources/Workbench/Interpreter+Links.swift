import PlanKit

/// koppel, ontkoppel, and reading links and constraints from clauses.
extension Interpreter {
  struct LinkRequest {
    let from: String
    let kind: Link.Kind
    let lag: PlanDuration
    let word: Word
  }

  static let listSeparators: Set<String> = [",", "en", "and", "&"]
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
      for group in groups(clause.words) {
        let target = group[0]
        let from = plan[try existingLocation(target)].id
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
      && !Self.listSeparators.contains(words[1].text.lowercased())
      && !words[1].text.hasPrefix("+") && !words[1].text.hasPrefix("-")
  }

  /// The links to each municipality's collegebesluit (`college-amersfoort`), which must exist.
  func collegeRequests(_ words: [Word], kind: Link.Kind) throws(PlanError) -> [LinkRequest]? {
    guard namesColleges(words) else { return nil }
    var requests: [LinkRequest] = []
    for group in groups(Array(words.dropFirst())) {
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
  func groups(_ words: [Word]) -> [[Word]] {
    var groups: [[Word]] = [[]]
    for word in words {
      if !word.quoted && Self.listSeparators.contains(word.text.lowercased()) {
        groups.append([])
        continue
      }
      if !word.quoted && word.text.hasSuffix(",") && word.text.count > 1 {
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
      item.fixed = try flag(clause)
      if item.fixed && item.anchor == nil { item.anchor = item.start }
    }
  }

  func flag(_ clause: ParsedCommand.Clause) throws(PlanError) -> Bool {
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

  mutating func link(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let location = try existingLocation(word)
    let id = plan[location].id
    let requests = try linkRequests(command, for: id)
    guard !requests.isEmpty else {
      throw PlanError(
        nl: "waarna moet \(id) komen?", en: "what should \(id) follow?", at: word.span,
        hint: Phrase(nl: "zo: ", en: "like this: ") + command.spec.usage)
    }
    try refuseCycles(requests, into: id)
    let moved = try commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      for request in requests {
        let same = { (link: Link) in
          link.from == request.from && link.to == id && link.kind == request.kind
        }
        // A new lag for a statutory step keeps the minimum the law sets for it.
        let minimum = plan.linksInto(id).map { plan.links[$0] }.first(where: same)?.minimum
        plan.removeLinks(of: [id], where: same)
        // Typed, the link takes the place of the tender's own order between the two.
        plan.removeLinks(of: [id]) { $0.implicit && $0.from == request.from && $0.to == id }
        if plan.removedLinks.contains(where: { $0.from == request.from && $0.to == id }) {
          plan.removedLinks.removeAll { $0.from == request.from && $0.to == id }
        }
        plan.appendLinks([
          Link(from: request.from, to: id, kind: request.kind, lag: request.lag, minimum: minimum)
        ])
      }
      plan.followLinks(id)
    }
    let notes = requests.map {
      linkNote(Link(from: $0.from, to: id, kind: $0.kind, lag: $0.lag))
    }
    var lines = ["\(id) " + notes.joined(separator: ", ")]
    lines += movedLines(moved)
    return Outcome(text: lines.joined(separator: "\n"))
  }

  mutating func unlink(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let id = plan[try existingLocation(word)].id
    var from: String?
    if let clause = command.clauses[.from] {
      guard clause.words.count == 1 else {
        throw PlanError(
          nl: "geef één onderdeel", en: "give one item", at: spanOf(clause.words))
      }
      from = plan[try existingLocation(clause.words[0])].id
    }
    let removed = plan.links.filter { $0.to == id && (from == nil || $0.from == from) }
    guard !removed.isEmpty else {
      throw PlanError(
        nl: "\(id) is niet gekoppeld\(from.map { " aan \($0)" } ?? "")",
        en: "\(id) is not linked\(from.map { " to \($0)" } ?? "")", at: command.span,
        hint: Phrase(
          nl: "'toon \(id)' laat zijn koppelingen zien", en: "'show \(id)' lists its links"))
    }
    let moved = try commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      plan.removeLinks(of: [id]) { $0.to == id && (from == nil || $0.from == from) }
      // What the tender's order would link again stays unlinked, as asked.
      plan.keepUnlinked(removed)
      plan.anchorOrphans([id])
    }
    var lines = removed.map {
      text(Phrase(nl: "ontkoppeld: ", en: "unlinked: ")) + $0.text(language)
    }
    lines += movedLines(moved)
    return Outcome(text: lines.joined(separator: "\n"))
  }

}
