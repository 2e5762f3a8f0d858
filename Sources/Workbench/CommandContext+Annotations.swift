import PlanKit
import PlanRender

/// What an item or lot says about itself besides its dates: its owner, a note and its
/// documents (`eigenaar`, `notitie`, `document`).
extension CommandContext {
  /// Changes the owner, note or documents of the item or lot `word` names, as one step that
  /// moves no date.
  ///
  /// - Complexity: O(1) for the change, as a commit that schedules nothing.
  mutating func annotate(
    _ word: Word, label: String,
    _ change: (inout String?, inout String?, inout [Document]) throws(PlanError) -> Void
  ) throws(PlanError) -> (id: String, committed: Committed) {
    let id = word.text.lowercased()
    if let l = plan.lotIndex(id) {
      var lot = plan.lots[l]
      try change(&lot.owner, &lot.note, &lot.documents)
      let changed = lot
      let committed = try commit(label, changed: [], structural: false) { plan throws(PlanError) in
        plan.setLot(changed, at: l)
      }
      return (id, committed)
    }
    let location = try existingLocation(word)
    var item = plan[location]
    try change(&item.owner, &item.note, &item.documents)
    let changed = item
    let committed = try commit(label, changed: [], structural: false) { plan throws(PlanError) in
      plan.setItem(changed, at: location)
    }
    return (item.id, committed)
  }

  /// `eigenaar` or `notitie`: the text after the name set as the owner or the note, or cleared
  /// by `geen`; the id changed and the text set.
  mutating func setAnnotation(_ command: ParsedCommand, owner: Bool, ask: Phrase)
    throws(PlanError) -> (id: String, text: String?, committed: Committed)
  {
    let words = command.argument(1)
    guard !words.isEmpty else {
      throw PlanError(
        ask, at: command.argument(0)[0].span, hint: Messages.likeThis(command.spec.usage))
    }
    let text = Self.freeText(words[...])
    let (id, committed) = try annotate(command.argument(0)[0], label: command.verb.text) {
      current, note, _ throws(PlanError) in
      if owner { current = text } else { note = text }
    }
    return (id, text, committed)
  }

  /// Where the item stands on `vandaag`: "loopt sinds 29 aug. 2022 (40%)", "gereed op …",
  /// "te laat: 12 dagen", "gepland" once the session has a `vandaag`; nothing for what is
  /// simply planned in a plan without one.
  func statusRow(_ item: Item) -> (Phrase, String)? {
    let status = item.status(on: today)
    // A plan nobody follows shows no stand; once the session has a `vandaag`, a planned item
    // says so, as the HTML page does.
    if status == .planned && item.progress == nil && settings.today == nil { return nil }
    var shown = status.word(language)
    switch status {
    case .running:
      if let started = item.progress?.started {
        shown += text(Phrase(nl: " sinds ", en: " since ")) + started.text(language)
      }
      if let percent = item.progress?.percent { shown += " (\(percent)%)" }
    case .done:
      if let finished = item.progress?.finished {
        shown += text(Phrase(nl: " op ", en: " on ")) + finished.text(language)
      }
    case .late(let days, _):
      shown += ": " + text(Phrase.days(days))
    case .passed:
      shown =
        ItemStand.text(status, item.progress, language)
        + text(
          Phrase(
            nl: ": 'gereed \(item.id)' als het gebeurd is", en: ": 'done \(item.id)' if it happened"
          ))
    case .planned: break
    }
    return (Phrase(nl: "stand", en: "status"), shown)
  }

  /// The rows `toon` adds for an item's or lot's owner, note and documents.
  func annotationRows(owner: String?, note: String?, documents: [Document]) -> [(Phrase, String)] {
    var rows: [(Phrase, String)] = []
    if let owner { rows.append((Phrase(nl: "eigenaar", en: "owner"), owner.inert)) }
    if let note { rows.append((Phrase(nl: "notitie", en: "note"), note.inert)) }
    for document in documents {
      rows.append(
        (Phrase(nl: "document", en: "document"), "\(document.name.inert)  \(document.url.inert)"))
    }
    return rows
  }

  /// Text given as one quoted word or as the words up to the end: `"Jan de Vries"` or
  /// Jan de Vries; nil for `geen`/`none`, which clears it.
  static func freeText(_ words: ArraySlice<Word>) -> String? {
    let text = words.map(\.text).joined(separator: " ")
    if words.count == 1, !words.first!.quoted, ["geen", "none", "-"].contains(text.lowercased()) {
      return nil
    }
    return text
  }
}
