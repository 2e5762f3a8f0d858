import PlanKit
import PlanRender

/// The meeting view (`presenteer`): a web page of the chart that follows the shell. The
/// interpreter gets a server from the executable, as it gets `ChartDrawing`, so that the core
/// opens no socket; without one (tests, fuzzers), `presenteer` says this build cannot show it.
public protocol Presenting: AnyObject, Sendable {
  /// Starts serving on `host` (an IPv4 address) and `port` (0: a free one); returns the page's
  /// address with its token.
  func start(host: String, port: Int) throws(PlanError) -> String
  /// The page's address while it is served.
  var address: String? { get }
  /// Puts a new frame on every open page.
  func show(_ frame: PresentedFrame)
  func stop()
}

/// What the meeting view shows after a command: the chart page's style and body, the command
/// line that made it and the items it moved. The body is in pieces, so that the page can be
/// sent only the elements that changed.
public struct PresentedFrame: Sendable, Equatable {
  public var title: String
  public var head: String
  public var body: MarkupPieces
  public var line: String
  public var changed: [String]
}

extension CommandContext {
  /// The frame of `shown` (the plan as it is now when nil), after `line`, which moved
  /// `changed`.
  ///
  /// - Complexity: O(plan): the chart page is drawn whole, as the export draws it.
  func presentedFrame(
    of shown: Plan? = nil, line: String, changed: [String], options: ChartOptions = ChartOptions()
  ) -> PresentedFrame {
    var context = self
    if let shown { context.plan = shown }
    var content = context.chartContent(options)
    content.itemElements = true
    let (head, body) = HTMLExport.parts(content, plan: context.plan)
    return PresentedFrame(
      title: context.plan.title.isEmpty ? "Planwerk" : context.plan.title, head: head, body: body,
      line: line, changed: changed)
  }
}

extension Interpreter {
  /// Puts the plan as it is after `line` on the meeting view, when one is open, with the items
  /// `changes` moved (all of a new plan when the change is not told item by item).
  ///
  /// - Complexity: O(plan) while the meeting view is open (the page is drawn whole, as the
  ///   export draws it); O(1) otherwise.
  mutating func present(line: String, changes: [PlanDiff.Change]) {
    guard let presenter = context.presenter, presenter.address != nil else { return }
    presenter.show(
      context.presentedFrame(line: line.trimmedWhitespace, changed: changes.map(\.id)))
  }
}
