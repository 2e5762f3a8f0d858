import PlanKit

extension CSVReader {
  /// An item read from a row, with the lot it goes into (nil at plan level) and, for a lot
  /// named only by its title, that title.
  struct Placed {
    var item: Item
    var lot: String?
    var newLotTitle: String?
    var predecessors: CSVTable.Cell?
  }

  /// - Complexity: O(cells).
  func readLot(_ row: inout CSVRow) -> Lot? {
    let title = row.text(.title).isEmpty ? row.text(.lot) : row.text(.title)
    let typed = row.text(.id)
    let id: String
    if typed.isEmpty {
      id = uniqueLotID(for: title)
    } else {
      do {
        id = try Identifier.validate(typed, span: nil, allowDot: false)
      } catch {
        row.refuse(.id, error)
        return nil
      }
    }
    if declaredLots.contains(id) {
      row.refuse(
        .id, Phrase(nl: "perceel '\(id)' staat er al", en: "lot '\(id)' is there already"),
        hint: Phrase(nl: "geef elk perceel één regel", en: "give every lot one line"))
    }
    var lot = Lot(id: id, title: title.isEmpty ? id : title)
    let procedure = row.text(.procedure)
    if !procedure.isEmpty {
      let key = procedure.lowercased().split(separator: " ").joined(separator: "-")
      if let kind = ProcedureKind.named(key) {
        lot.procedure = kind
      } else {
        row.refuse(
          .procedure,
          Phrase(nl: "'\(procedure)' is geen procedure", en: "'\(procedure)' is not a procedure"),
          hint: Phrase(nl: "kies uit ", en: "choose from ") + Phrase(ProcedureKind.allNames))
      }
    }
    if let cell = row.cell(.value), !cell.text.trimmedSpaces.isEmpty {
      do {
        lot.value = try MoneyParser.parse(Word.split(cell.text))
      } catch {
        row.refuse(.value, error)
      }
    }
    (lot.owner, lot.note, lot.documents) = annotations(&row)
    return lot
  }

  /// A lot row's lot, or its title, procedure and value for a lot its items made already.
  ///
  /// - Complexity: O(1) amortised.
  mutating func add(_ lot: Lot) {
    declaredLots.insert(lot.id)
    if let l = lotIndex[lot.id] {
      lots[l].title = lot.title
      lots[l].procedure = lot.procedure
      lots[l].value = lot.value
    } else {
      lotIndex[lot.id] = lots.count
      lots.append(lot)
    }
    lotsByTitle[lot.title.lowercased()] = lotsByTitle[lot.title.lowercased()] ?? lot.id
  }

  /// - Complexity: O(1) amortised.
  mutating func add(_ placed: Placed, _ row: CSVRow) {
    if let lot = placed.lot, lotIndex[lot] == nil {
      let title = placed.newLotTitle ?? lot
      lotIndex[lot] = lots.count
      lots.append(Lot(id: lot, title: title))
      lotsByTitle[title.lowercased()] = lotsByTitle[title.lowercased()] ?? lot
    }
    if let lot = placed.lot {
      lots[lotIndex[lot]!].items.append(placed.item)
    } else {
      milestones.append(placed.item)
    }
    itemIDs[placed.item.id] = row.line
    if let cell = placed.predecessors {
      pending.append(PendingLinks(to: placed.item.id, cell: cell))
    }
  }

