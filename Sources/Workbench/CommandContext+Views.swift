import PlanKit
import PlanRender

/// The plan, a lot and an item as `toon` and `lijst` show them.
extension CommandContext {
  /// How an item is timed: what it waits for, what waits for it, its constraints.
  func timing(_ item: Item) -> [(Phrase, String)] {
    var rows: [(Phrase, String)] = []
    let into = plan.links.filter { $0.to == item.id }.map { linkNote($0) }
    let out = plan.links.filter { $0.from == item.id }.map(\.to)
    if !into.isEmpty {
      rows.append((Phrase(nl: "wacht op", en: "waits for"), into.joined(separator: ", ")))
    }
    if !out.isEmpty {
      rows.append((Phrase(nl: "daarna", en: "followed by"), out.joined(separator: ", ")))
    }
    if item.fixed, let anchor = item.anchor {
      rows.append((Phrase(nl: "vast", en: "fixed"), anchor.text(language)))
    }
    if let date = item.notBefore {
      rows.append((Phrase(nl: "niet eerder dan", en: "not before"), date.text(language)))
    }
    if let date = item.deadline {
      rows.append((Phrase(nl: "uiterlijk", en: "deadline"), date.text(language)))
    }
    return rows
  }

  /// The length as it was given ("6 maanden", "20 werkdagen"), which a shift by days keeps;
  /// a phase given an end date, the span its dates make.
  func length(_ item: Item) -> String {
    if case .duration(let duration) = item.length { return duration.text(language) }
    return PlanDuration.between(item.start.day, item.end.day).text(language)
  }

  func table(_ rows: [(Phrase, String)]) -> String {
    let width = rows.map { $0.0(language).count }.max() ?? 0
    return rows.map { "  \($0.0(language).fitted(to: width))  \($0.1.inert)" }.joined(
      separator: "\n")
  }

  /// The plan at a glance, with the session's file and whether it is saved.
  func planSummary(file: String?, unsaved: Bool) -> String {
    var rows: [(Phrase, String)] = [
      (Phrase(nl: "titel", en: "title"), plan.title.isEmpty ? "—" : plan.title),
      (Phrase(nl: "organisatie", en: "organisation"), plan.organisation ?? "—"),
      (Phrase(nl: "percelen", en: "lots"), plan.lots.map(\.id).joined(separator: ", ")),
      (Phrase(nl: "onderdelen", en: "items"), String(plan.itemCount)),
    ]
    // To the last milestone's day or the last phase's end, as the items show them: a span's
    // bound is the day after a milestone.
    if let span = plan.span, let last = plan.allItems.lazy.map(\.dueDate.day).max() {
      rows.append(
        (
          Phrase(nl: "looptijd", en: "span"),
          "\(span.lowerBound.text(language)) – \(last.text(language))"
        ))
    }
    rows.append((Phrase(nl: "bestand", en: "file"), file ?? "—"))
    rows.append((Phrase(nl: "vandaag", en: "today"), today.text(language)))
    if unsaved {
      rows.append(
        (Phrase(nl: "status", en: "status"), text(Phrase(nl: "niet bewaard", en: "not saved"))))
    }
    return table(rows)
  }

  func lotDetails(_ lot: Lot) -> String {
    var rows: [(Phrase, String)] = [
      (Phrase(nl: "titel", en: "title"), lot.title),
      (Phrase(nl: "procedure", en: "procedure"), lot.procedure?.rawValue ?? "—"),
      (Phrase(nl: "waarde", en: "value"), ContractValue.text(lot, language) ?? "—"),
    ]
    rows += annotationRows(owner: lot.owner, note: lot.note, documents: lot.documents)
    rows.append((Phrase(nl: "onderdelen", en: "items"), String(lot.items.count)))
    let header = "\(lot.id)  (\(text(Phrase(nl: "perceel", en: "lot"))))\n" + table(rows)
    return lot.items.isEmpty ? header : header + "\n" + itemLines(lot.items)
  }

  /// With `stand`, each line ends with where the item stands ("te laat: 32 dagen").
  func itemLines(_ items: [Item], stand: Bool = false) -> String {
    let width = items.map(\.id.count).max() ?? 0
    return items.map { item in
      "  \(item.id.fitted(to: width))  \(dates(item))"
        + (stand ? statusRow(item).map { "  — " + $0.1 } ?? "" : "")
    }.joined(separator: "\n")
  }

  /// The tender's order of a lot's items in one line, for every lot with items of two stages or
  /// more, whether typed links or the order's own (`(vanzelf)`) keep it: "volgorde van de
  /// aanbesteding: voorbereiding → publicatie → inkoopprocedure → gunning". Links of the order
  /// the user took away with `ontkoppel` are named after it.
  ///
  /// - Complexity: O(k log k) for the lot's k items, and the links removed on purpose.
  func processLine(_ lot: Lot) -> String {
    let staged = lot.items.enumerated().compactMap { index, item in
      Plan.stage(of: item).map { (stage: $0, index: index, name: item.name) }
    }.sorted { ($0.stage, $0.index) < ($1.stage, $1.index) }
    guard let first = staged.first, staged.contains(where: { $0.stage != first.stage }) else {
      return ""
    }
    let prefix = lot.id + "."
    let removed = plan.removedLinks.filter { $0.from.hasPrefix(prefix) && $0.to.hasPrefix(prefix) }
    let unlinked =
      removed.isEmpty
      ? ""
      : " ("
        + text(Phrase(nl: "ontkoppeld: ", en: "unlinked: "))
        + removed.map { "\($0.from) → \($0.to)" }.joined(separator: ", ") + ")"
    return "\n  "
      + text(Phrase(nl: "volgorde van de aanbesteding: ", en: "order of the tender: "))
      + staged.map(\.name).joined(separator: " → ") + unlinked
  }
}
