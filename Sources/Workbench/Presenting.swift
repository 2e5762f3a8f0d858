import PlanKit
import PlanRender

/// The meeting view (`presenteer`): a web page of the chart that follows the shell. The
/// interpreter gets a server from the executable, as it gets `ChartDrawing`, so that the core
/// opens no socket; without one (tests, fuzzers), `presenteer` says this build cannot show it.
public protocol Presenting: AnyObject, Sendable {
  /// Starts serving on `host` (an IPv4 address; 0.0.0.0 for every address of this machine)
  /// and `port` (0: a free one); returns the page's addresses with its token: those others can
  /// open, not 0.0.0.0.
  func start(host: String, port: Int) throws(PlanError) -> [String]
  /// The page's address while it is served (the first of them).
  var address: String? { get }
  /// Every address of the page while it is served.
  var addresses: [String] { get }
  /// Puts a new frame on every open page: `frame` draws it, called at once while a page
  /// follows, else only when one opens (the chart of a view nobody watches is not drawn).
  func show(_ frame: @escaping @Sendable () -> PresentedFrame)
  func stop()
}

extension Presenting {
  public var addresses: [String] { address.map { [$0] } ?? [] }
}

/// What the meeting view shows after a command: the chart page's style and body, the command
/// line that made it, the change's own line (what moved, by how much), the warnings it newly
/// caused and the items it moved. The body is in pieces, so that the page can be sent only the
/// elements that changed.
public struct PresentedFrame: Sendable, Equatable {
  public var title: String
  /// The plan's language, "nl" or "en": the page speaks it.
  public var language: String
  public var head: String
  public var body: MarkupPieces
  /// The command typed, or the replay's step with its command.
  public var command: String
  /// "r1.inkoopprocedure +2 mnd, r1.implementatie +2 mnd", "Ongedaan: verschuif …".
  public var line: String
  /// The warnings the change newly caused, "! …" (a notice "· …").
  public var warnings: [String]
  public var changed: [String]
}

/// What a change did, told as briefly as a room reads it above the chart: the items it moved
/// and by how much (the first few, and how many more), what was undone or redone, and the
/// warnings it newly caused.
public struct ChangeSummary: Sendable, Equatable {
  public var line: String
  public var warnings: [String]

  public init(line: String = "", warnings: [String] = []) {
    self.line = line
    self.warnings = warnings
  }
}

extension CommandContext {
  /// The frame of `shown` (the plan as it is now when nil), after `line`, which moved
  /// `changed`.
  ///
  /// - Complexity: O(plan): the chart page is drawn whole, as the export draws it.
  func presentedFrame(
    of shown: Plan? = nil, command: String, summary: ChangeSummary = ChangeSummary(),
    changed: [String], options: ChartOptions = ChartOptions()
  ) -> PresentedFrame {
    var context = self
    if let shown { context.plan = shown }
    var content = context.chartContent(options)
    content.itemElements = true
    content.screen = true
    let (head, body) = HTMLExport.parts(content, plan: context.plan)
    return PresentedFrame(
      title: context.plan.title.isEmpty ? "Planwerk" : context.plan.title,
      language: context.language == .nl ? "nl" : "en", head: head, body: body, command: command,
      line: summary.line, warnings: summary.warnings, changed: changed)
  }

  /// Hands the meeting view the frame of `shown` (the plan as it is now when nil) to draw
  /// when a page follows: a copy of this context, which later commands do not change.
  ///
  /// - Complexity: O(1) here; O(plan) when the frame is drawn.
  func show(
    _ presenter: any Presenting, of shown: Plan? = nil, command: String,
    summary: ChangeSummary = ChangeSummary(), changed: [String],
    options: ChartOptions = ChartOptions()
  ) {
    var copy = self
    // The copy does not keep the presenter, which keeps the copy.
    copy.presenter = nil
    let context = copy
    presenter.show {
      context.presentedFrame(
        of: shown, command: command, summary: summary, changed: changed, options: options)
    }
  }

