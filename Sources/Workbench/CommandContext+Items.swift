import PlanFiles
import PlanKit

/// Reading the parts of a new or changed item from a command: its id, title, kind, dates and
/// length, and describing the item as the answers show it.
extension CommandContext {
  /// Adds a new phase or milestone with its start (a date or links), its length, its
  /// constraints, and the link to the phase it continues when it starts where that one ends.
  mutating func add(
    _ new: Item, _ command: ParsedCommand, lot lotIndex: Int?, dateClause: ClauseID,
    span: Range<Int>
  ) throws(PlanError) -> Outcome {
    var item = new
    let requests = try linkRequests(command, for: item.id)
    let startLink = [ClauseID.after, .startAfterStart].compactMap { command.clauses[$0] }.first
    try notBoth(command.clauses[dateClause], startLink)
    // No closure over `self` here or below: in this mutating method, one copies the context.
    if let clause = command.clauses[dateClause] {
      item.anchor = try dateParser.parse(clause.words)
    } else {
      item.anchor = nil
    }
    // A decision given as a vague date ("eind februari 2021") is taken at its meeting inside
    // the window, not on its first day (a Sunday, say).
    var landedNote: String?
    if item.type == .milestone, let anchor = item.anchor,
      let landed = plan.landing(of: item.id, kind: item.kind, on: anchor)
    {
      item.anchor = landed
      let weekday = landed.day.weekday - 1
      landedNote = text(
        Phrase(
          nl: "op \(DateWords.weekdayName(weekday + 1, .nl)) \(landed.day.text(.nl))",
          en: "on \(DateWords.weekdayName(weekday + 1, .en)) \(landed.day.text(.en))"))
    }
    // A step inside the procedure (a closing date, the award) is planned, not promised: it
    // moves with the publication before it, as the tender's order asks. The publication, a
    // decision and the contract start keep the date they are given; `vast` fixes any of them.
    if item.anchor == nil || Plan.isPlanned(item) {
      item.fixed = false
    }
    try applyConstraints(command, to: &item)
    guard item.anchor != nil || !requests.isEmpty else {
      let what =
        item.type == .phase
        ? Phrase(
          nl: "geef het begin: van DATUM of na ONDERDEEL",
          en: "give the start: from DATE or after ITEM")
        : Phrase(
          nl: "een mijlpaal wil een datum: op DATUM of na ONDERDEEL",
          en: "a milestone needs a date: on DATE or after ITEM")
      throw PlanError(
        what, at: command.span, hint: Messages.likeThis(command.spec.usage))
    }
    var links = requests.map { Link(from: $0.from, to: item.id, kind: $0.kind, lag: $0.lag) }
    var continues: String?
    if let anchor = item.anchor, links.isEmpty, let lotIndex,
      let previous = plan.lots[lotIndex].items.last(where: {
        $0.type == .phase && $0.end.day == anchor.day
      })
    {
      // Phases written back to back ("1 sept. 2022 – 1 juli 2023", then "1 juli 2023 …")
      // are a chain: when the first slips, the next one moves with it.
      continues = previous.id
      links.append(Link(from: previous.id, to: item.id))
      if !item.fixed { item.anchor = nil }
    }
    if links.contains(where: { $0.kind != .finishToFinish }) && !item.fixed { item.anchor = nil }
    let untilClause = command.clauses[.to]
    if item.type == .phase {
      item.length = try length(command, start: item.anchor)
    }
    let added = item
    let newLinks = links
    let committed = try commit(command.verb.text, changed: [item.id]) { plan throws(PlanError) in
      plan.appendItem(added, toLot: lotIndex)
      plan.appendLinks(newLinks)
      try plan.settleEndDate(added.id, span: untilClause.flatMap { spanOf($0.words) })
    }
    let result = plan.item(item.id)!
    // The answer gathered as bytes in one buffer: "+ ID  DATES, NOTE, NOTE", then a line for
    // each item it pushed and the word on its end.
    var answer = TextBytes(capacity: 128)
    answer.append(literal: "+ ")
    answer.append(result.id)
    answer.append(literal: "  ")
    Self.writeDates(result, language, into: &answer)
    if let landedNote {
      answer.append(literal: ", ")
      answer.append(landedNote)
    }
    for link in links {
      answer.append(literal: ", ")
      if link.from != continues {
        writeLinkNote(link, into: &answer)
      } else if item.type == .milestone {
        answer.append(text(Phrase(nl: "sluit \(link.from) af", en: "concludes \(link.from)")))
      } else {
        answer.append(text(Phrase(nl: "aansluitend na ", en: "following ")))
        answer.append(link.from)
      }
    }
    if result.fixed && item.type == .phase {
      answer.append(literal: ", ")
      answer.append(text(Phrase(nl: "vast", en: "fixed")))
    }
    // What the new item pushed (the tender's order may hold the steps after it), as a shift
    // lists what it moved.
    let newID = item.id
    let pushed = committed.moved.filter { $0.id != newID }
    // Most new items push nothing: no lines to measure and pad.
    if !pushed.isEmpty {
      for line in movedLines(pushed) {
        answer.append(literal: "\n")
        answer.append(line)
      }
    }
    for line in endNote(command) {
      answer.append(literal: "\n")
      answer.append(line)
    }
    return Outcome(text: answer.text, committed)
  }

