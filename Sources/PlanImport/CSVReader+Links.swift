import PlanKit

extension CSVReader {
  /// The link types as sheets write them: Planwerk's and MS Project's letters, in Dutch
  /// (einde-begin) and English (finish-start).
  static let linkKinds: [String: Link.Kind] = [
    "na": .finishToStart, "after": .finishToStart, "eb": .finishToStart, "fs": .finishToStart,
    "ss": .startToStart, "bb": .startToStart, "ff": .finishToFinish, "ee": .finishToFinish,
  ]

  /// The predecessors cells into links, now that every id is known: entries separated by
  /// `,` or `;`, each `ID [TYPE] [±LAG]` ("r1.inkoopprocedure", "r1.start BB +2 weken",
  /// "voorbereiding EE -5 werkdagen"); an id without its lot is looked up in the item's own.
  ///
  /// - Complexity: O(predecessor entries).
  mutating func readLinks() {
    for pending in pending {
      for entry in pending.cell.text.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
      {
        let words = Word.split(String(entry))
        guard !words.isEmpty else { continue }
        if let link = link(words, to: pending.to, at: pending.cell) {
          links.append(link)
        }
      }
    }
  }

  /// One entry as a link, or nil with its problem noted (skipped or refusing the file).
  mutating func link(_ words: [Word], to id: String, at cell: CSVTable.Cell) -> Link? {
    func refuse(_ message: Phrase, _ hint: Phrase?, _: Word) {
      let problem = ImportProblem(
        line: cell.line, column: cell.column,
        field: cell.column <= headers.count ? headers[cell.column - 1] : "",
        message: message, hint: hint)
      if skipRefused { skipped.append(problem) } else { problems.append(problem) }
    }
    let typed = words[0].text.lowercased()
    let lot = id.split(separator: ".").first.map(String.init)
    let from =
      itemIDs[typed] != nil
      ? typed : lot.map { "\($0).\(typed)" }.flatMap { itemIDs[$0] != nil ? $0 : nil }
    if from == nil, let line = refusedIDs[typed] ?? lot.flatMap({ refusedIDs["\($0).\(typed)"] }) {
      refuse(
        Phrase(
          nl: "'\(words[0].text)' staat op regel \(line), die geweigerd is",
          en: "'\(words[0].text)' is on line \(line), which was refused"), nil, words[0])
      return nil
    }
    guard let from else {
      refuse(
        Phrase(
          nl: "'\(words[0].text)' is geen onderdeel in dit bestand",
          en: "'\(words[0].text)' is not an item in this file"),
        Phrase(
          nl: "noem een onderdeel uit de kolom Onderdeel, zoals r1.voorbereiding",
          en: "name an item from the column Onderdeel, like r1.voorbereiding"),
        words[0])
      return nil
    }
    guard from != id else {
      refuse(
        Phrase(nl: "'\(id)' kan niet op zichzelf wachten", en: "'\(id)' cannot wait for itself"),
        nil,
        words[0])
      return nil
    }
    var rest = Array(words.dropFirst())
    var kind = Link.Kind.finishToStart
    if let first = rest.first {
      // MS Project writes the lag against the type: "FS+2d".
      let text = first.text.lowercased()
      let letters = String(text.prefix { $0.isLetter })
      if let known = Self.linkKinds[letters] {
        kind = known
        let lag = first.text.dropFirst(letters.count)
        rest.removeFirst()
        if !lag.isEmpty {
          rest.insert(
            Word(
              String(lag), span: (first.span.lowerBound + letters.count)..<first.span.upperBound),
            at: 0)
        }
      }
    }
    var lag = PlanDuration.zero
    var sign = 1
    if let first = rest.first, first.text == "+" || first.text == "-" {
      sign = first.text == "-" ? -1 : 1
      rest.removeFirst()
    }
    if !rest.isEmpty {
      do {
        lag = try DurationParser.parse(rest)
        lag.amount *= sign
      } catch {
        refuse(error.message, error.hint ?? DurationParser.examples, rest[0])
        return nil
      }
    }
    return Link(from: from, to: id, kind: kind, lag: lag)
  }
}