  /// How many moves and warnings the page names before it counts the rest: a line above the
  /// chart, not a list.
  static let pageMoves = 3
  static let pageWarnings = 3

  /// The change's own line: "r1.inkoopprocedure +2 mnd, r1.implementatie +2 mnd … en nog 4",
  /// an item added or removed named so; empty when no item changed.
  ///
  /// - Complexity: O(1): only the first few changes are told.
  func changeLine(_ changes: [PlanDiff.Change]) -> String {
    let told = shownCount(of: changes.count, atMost: Self.pageMoves)
    let parts = changes.prefix(told).map { change -> String in
      switch (change.before, change.after) {
      case (let before?, let after?):
        guard before != after else {
          return change.id + text(Phrase(nl: " gewijzigd", en: " changed"))
        }
        let move = MovedItem(
          id: change.id, type: after.milestone ? .milestone : .phase,
          now: (after.start, after.end), start: before.start, end: before.end)
        return change.id + " " + delta(move)
      case (nil, _): return change.id + text(Phrase(nl: " nieuw", en: " added"))
      case (_, nil): return change.id + text(Phrase(nl: " weg", en: " removed"))
      }
    }
    let rest = changes.count - told
    return parts.joined(separator: ", ")
      + (rest > 0 ? text(Phrase(nl: " … en nog \(rest)", en: " … and \(rest) more")) : "")
  }

  /// The warnings for the page, "! …", the first few and how many more.
  ///
  /// - Complexity: O(1) for the warnings told.
  func pageWarnings(_ findings: [Finding]) -> [String] {
    let told = shownCount(of: findings.count, atMost: Self.pageWarnings)
    var lines = warningLines(Array(findings.prefix(told))).map { $0.trimmedWhitespace }
    if findings.count > told {
      let rest = findings.count - told
      lines.append(
        text(Phrase(nl: "… en nog \(rest) waarschuwingen", en: "… and \(rest) more warnings")))
    }
    return lines
  }
}

/// A command's change as the interpreter keeps it until the meeting view asks what it did.
struct MadeChange: Sendable {
  let command: CommandID
  /// The answer of an undo or a redo, which says what it took back; empty for another command.
  let said: String
  /// What the change newly caused.
  let findings: [Finding]
  let changes: [PlanDiff.Change]

  init(_ command: CommandID, _ outcome: Outcome, changes: [PlanDiff.Change]) {
    self.command = command
    said = command == .undo || command == .redo ? outcome.text : ""
    findings = outcome.findings
    self.changes = changes
  }
}

extension Interpreter {
  /// What a change did, as the page says it: what was undone or redone, else the items it
  /// moved; and the warnings it newly caused.
  ///
  /// - Complexity: O(1): the first few changes and warnings are told.
  func changeSummary(_ made: MadeChange) -> ChangeSummary {
    var line = context.changeLine(made.changes)
    if made.command == .undo || made.command == .redo {
      // "Ongedaan: verschuif r1.inkoopprocedure 2 maanden", as the shell says it.
      let said = made.said.split(separator: "\n").first.map(String.init) ?? ""
      line = line.isEmpty ? said : said + " (" + line + ")"
    }
    return ChangeSummary(line: line, warnings: context.pageWarnings(made.findings))
  }

  /// Puts the plan as it is after `command` on the meeting view, when one is open, with what
  /// the last change did and the items it moved (all of a new plan when the change is not told item
  /// by item).
  ///
  /// - Complexity: O(plan) while a page follows the meeting view (the page is drawn whole, as
  ///   the export draws it); O(1) otherwise.
  mutating func present(command: String, changes: [PlanDiff.Change]) {
    guard let presenter = context.presenter, presenter.address != nil else { return }
    context.show(
      presenter, command: command.trimmedWhitespace, summary: lastChange ?? ChangeSummary(),
      changed: changes.map(\.id))
  }
}