  /// A word on an end given as a day where the half-open reading surprises: `tot 31 dec. 2023`
  /// stops before the 31st (as `tot 1 sept.` stops before 1 September), and `t/m 31 dec. 2023`
  /// is kept, and shown, as the day after it, 1 jan. 2024, as every end is.
  func endNote(_ command: ParsedCommand) -> [String] {
    guard let clause = command.clauses[.to], let date = try? dateParser.parse(clause.words),
      date.precision == .day
    else { return [] }
    let keyword = clause.keyword.text.lowercased()
    let given = date.text(language)
    let next = date.day.adding(days: 1)
    if ["tot en met", "t/m", "through"].contains(keyword) {
      let shown = PlanDate(next).text(language)
      return [
        "  · "
          + text(
            Phrase(
              nl:
                "t/m \(given) neemt \(given) mee; het einde staat er als de dag erna, \(shown), zoals Planwerk elk einde schrijft ('1 mei – 1 sept.' loopt tot 1 sept.)",
              en:
                "through \(given) includes \(given); the end is shown as the day after, \(shown), as Planwerk writes every end ('1 May – 1 Sep' runs up to 1 Sep)"
            ))
      ]
    }
    guard next.civil.2 == 1 else { return [] }
    return [
      "  · "
        + text(
          Phrase(
            nl:
              "'\(keyword) \(given)' stopt vóór \(given), zoals 'tot 1 sept.' vóór 1 sept. stopt; 't/m \(given)' neemt die dag mee",
            en:
              "'\(keyword) \(given)' stops before \(given), as 'to 1 Sep' stops before 1 Sep; 'through \(given)' includes that day"
          ))
    ]
  }

  /// "na r1.voorbereiding +2 wk", "start na start van r1.x".
  ///
  /// - Complexity: O(the note).
  func linkNote(_ link: Link) -> String {
    var note = TextBytes(capacity: 48)
    writeLinkNote(link, into: &note)
    return note.text
  }

  /// `linkNote`, written where an answer is gathered.
  ///
  /// - Complexity: O(the note).
  func writeLinkNote(_ link: Link, into note: inout TextBytes) {
    let words: Phrase
    switch link.kind {
    case .finishToStart: words = Phrase(nl: "na ", en: "after ")
    case .startToStart: words = Phrase(nl: "start na start van ", en: "start after start of ")
    case .finishToFinish: words = Phrase(nl: "einde met einde van ", en: "end with end of ")
    }
    note.append(text(words))
    note.append(link.from)
    if link.lag.amount != 0 {
      note.append(" ")
      note.append(link.lag.delta(language))
    }
    if link.implicit { note.append(text(Phrase(nl: " (vanzelf)", en: " (implicit)"))) }
  }

