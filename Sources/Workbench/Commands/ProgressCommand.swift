import PlanKit

/// `gestart` and `gereed`: what really happened. A start or end reported is a fact: the item
/// keeps it whatever its links say, and what follows it moves from it.
enum StartedCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .started, group: .timing, names: [.nl: ["gestart"], .en: ["started"]],
    arguments: [
      arg("onderdeel", "item", .target), arg("procent", "percent", .rest, optional: true),
    ],
    clauses: [.on],
    summary: Phrase(
      nl:
        "Meldt dat een fase begonnen is (vandaag, of op DATUM), eventueel hoe ver ze is; wat erna komt rekent vanaf die dag. Is ze al gestart gemeld, dan houdt ze zonder DATUM haar begin.",
      en:
        "Reports that a phase has started (today, or on DATE), and how far it is if given; what follows counts from that day. Reported started before, without DATE it keeps its start."
    ),
    usage: Phrase(
      nl: "gestart ONDERDEEL [PROCENT%] [op DATUM]", en: "started ITEM [PERCENT%] [on DATE]"),
    examples: [
      .nl: ["gestart r1.inkoopprocedure op 5 september 2022", "gestart r1.implementatie 40%"],
      .en: ["started r1.implementation"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    try context.report(command, finished: false)
  }
}

enum FinishedCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .finished, group: .timing, names: [.nl: ["gereed", "klaar"], .en: ["done", "finished"]],
    arguments: [arg("onderdeel", "item", .target)], clauses: [.on],
    summary: Phrase(
      nl:
        "Meldt dat een fase klaar is of een mijlpaal bereikt (vandaag, of op DATUM, de laatste dag); wat erna komt rekent vanaf dan.",
      en:
        "Reports that a phase is done or a milestone reached (today, or on DATE, its last day); what follows counts from then."
    ),
    usage: Phrase(nl: "gereed ONDERDEEL [op DATUM]", en: "done ITEM [on DATE]"),
    examples: [
      .nl: ["gereed r1.voorbereiding op 26 augustus 2022", "gereed r1.publicatie"],
      .en: ["done r1.publicatie"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    try context.report(command, finished: true)
  }
}