  /// - Complexity: O(cells).
  func readItem(_ row: inout CSVRow) -> Placed? {
    let milestone = row.kind == .milestone
    guard let (id, lot, newLotTitle) = place(&row) else { return nil }
    let name = id.split(separator: ".").last.map(String.init) ?? id
    let title = row.text(.title)
    let kind = itemKind(&row, name: name, title: title, milestone: milestone)
    let predecessors = row.cell(.predecessors).flatMap {
      $0.text.trimmedSpaces.isEmpty ? nil : $0
    }
    // A row that follows its predecessors may leave Begin out: its start comes from them.
    let follows = predecessors != nil && row.text(.start).isEmpty
    guard var start = follows ? Self.placeholder : row.date(.start) else {
      // The rest of the row is read too, so that one pass over the file finds every problem.
      if !milestone && !row.text(.end).isEmpty { _ = row.date(.end) }
      if row.text(.start).isEmpty {
        row.refuse(
          .start, Phrase(nl: "de begindatum ontbreekt", en: "the start date is missing"),
          hint: Phrase(
            nl: "een datum als 1-5-2022, of voorgangers waarna het begint",
            en: "a date such as 1-5-2022, or predecessors after which it starts"))
      }
      return nil
    }
    start = precision(of: start, shownAs: row.text(.display))
    var item = Item(
      id: id, type: milestone ? .milestone : .phase, kind: kind ?? name,
      title: title.isEmpty || title == name ? nil : title, start: start, end: start)
    if !milestone { readLength(&row, into: &item) }
    // Without the column, as typed: a milestone keeps its date unless it is a step inside
    // the procedure, which moves with the publication.
    item.fixed = fixed(&row) ?? (milestone && !Plan.isPlanned(item) && !follows)
    if predecessors != nil && !item.fixed {
      // It starts after its predecessors, but never before the sheet's own date: the dates
      // the user typed are a floor, not a guess to drop.
      if follows { item.anchor = nil } else { item.notBefore = start }
    }
    if let cell = row.cell(.deadline), !cell.text.trimmedSpaces.isEmpty {
      item.deadline = row.date(.deadline)
    }
    (item.owner, item.note, item.documents) = annotations(&row)
    if let progress = progress(&row, of: item) { item.follow(progress) }
    return Placed(item: item, lot: lot, newLotTitle: newLotTitle, predecessors: predecessors)
  }

  /// The start of an item that follows its predecessors until the schedule gives it one.
  static let placeholder = PlanDate(Day(year: 2000, month: 1, day: 1)!)

  /// The item's id and lot: from the id column (`r1.voorbereiding`, or a name placed in the
  /// Perceel column's lot), or made from the title where the sheet has no id.
  func place(_ row: inout CSVRow) -> (String, String?, String?)? {
    let typed = row.text(.id).lowercased()
    var lot: String?
    var newLotTitle: String?
    var name = typed
    if let dot = typed.firstIndex(of: ".") {
      lot = String(typed[..<dot])
      name = String(typed[typed.index(after: dot)...])
      if !row.text(.lot).isEmpty { newLotTitle = row.text(.lot) }
    } else {
      let lotText = row.text(.lot)
      if !lotText.isEmpty {
        let key = lotText.lowercased()
        if lotIndex[key] != nil {
          lot = key
        } else if let known = lotsByTitle[key] {
          lot = known
        } else {
          lot = uniqueLotID(for: lotText)
          newLotTitle = lotText
        }
      }
    }
    if lot == nil && row.kind == .phase {
      row.refuse(
        row.cell(.id) != nil ? .id : .lot,
        Phrase(nl: "een fase hoort bij een perceel", en: "a phase belongs to a lot"),
        hint: Phrase(
          nl: "vul de kolom Perceel in, of geef de fase een naam als r1.voorbereiding",
          en: "fill in the column Perceel, or name the phase like r1.voorbereiding"))
      return nil
    }
    if name.isEmpty {
      let title = row.text(.title).isEmpty ? row.text(.kind) : row.text(.title)
      name = uniqueName(
        ImportIDs.slug(title, words: 4).nonEmpty ?? (row.kind == .milestone ? "mijlpaal" : "fase"),
        in: lot)
    }
    let id = lot.map { "\($0).\(name)" } ?? name
    do {
      _ = try Identifier.validate(id, span: nil, allowDot: true)
    } catch {
      row.refuse(.id, error)
      return nil
    }
    if let other = itemIDs[id] {
      row.refuse(
        .id,
        Phrase(nl: "'\(id)' staat al op regel \(other)", en: "'\(id)' is on line \(other) already"),
        hint: Phrase(
          nl: "geef elk onderdeel een eigen naam", en: "give every item a name of its own"))
      return nil
    }
    return (id, lot, newLotTitle)
  }