  /// The exclusive end a `tot`/`t/m` clause gives, read the Dutch way (`PlanDate.asEnd`).
  func endDate(_ clause: ParsedCommand.Clause) throws(PlanError) -> PlanDate {
    let inclusive = ["tot en met", "t/m", "through"].contains(clause.keyword.text.lowercased())
    return try dateParser.parse(clause.words).asEnd(inclusive: inclusive)
  }

  /// A phase's length from `tot DATUM` or `duur DUUR`.
  func length(_ command: ParsedCommand, start anchor: PlanDate?) throws(PlanError) -> Item.Length {
    let to = command.clauses[.to]
    let duration = command.clauses[.duration]
    try notBoth(to, duration)
    if let to {
      let until = try endDate(to)
      if let anchor, until.day <= anchor.day {
        throw PlanError(
          nl: "het einde (\(until.text(.nl))) ligt niet na het begin (\(anchor.text(.nl)))",
          en: "the end (\(until.text(.en))) is not after the start (\(anchor.text(.en)))",
          at: spanOf(to.words))
      }
      return .until(until)
    }
    if let duration {
      let length = try DurationParser.parse(duration.words)
      guard length.amount > 0 else {
        throw PlanError(
          Item.noLength, at: spanOf(duration.words),
          hint: Phrase(nl: "bijvoorbeeld duur 6 maanden", en: "for example for 6 months"))
      }
      return .duration(length)
    }
    throw PlanError(
      nl: "geef het einde: tot DATUM of duur DUUR", en: "give the end: to DATE or for DURATION",
      at: command.span, hint: Messages.likeThis(command.spec.usage))
  }

  // MARK: - Pieces shared by the commands that create and change items

  /// Checks a new item's id: well formed, its lot exists, not taken.
  func newItemID(_ command: ParsedCommand, needsLot: Bool) throws(PlanError) -> (Int?, String, Word)
  {
    let word = command.argument(0)[0]
    let id = try Identifier.validate(word.text, span: word.span, allowDot: true)
    guard let lotID = id.lotPart else {
      if needsLot {
        throw PlanError(
          nl: "een fase hoort bij een perceel: schrijf perceel.naam",
          en: "a phase belongs to a lot: write lot.name",
          at: word.span, hint: Phrase(nl: "bijvoorbeeld r1.\(id)", en: "for example r1.\(id)"))
      }
      try ensureFree(id, at: word.span)
      return (nil, id, word)
    }
    guard let lotIndex = plan.lotIndex(lotID) else {
      throw unknownLot(lotID, at: word.span)
    }
    try ensureFree(id, at: word.span)
    return (lotIndex, id, word)
  }

  /// Refuses a name that a lot, an item or a plan milestone already has.
  func ensureFree(_ id: String, at span: Range<Int>) throws(PlanError) {
    guard plan.lotIndex(id) != nil || plan.location(of: id) != nil else { return }
    throw PlanError(
      nl: "\(id) bestaat al", en: "\(id) already exists", at: span,
      hint: Phrase(
        nl: "kies een andere naam, of gebruik 'wijzig \(id) …'",
        en: "choose another name, or use 'set \(id) …'"))
  }

  /// "X does not exist", with the closest of `candidates` when it looks like a typing slip.
  func notFound(
    _ id: String, what: Phrase, among candidates: [String], at span: Range<Int>?, hint: Phrase
  )
    -> PlanError
  {
    let guess = Suggestion.closest(id, candidates)
    let shown = id.shownInMessage
    return PlanError(
      nl: "\(what.nl)\(shown) bestaat niet" + (guess.map { "; bedoelt u \($0)?" } ?? ""),
      en: "\(what.en)\(shown) does not exist" + (guess.map { "; did you mean \($0)?" } ?? ""),
      at: span, hint: hint)
  }