extension CommandContext {
  /// Records a start or an end that happened and fixes the item on it, as one step.
  ///
  /// - Complexity: as a commit of one item.
  mutating func report(_ command: ParsedCommand, finished: Bool) throws(PlanError) -> Outcome {
    let word = command.argument(0)[0]
    let location = try existingLocation(word)
    var item = plan[location]
    // Without a day, a phase already reported started keeps its day: the report gives how
    // far it is ('gestart X 60%'), not a new start.
    // A percentage may follow the date as well as precede it: 'gestart X op 6 juli 2016 70%'.
    var dateWords = command.clauses[.on]?.words
    var percentWords = command.argument(1)
    if !finished, percentWords.isEmpty, let words = dateWords, let last = words.last,
      last.text.hasSuffix("%")
    {
      let count = last.text == "%" && words.count > 2 ? 2 : 1
      percentWords = Array(words.suffix(count))
      dateWords = Array(words.dropLast(count))
    }
    let day =
      try dateWords.map { words throws(PlanError) in
        try dateParser.parse(words).day
      } ?? (finished ? nil : item.progress?.started) ?? today
    guard day <= today else {
      throw PlanError(
        nl: "\(day.text(.nl)) ligt na vandaag (\(today.text(.nl))): meld het als het gebeurd is",
        en: "\(day.text(.en)) is after today (\(today.text(.en))): report it once it has happened",
        at: command.clauses[.on].flatMap { spanOf($0.words) } ?? command.verb.span,
        hint: Phrase(
          nl: "plannen doet 'wijzig \(item.id) van DATUM'",
          en: "planning is 'set \(item.id) from DATE'"))
    }
    var progress = item.progress ?? Progress()
    let words = percentWords
    if !words.isEmpty {
      let text = words.map(\.text).joined().replacingOccurrences("%", with: "")
      guard let percent = Int(text), (0...100).contains(percent) else {
        throw PlanError(
          nl: "'\(words.map(\.text).joined(separator: " "))' is geen percentage",
          en: "'\(words.map(\.text).joined(separator: " "))' is not a percentage",
          at: spanOf(words),
          hint: Phrase(nl: "bijvoorbeeld 40%", en: "for example 40%"))
      }
      // All of it is done: that is a report of its own, with its day.
      guard percent < 100 || finished else {
        throw PlanError(
          nl: "100% is gereed: meld het als gereed, met de dag waarop het klaar was",
          en: "100% is done: report it as done, with the day it was finished", at: spanOf(words),
          hint: Phrase(nl: "gereed \(item.id) op DATUM", en: "done \(item.id) on DATE"))
      }
      progress.percent = percent
      // How far it is today: what is left counts from today, whatever day it started.
      progress.percentOn = today
    }
    if finished {
      if item.type == .phase {
        let start = progress.started ?? item.start.day
        guard day >= start else {
          guard progress.started != nil else {
            throw PlanError(
              nl:
                "\(item.id) staat pas vanaf \(start.text(.nl)) gepland: meld eerst wanneer het begon",
              en:
                "\(item.id) is planned from \(start.text(.en)) only: report when it started first",
              at: word.span,
              hint: Phrase(
                nl: "gestart \(item.id) op DATUM, dan gereed \(item.id) op DATUM",
                en: "started \(item.id) on DATE, then done \(item.id) on DATE"))
          }
          throw PlanError(
            nl: "\(item.id) begon op \(start.text(.nl)): het kan niet eerder klaar zijn",
            en: "\(item.id) started on \(start.text(.en)): it cannot be done before", at: word.span)
        }
        progress.started = start
        item.anchor = PlanDate(start)
        // The day given is the last day; a phase's end is the day after.
        item.length = .until(PlanDate(day.adding(days: 1)))
      } else {
        item.anchor = PlanDate(day)
      }
      progress.finished = day
      progress.percent = nil
      progress.percentOn = nil
    } else {
      guard item.type == .phase else {
        throw PlanError(
          nl: "een mijlpaal begint niet, hij wordt bereikt",
          en: "a milestone does not start, it is reached",
          at: command.verb.span, hint: Phrase(nl: "gereed \(item.id)", en: "done \(item.id)"))
      }
      progress.started = day
      // Started earlier or later than planned, a phase keeps its length: a phase planned
      // until a day would otherwise grow or shrink by the difference.
      if case .until = item.length {
        item.length = .duration(PlanDuration.between(item.start.day, item.end.day))
      }
      item.anchor = PlanDate(day)
    }
    item.fixed = true
    item.progress = progress
    // What really began before its `niet eerder dan` (kept when the step before was done early)
    // shows the day it began, not a rule it did not keep.
    if let notBefore = item.notBefore, notBefore.day > progress.started ?? day {
      item.notBefore = nil
    }
    let changed = item
    // A phase's end is the day after its last day.
    let end = item.type == .phase ? day.adding(days: 1) : day
    let kept = finished ? keptWhereThey(are: plan[location], ending: end) : []
    // The plan to compare progress with: the latest baseline, or the plan as it stood before
    // the first report, kept once.
    let baseline =
      plan.baselines.isEmpty
      ? Baseline(name: text(Self.firstBaselineName), taken: today, of: plan) : nil
    let committed = try commit(command.verb.text, changed: [item.id] + kept.map(\.1.id)) {
      plan throws(PlanError) in
      plan.setItem(changed, at: location)
      for (at, successor) in kept { plan.setItem(successor, at: at) }
      if let baseline { plan.baselines.append(baseline) }
    }
    let shown = plan[location]
    let what =
      finished
      ? Phrase(nl: "gereed op \(day.text(.nl))", en: "done on \(day.text(.en))")
      : Phrase(nl: "gestart op \(day.text(.nl))", en: "started on \(day.text(.en))")
        + Phrase(shown.progress?.percent.map { ", \($0)%" } ?? "")
    var lines = ["\(shown.id): " + text(what), "  " + describe(shown)]
    if let behind = behind(shown) { lines.append("  ! " + text(behind)) }
    for (_, successor) in kept {
      let on = successor.notBefore ?? successor.start
      lines.append(
        text(
          Phrase(
            nl:
              "  \(successor.id) blijft op \(on.text(.nl)) (niet eerder dan): eerder klaar trekt het niet vanzelf naar voren; 'wijzig \(successor.id) niet eerder dan geen' laat het direct volgen",
            en:
              "  \(successor.id) stays on \(on.text(.en)) (not before): done early does not pull it forward by itself; 'set \(successor.id) not before none' lets it follow at once"
          )))
    }
    if let baseline {
      lines.append(
        text(
          Phrase(
            nl:
              "Basislijn \(baseline.name) vastgelegd met het plan van vóór deze melding: 'diff \(baseline.name)' toont wat sindsdien verschoof.",
            en:
              "Baseline \(baseline.name) stored with the plan from before this report: 'diff \(baseline.name)' shows what moved since."
          )))
    }
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }

