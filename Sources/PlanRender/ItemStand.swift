import PlanKit

/// Where an item stands on a status date, as the charts and exports show it: its status, the
/// days of it that are done, and the words for it ("gereed op 26 aug. 2022", "loopt sinds 29
/// aug. 2022 (40%)", "te laat: 5 dagen").
public struct ItemStand: Sendable, Equatable {
  public var status: Item.Status
  /// Of a phase, the days done from its start: all of them when it is done, up to its
  /// percentage (or else the status date) while it runs; nil when nothing is done. A
  /// milestone's one day once it is reached.
  public var done: Range<Day>?
  public var text: String

  /// The stand of `item` on `day`.
  ///
  /// - Complexity: O(1).
  public init(_ item: Item, on day: Day, _ language: Language) {
    status = item.status(on: day)
    let end =
      item.type == .milestone ? item.start.day.adding(days: 1) : max(item.end.day, item.start.day)
    switch status {
    case .done:
      done = item.start.day..<end
    case .running, .late(_, started: true):
      let start = item.progress?.started ?? item.start.day
      let until: Day
      if let percent = item.progress?.percent {
        // By the share of the calendar days, as the bar is drawn over calendar days.
        let length = start.days(until: end)
        until = start.adding(days: (length * percent + 50) / 100)
      } else {
        until = min(max(day, start), end)
      }
      done = start < until ? start..<until : nil
    case .planned, .late(_, started: false), .passed:
      done = nil
    }
    text = Self.text(status, item.progress, language)
  }

  /// "gereed op 26 aug. 2022", "loopt sinds 29 aug. 2022 (40%)", "te laat: 5 dagen", "gepland":
  /// the words `toon` shows for the stand.
  ///
  /// - Complexity: O(1).
  public static func text(_ status: Item.Status, _ progress: Progress?, _ language: Language)
    -> String
  {
    var shown = status.word(language)
    let percent = progress?.percent.map { "\($0)%" }
    switch status {
    case .running:
      if let started = progress?.started {
        shown += Phrase(nl: " sinds ", en: " since ")(language) + started.text(language)
      }
      if let percent { shown += " (\(percent))" }
    case .late(let days, let started):
      shown += Self.days(days, language)
      if started, let day = progress?.started {
        let since = Phrase(nl: "gestart ", en: "started ")(language) + day.text(language)
        shown += " (" + ([since] + [percent].compactMap { $0 }).joined(separator: ", ") + ")"
      } else if let percent {
        shown += " (\(percent))"
      }
    case .done:
      if let finished = progress?.finished {
        shown += Phrase(nl: " op ", en: " on ")(language) + finished.text(language)
      }
    case .passed(let days):
      shown =
        Phrase(nl: "datum voorbij, niet gemeld", en: "date passed, not reported")(language)
        + " (" + Phrase.days(days)(language) + ")"
    case .planned: break
    }
    return shown
  }

  static func days(_ days: Int, _ language: Language) -> String {
    ": " + Phrase.days(days)(language)
  }

  public var isLate: Bool {
    if case .late = status { return true }
    return false
  }
}

extension Plan {
  /// The day charts and exports show where items stand on: `today` once any item has
  /// progress, or the status date the user set (`vandaag`) once an item is late on it; nil
  /// otherwise, so that a plan nobody follows yet looks as it always did (an item of 2022
  /// is not late in a plan drawn in 2026 without a status date).
  ///
  /// - Complexity: O(items).
  public func statusDay(today: Day, set: Day?) -> Day? {
    if allItems.contains(where: { $0.progress != nil }) { return today }
    guard let set else { return nil }
    return allItems.contains(where: {
      if case .late = $0.status(on: set) { return true }
      return false
    }) ? set : nil
  }
}