  func itemKind(_ row: inout CSVRow, name: String, title: String, milestone: Bool) -> String? {
    let typed = row.text(.kind).lowercased().split(separator: " ").joined(separator: "-")
    guard !typed.isEmpty else {
      if milestone { return PhaseKind.milestoneKind }
      return (PhaseKind.named(name) ?? PhaseKind.named(title))?.rawValue ?? name
    }
    guard Identifier.isValidPart(typed) else {
      row.refuse(
        .kind,
        Phrase(nl: "'\(row.text(.kind))' is geen soort", en: "'\(row.text(.kind))' is not a kind"),
        hint: Phrase(
          nl: "voorbereiding, inkoopprocedure, implementatie, uitvoering of één eigen woord",
          en: "voorbereiding, inkoopprocedure, implementatie, uitvoering or one word of your own"))
      return nil
    }
    return PhaseKind.named(typed)?.rawValue ?? typed
  }

  /// Eigenaar, Notitie and Documenten: a document a line, "name address".
  func annotations(_ row: inout CSVRow) -> (String?, String?, [Document]) {
    let owner = row.text(.owner)
    let note = row.text(.note)
    var documents: [Document] = []
    for line in row.text(.documents).split(whereSeparator: \.isNewline) {
      let text = String(line).trimmedSpaces
      guard !text.isEmpty else { continue }
      let space = text.lastIndex(of: " ")
      let url = space.map { String(text[text.index(after: $0)...]) } ?? text
      do {
        documents.append(
          Document(
            name: space.map { String(text[..<$0]) } ?? url,
            url: try Document.validate(url)))
      } catch {
        row.refuse(.documents, error)
      }
    }
    return (owner.isEmpty ? nil : owner, note.isEmpty ? nil : note, documents)
  }

  /// Gestart, Gereed and % gereed: what really happened, refused where a finish comes before
  /// the start or a percentage is not one from 0 to 100.
  func progress(_ row: inout CSVRow, of item: Item) -> Progress? {
    let started = row.text(.started).isEmpty ? nil : row.date(.started)?.day
    let finished = row.text(.finished).isEmpty ? nil : row.date(.finished)?.day
    var percent: Int?
    let text = row.text(.percent).replacingOccurrences("%", with: "").trimmedSpaces
    if !text.isEmpty {
      guard let number = Int(text), (0...100).contains(number) else {
        row.refuse(
          .percent,
          Phrase(
            nl: "'\(row.text(.percent))' is geen percentage",
            en: "'\(row.text(.percent))' is not a percentage"),
          hint: Phrase(nl: "een getal van 0 tot en met 100, zoals 40%", en: "0 to 100, like 40%"))
        return nil
      }
      percent = number
    }
    if let started, let finished, finished < started {
      row.refuse(
        .finished,
        Phrase(
          nl: "gereed (\(finished.text(.nl))) ligt vóór gestart (\(started.text(.nl)))",
          en: "done (\(finished.text(.en))) is before started (\(started.text(.en)))"))
      return nil
    }
    guard started != nil || finished != nil || percent != nil else { return nil }
    // A phase done or running has started: on its own start when the sheet does not say.
    let start = item.type == .phase && finished != nil ? started ?? item.start.day : started
    return Progress(
      started: item.type == .milestone ? nil : start, finished: finished,
      percent: finished == nil ? percent : nil)
  }

  static let yes: Set<String> = ["ja", "j", "yes", "y", "vast", "fixed", "x", "waar", "true", "1"]
  static let no: Set<String> = ["nee", "n", "no", "los", "onwaar", "false", "0"]

  /// The Vast cell: nil when empty or absent.
  func fixed(_ row: inout CSVRow) -> Bool? {
    let text = row.text(.fixed).lowercased()
    if text.isEmpty { return nil }
    if Self.yes.contains(text) { return true }
    if Self.no.contains(text) { return false }
    row.refuse(
      .fixed,
      Phrase(
        nl: "'\(row.text(.fixed))' is geen ja of nee", en: "'\(row.text(.fixed))' is not yes or no"),
      hint: Phrase(nl: "ja (de datum blijft staan) of nee", en: "yes (the date stays) or no"))
    return nil
  }