  /// A running phase whose reported share lags the share of its time gone by ten points or
  /// more, and when it would end at that pace: the schedule keeps its planned length, so the
  /// report is where the pace is told.
  ///
  /// - Complexity: O(1).
  func behind(_ item: Item) -> Phrase? {
    guard let percent = item.progress?.percent, let started = item.progress?.started,
      item.progress?.finished == nil
    else { return nil }
    let (gone, length) = (started.days(until: today), started.days(until: item.end.day))
    guard length > 0, gone > 0 else { return nil }
    let elapsed = min(100, gone * 100 / length)
    guard elapsed - percent >= 10 else { return nil }
    let pace =
      percent > 0
      ? {
        let end = started.adding(days: gone * 100 / percent)
        return Phrase(
          nl: "; in dit tempo klaar rond \(end.text(.nl))",
          en: "; at this pace done around \(end.text(.en))")
      }() : Phrase("")
    return Phrase(
      nl: "\(item.id) is \(percent)% gereed na \(elapsed)% van zijn tijd",
      en: "\(item.id) is \(percent)% done after \(elapsed)% of its time") + pace
      + Phrase(
        nl: " ('wijzig \(item.id) duur …' rekent ermee)",
        en: " ('set \(item.id) duration …' plans with it)")
  }

  /// What follows an item reported done before its planned end, and has not started: kept on
  /// its planned start (`niet eerder dan`), so that good news does not make it late at once; a
  /// project leader pulls it forward on purpose.
  ///
  /// - Complexity: O(the links out of the item).
  func keptWhereThey(are before: Item, ending end: Day) -> [(Plan.Location, Item)] {
    guard end < before.dueDate.day else { return [] }
    var kept: [(Plan.Location, Item)] = []
    for k in plan.linksOutOf(before.id) where plan.links[k].kind == .finishToStart {
      guard let at = plan.location(of: plan.links[k].to) else { continue }
      var successor = plan[at]
      let start = plannedStart(of: successor)
      // Planned to start before today or not, it keeps its day: it was not late on it before
      // this good news, and is not after.
      guard successor.progress == nil, !successor.fixed,
        (successor.notBefore?.day).map({ $0 < start.day }) ?? true,
        !kept.contains(where: { $0.1.id == successor.id })
      else { continue }
      successor.notBefore = start
      kept.append((at, successor))
    }
    return kept
  }

  /// Where an item is planned to start, at the precision the plan gave it: its start, or,
  /// when that is a day inside the window of a vaguer date the latest baseline gave it ("juni
  /// 2022"), that day shown as the window, so that it is late only once the window is past.
  ///
  /// - Complexity: O(the items of the latest baseline).
  func plannedStart(of item: Item) -> PlanDate {
    let start = item.start
    guard start.precision == .day,
      let planned = plan.baselines.last?.items.first(where: { $0.id == item.id })?.span.start,
      planned.precision != .day, planned.windowStart <= start.day, start.day < planned.windowEnd,
      planned.precision.windowStart(of: start.day) != nil
    else { return start }
    return PlanDate(start.day, planned.precision)
  }

  /// The name of the baseline the first report takes when the plan has none.
  static let firstBaselineName = Phrase(nl: "gepland", en: "planned")
}
