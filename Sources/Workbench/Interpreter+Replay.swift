import PlanFiles
import PlanKit
import PlanRender

/// A replay that goes one step at a time, between commands of the shell.
indirect enum Stepping: Sendable {
  /// The replay so far, the file's saved plan to compare with at the end, the file's name,
  /// and the days and columns every step's chart shows, so that bars do not jump between steps.
  case active(Replay, snapshot: Plan, file: String, axis: ReplayAxis)
}

/// What every step of a replay shows alike: its days, and (for the meeting view's drawn chart)
/// label and dates columns as wide as any step needs, so that a date keeps its place.
struct ReplayAxis: Sendable {
  var days: Range<Day>?
  var columns: ChartColumns?
}

/// geschiedenis, herhaal.
extension Interpreter {

  /// "23 nov. 2026 05:14" in the user's time zone, or the day alone when no time was kept.
  func time(_ step: Journal.Step) -> String {
    guard step.time.count >= 16 else { return step.today.text(language) }
    return Self.spoken(clock.local(step.time), language)
  }

  /// A time as the clock shows it, "2026-11-23 05:14", with its day in words as every other
  /// date is: "23 nov. 2026 05:14". Anything else is left as it is.
  public static func spoken(_ time: String, _ language: Language) -> String {
    guard time.utf8.count == 16, let day = Day(iso: String(time.prefix(10))) else { return time }
    return day.text(language) + " " + time.dropFirst(11)
  }

  func summary(_ effect: [String]) -> String {
    var added = effect.filter { $0.hasPrefix("+ ") }.count
    var removed = effect.filter { $0.hasPrefix("- ") }.count
    var moved = effect.count - added - removed
    if let digest = Journal.Digest(effect: effect) {
      (moved, added, removed) = (digest.moved, digest.added, digest.removed)
    }
    var parts: [String] = []
    if moved > 0 { parts.append(text(Phrase(nl: "\(moved) verschoven", en: "\(moved) moved"))) }
    if added > 0 { parts.append(text(Phrase(nl: "\(added) nieuw", en: "\(added) new"))) }
    if removed > 0 { parts.append(text(Phrase(nl: "\(removed) weg", en: "\(removed) removed"))) }
    return parts.isEmpty ? "—" : parts.joined(separator: ", ")
  }

  /// Takes over a finished replay. One that parted from its journal gives way to the saved
  /// plan, with a journal that starts there, and returns what it found; never a dead end.
  mutating func finish(_ replay: Replay, snapshot: Plan, file: String) -> String? {
    guard let problem = replay.problem(against: snapshot) else {
      load(replay, file: file)
      return nil
    }
    replaceSession(snapshot, journal: Journal(base: snapshot), label: "herhaal \(file)")
    path = nil
    savedSteps = 0
    return text(
      Phrase(
        nl:
          "  ! de herhaling van \(file) wijkt af: \(problem.nl.inert). Het bewaarde plan staat nu klaar, met een journaal dat bij dit plan begint.",
        en:
          "  ! the replay of \(file) parts from its journal: \(problem.en.inert). The saved plan is ready now, with a journal that starts from it."
      ))
  }

  /// The replayed plan becomes the shell's, as one undoable step; a later `bewaar` asks where,
  /// so that the file replayed is not overwritten by a part of it.
  mutating func load(_ replay: Replay, file: String) {
    replaceSession(
      replay.interpreter.plan, journal: replay.interpreter.journal, label: "herhaal \(file)")
    path = nil
    savedSteps = 0
  }

  /// The ids a step's journal effect names: added (`+ id …`), removed, or moved (`id …`).
  static func touched(_ effect: [String]) -> [String] {
    effect.compactMap { line in
      let rest = line.hasPrefix("+ ") || line.hasPrefix("- ") ? line.dropFirst(2) : line[...]
      return rest.split(separator: " ", maxSplits: 1).first.map(String.init)
    }
  }