  func unknownLot(_ id: String, at span: Range<Int>) -> PlanError {
    notFound(
      id, what: Phrase(nl: "perceel ", en: "lot "), among: plan.lots.map(\.id), at: span,
      hint: Phrase(
        nl: "maak het eerst: perceel \(id) \"titel\"", en: "create it first: lot \(id) \"title\""))
  }

  static func phaseKind(_ name: String) -> String {
    PhaseKind.named(name)?.rawValue ?? name
  }

  static func kindName(_ words: [Word]) throws(PlanError) -> String {
    guard words.count == 1, Identifier.isValidPart(words[0].text) else {
      throw PlanError(
        nl: "een soort is één woord", en: "a kind is a single word", at: spanOf(words),
        hint: Phrase(nl: "bijvoorbeeld soort implementatie", en: "for example kind implementatie"))
    }
    return phaseKind(words[0].text)
  }

  func procedure(_ words: [Word]) throws(PlanError) -> ProcedureKind {
    let name = words.map(\.text).joined(separator: "-")
    guard let kind = ProcedureKind.named(name) else {
      throw PlanError(
        nl: "'\(words.map(\.text).joined(separator: " "))' is geen procedure",
        en: "'\(words.map(\.text).joined(separator: " "))' is not a procedure", at: spanOf(words),
        hint: Messages.chooseFrom(ProcedureKind.allNames))
    }
    return kind
  }

  func text(_ words: [Word]) -> String {
    words.map(\.text).joined(separator: " ")
  }

  /// The title given as a quoted argument or with `titel`, not both.
  func title(_ command: ParsedCommand) throws(PlanError) -> String? {
    let positional = command.argument(1)
    if let clause = command.clauses[.title] {
      guard positional.isEmpty else {
        throw PlanError(
          nl: "de titel staat er twee keer", en: "the title is given twice", at: clause.keyword.span
        )
      }
      return text(clause.words)
    }
    return positional.isEmpty ? nil : text(positional)
  }

  /// Where an existing item is, or an error that names the closest lot or item.
  func existingLocation(_ word: Word) throws(PlanError) -> Plan.Location {
    // Ids are typed in lower case nearly always: such a word is not copied to lower it.
    let typedLower = word.text.isLowercaseASCII
    let id = typedLower ? word.text : word.text.lowercased()
    guard let location = plan.location(of: id) else {
      if let l = plan.lotIndex(id) {
        let names = plan.lots[l].items.prefix(3).map(\.id).joined(separator: ", ")
        throw PlanError(
          nl: "\(id) is een perceel, geen onderdeel", en: "\(id) is a lot, not an item",
          at: word.span,
          hint: names.isEmpty
            ? Phrase(nl: "'fase \(id).NAAM …' maakt er een", en: "'phase \(id).NAME …' makes one")
            : Phrase(nl: "bijvoorbeeld \(names)", en: "for example \(names)"))
      }
      throw notFound(
        id, what: Phrase(""), among: plan.lots.map(\.id) + plan.allItems.map(\.id), at: word.span,
        hint: Phrase(nl: "'lijst' toont alle onderdelen", en: "'list' shows every item"))
    }
    return location
  }

  /// Two clauses that say the same thing two ways (`van` and `na`, `tot` and `duur`).
  func notBoth(_ first: ParsedCommand.Clause?, _ second: ParsedCommand.Clause?) throws(PlanError) {
    guard let first, let second else { return }
    throw PlanError(
      nl: "kies '\(first.keyword.text)' of '\(second.keyword.text)', niet allebei",
      en: "choose '\(first.keyword.text)' or '\(second.keyword.text)', not both",
      at: second.keyword.span)
  }

}