  /// A phase's end: Einde, its last day (inclusive, as Excel users count), or else Duur, in
  /// days or in Planwerk's durations ("10 maanden", "20 werkdagen").
  func readLength(_ row: inout CSVRow, into item: inout Item) {
    if !row.text(.end).isEmpty {
      guard let last = row.date(.end) else { return }
      var end = last.asEnd(inclusive: true)
      if end.precision == .day {
        end = precision(of: end, start: item.start, shownAs: row.text(.display))
      }
      guard end.day > item.start.day else {
        row.refuse(
          .end,
          Phrase(nl: "het einde ligt vóór het begin", en: "the end lies before the start"),
          hint: Phrase(
            nl: "Einde is de laatste dag van de fase, op of na Begin",
            en: "Einde is the phase's last day, on or after Begin"))
        return
      }
      item.end = end
      item.length = .until(end)
      return
    }
    let text = row.text(.duration)
    guard !text.isEmpty else {
      row.refuse(
        .end,
        Phrase(nl: "het einde en de duur ontbreken", en: "the end and the duration are missing"),
        hint: Phrase(
          nl: "vul Einde (laatste dag) of Duur (bijvoorbeeld 10 maanden) in",
          en: "fill in Einde (last day) or Duur (for example 10 months)"))
      return
    }
    do {
      let duration =
        text.allSatisfy(\.isNumber)
        ? PlanDuration(Int(text.prefix(7)) ?? 0, .days) : try DurationParser.parse(text)
      guard duration.amount > 0 else {
        row.refuse(.duration, Phrase(nl: "de duur is nul", en: "the duration is zero"))
        return
      }
      item.length = .duration(duration)
    } catch {
      row.refuse(.duration, error)
    }
  }

  /// A day whose row shows it at a coarser precision ("eind februari 2021" in Weergave, as
  /// `exporteer csv` writes a vague date) keeps that precision, when the day lies in the
  /// window shown.
  func precision(of start: PlanDate, shownAs display: String) -> PlanDate {
    guard start.precision == .day, !display.isEmpty else { return start }
    let first = display.split(separator: " – ", maxSplits: 1).first.map(String.init) ?? display
    // A decision keeps its window when it moved to a meeting within it ("begin februari
    // 2021" on 2 February): the day need not be the window's first.
    guard let shown = try? DateParser().parse(first), shown.precision != .day,
      shown.precision.windowStart(of: start.day) == shown.windowStart
    else { return start }
    return PlanDate(start.day, shown.precision)
  }

  /// An end day whose row shows it as a window ("zomer 2020 – eind 2021", "begin februari
  /// 2021") keeps that precision, when the window shown ends on that day: the text is the
  /// one `PlanDate.period` writes, read back.
  func precision(of end: PlanDate, start: PlanDate, shownAs display: String) -> PlanDate {
    guard !display.isEmpty else { return end }
    let parts = display.split(separator: " – ", maxSplits: 1).map(String.init)
    var candidates: [String] = []
    if parts.count == 2 {
      candidates.append(parts[1])
      for word in ["eind ", "end of "] where parts[1].hasPrefix(word) {
        candidates.append(String(parts[1].dropFirst(word.count)))
      }
    } else if start.precision != .day {
      // One window alone: "najaar 2021" runs to that window's end.
      return start.endsWindowAlone(at: end.day) ? PlanDate(end.day, start.precision) : end
    }
    for text in candidates {
      guard let shown = try? DateParser().parse(text) else { continue }
      let candidate = shown.endsWindow ? PlanDate(shown.windowEnd, shown.precision) : shown
      if candidate.day == end.day { return candidate }
    }
    return end
  }
}

extension PlanDate {
  /// Whether a window date's own window ends on `day`.
  func endsWindowAlone(at day: Day) -> Bool {
    PlanDate(windowEnd, precision).endsWindow && windowEnd == day
  }
}

extension String {
  /// The text, or nil when it is empty.
  var nonEmpty: String? { isEmpty ? nil : self }
}