  /// The days a step-by-step replay shows at every step: from the earliest to the latest day
  /// any step's plan reaches, found by running the replay once ahead. A long replay of a big
  /// plan takes the first and the saved plan's days instead, which a step between them may
  /// pass (its bars are then cut at the edge). With `columns` (the meeting view is open), the
  /// drawn chart's columns as wide as any step's labels and dates need, the same way (a
  /// replay of up to 500,000 item-steps measures every step).
  ///
  /// - Complexity: O(steps × plan) for a replay of up to 5,000,000 item-steps, O(plan) beyond.
  func axis(of replay: Replay, final: Plan, columns: Bool) -> ReplayAxis {
    var probe = replay
    var low: Day?
    var high: Day?
    var widest: ChartColumns?
    let (language, today) = (context.language, context.today)
    func cover(_ plan: Plan, measure: Bool) {
      if columns && measure {
        let needed = ChartColumns.of(ChartContent(plan, language: language, today: today))
        widest = widest.map { $0.union(needed) } ?? needed
      }
      guard let span = plan.span else { return }
      low = min(low ?? span.lowerBound, span.lowerBound)
      high = max(high ?? span.upperBound, span.upperBound)
    }
    cover(probe.interpreter.plan, measure: true)
    cover(final, measure: true)
    let items = max(probe.interpreter.plan.itemCount, final.itemCount, 1)
    let itemSteps = replay.journal.steps.count * items
    if itemSteps <= 5_000_000 {
      while !probe.isFinished {
        _ = probe.next()
        cover(probe.interpreter.plan, measure: itemSteps <= 500_000)
      }
    }
    return ReplayAxis(days: low.flatMap { low in high.map { low..<$0 } }, columns: widest)
  }

  /// One turn of a step-by-step replay: Enter runs the next step, a number runs up to that
  /// step, `q` stops and keeps the plan so far.
  mutating func step(_ line: String) -> Outcome {
    guard case .active(var replay, let snapshot, let file, let axis) = stepping else {
      return Outcome()
    }
    let answer = line.trimmedWhitespace.lowercased()
    let total = replay.journal.steps.count
    var target = replay.position + 1
    if ["q", "stop", "quit", "einde"].contains(answer) {
      stepping = nil
      load(replay, file: file)
      return Outcome(
        text: text(
          Phrase(
            nl: "Gestopt na stap \(replay.position) van \(total); dit plan staat nu klaar.",
            en: "Stopped after step \(replay.position) of \(total); this plan is ready now.")))
    }
    if !answer.isEmpty {
      guard let number = Int(answer), (1...total).contains(number) else {
        return Outcome(
          text: text(
            Phrase(
              nl:
                "Enter voor de volgende stap, q om te stoppen, of een nummer van 1 tot en met \(total).",
              en: "Enter for the next step, q to stop, or a number from 1 to \(total).")),
          failed: true)
      }
      if number <= replay.position { replay = Replay(replay.journal, language: language) }
      target = number
    }
    var blocks: [String] = []
    var changed = Set<String>()
    while replay.position < target {
      let outcome = replay.next()
      // What the step shown last changed, as its journal says (an undo's too).
      changed = Set(outcome.moved.map(\.id))
      changed.formUnion(Self.touched(replay.journal.steps[replay.position - 1].effect))
      blocks.append(
        text(
          Phrase(
            nl: "Stap \(replay.position) van \(total): ",
            en: "Step \(replay.position) of \(total): "))
          + replay.journal.steps[replay.position - 1].command.inert
          + (outcome.text.isEmpty || outcome.failed ? "" : "\n" + outcome.text)
          + (replay.divergence.map { "\n  ! " + text($0.message).inert } ?? ""))
    }
    // The meeting view follows the replay on one time axis, the step's changes marked.
    if let presenter = context.presenter, presenter.address != nil {
      var options = ChartOptions()
      options.range = axis.days
      options.columns = axis.columns
      context.show(
        presenter, of: replay.interpreter.plan,
        command: text(
          Phrase(
            nl: "Stap \(replay.position) van \(total): ",
            en: "Step \(replay.position) of \(total): "))
          + replay.journal.steps[replay.position - 1].command,
        summary: replay.interpreter.lastChange ?? ChangeSummary(), changed: changed.sorted(),
        options: options)
    }
    var chart = context.screenChart(of: replay.interpreter.plan)
    chart.range = axis.days
    chart.changed = changed
    chart.labelColumns = (name: chart.width / 3, dates: 28)
    blocks.append(chart.render(replay.interpreter.plan))
    guard replay.isFinished else {
      stepping = .active(replay, snapshot: snapshot, file: file, axis: axis)
      var outcome = Outcome(text: blocks.joined(separator: "\n"))
      outcome.clearsScreen = interactive
      return outcome
    }
    stepping = nil
    if let problem = finish(replay, snapshot: snapshot, file: file) {
      blocks.append(problem)
    } else {
      blocks.append(
        text(
          Phrase(
            nl: "Klaar: \(total) stappen; het resultaat is gelijk aan het bewaarde plan.",
            en: "Done: \(total) steps; the result equals the saved plan.")))
    }
    return Outcome(text: blocks.joined(separator: "\n"))
  }
}
