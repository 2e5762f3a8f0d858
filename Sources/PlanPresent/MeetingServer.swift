import FlyingFox
import FlyingSocks
import Foundation
import PlanJSON
import PlanRender
import Synchronization

/// The meeting view's web server: one read-only page of the plan that follows the shell. It
/// serves the page and a WebSocket that pushes every new frame; it takes no commands. Every
/// request needs the token the shell printed, so that another user of the machine (or, with an
/// explicit address, of the network) who finds the port sees nothing. A page that has a frame
/// is sent only the elements the next one changed, when that is all it changed (`FrameDiff`).
public final class MeetingServer: Sendable {
  /// What the page shows: the chart page's body, the command that made it, the change's own
  /// line (what moved, by how much), the warnings it newly caused, the items it moved (to
  /// highlight), and a number that rises with each frame.
  public struct Frame: Sendable, Equatable {
    public var title: String
    /// "nl" or "en": the page's language.
    public var language: String
    public var head: String
    public var body: MarkupPieces
    public var command: String
    public var line: String
    public var warnings: [String]
    public var changed: [String]
    public var serial: Int

    public init(
      title: String, language: String = "nl", head: String, body: MarkupPieces,
      command: String = "", line: String, warnings: [String] = [], changed: [String], serial: Int
    ) {
      self.title = title
      self.language = language
      self.head = head
      self.body = body
      self.command = command
      self.line = line
      self.warnings = warnings
      self.changed = changed
      self.serial = serial
    }
  }

  struct State {
    var frame: Frame?
    /// A frame published while no page followed, not drawn yet: drawn when one opens.
    var pending: (serial: Int, make: @Sendable () -> Frame)?
    var clients: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    var nextClient = 0
  }

  public let token: String
  /// The page's script carries it; no other script may run on the page.
  let nonce: String
  let state = Mutex(State())
  let server: HTTPServer
  let task = Mutex<Task<Void, Never>?>(nil)
  /// Why the server stopped running, when it did by itself.
  let failure = Mutex<(any Error)?>(nil)

  /// A server for `host` (an IPv4 address; 127.0.0.1 for this machine only) on `port` (0: a
  /// free one), not yet listening.
  public init(host: String, port: UInt16, token: String, nonce: String) throws {
    self.token = token
    self.nonce = nonce
    let address = try sockaddr_in.inet(ip4: host, port: port)
    server = HTTPServer(address: address, timeout: 30, logger: .disabled)
  }

  /// Starts listening and returns the port.
  ///
  /// - Complexity: O(1); the server then runs on its own tasks.
  public func start() async throws -> UInt16 {
    await server.appendRoute(
      "GET /live", to: Guarded(owner: self, live: .webSocket(Live(owner: self), frameSize: 1 << 22))
    )
    await server.appendRoute("GET /", to: Page(owner: self))
    let server = self.server
    task.withLock { task in
      task = Task { [self] in
        do {
          try await server.run()
        } catch {
          failure.withLock { $0 = error }
        }
      }
    }
    // Listening, or refused at once: a port in use or an address of another machine is said
    // as soon as the system says it, not after a timeout.
    for _ in 0..<500 {
      if let error = failure.withLock({ $0 }) { throw StartFailure(error) }
      if case .ip4(_, let port)? = await server.listeningAddress { return port }
      try await Task.sleep(for: .milliseconds(10))
    }
    throw StartFailure.other("no answer within 5 seconds")
  }

  /// Why the server could not start listening.
  public enum StartFailure: Error, Equatable {
    /// Another program listens on the port.
    case portInUse
    /// The address is not one of this machine's.
    case addressNotHere
    /// The port needs rights the shell does not have.
    case notAllowed
    case other(String)

    init(_ error: any Error) {
      guard case SocketError.failed(_, let number, let message) = error else {
        self = .other(String(describing: error))
        return
      }
      switch number {
      case EADDRINUSE: self = .portInUse
      case EADDRNOTAVAIL: self = .addressNotHere
      case EACCES: self = .notAllowed
      default: self = .other(message)
      }
    }
  }

  /// Ends every connection and stops listening.
  public func stop() async {
    let clients = state.withLock { state in
      defer { state.clients = [:] }
      return Array(state.clients.values)
    }
    for client in clients { client.finish() }
    await server.stop(timeout: 0.5)
    task.withLock { $0?.cancel() }
  }

  /// Shows the frame `make` draws (numbered `serial`) on every open page, and on every page
  /// opened later. While no page follows, it is not drawn: the first page that opens has it
  /// drawn then, whole, so that a view nobody watches costs the shell nothing per change.
  ///
  /// - Complexity: O(1) while no page follows; else as `publish(_:)` after drawing.
  public func publish(serial: Int, _ make: @escaping @Sendable () -> Frame) {
    let watched = state.withLock { state in
      guard !state.clients.isEmpty else {
        state.pending = (serial, make)
        return false
      }
      state.pending = nil
      return true
    }
    if watched { publish(make()) }
  }

  /// The frame a page opened now shows: the one waiting to be drawn, drawn now, else the last.
  ///
  /// - Complexity: O(frame) when one waited, O(1) otherwise.
  func current() -> Frame? {
    while true {
      guard let pending = state.withLock({ $0.pending }) else { return state.withLock { $0.frame } }
      let frame = pending.make()
      let kept = state.withLock { state -> Bool in
        // A newer frame published meanwhile waits in its place: draw that one.
        guard state.pending?.serial == pending.serial else { return false }
        state.pending = nil
        state.frame = frame
        return true
      }
      if kept { return frame }
    }
  }

  /// Shows `frame` on every open page, and on every page opened later: as the elements it
  /// changed when the frame before differs from it only in those, else whole.
  ///
  /// - Complexity: O(frame's size) to compare it with the one before, then O(what changed ×
  ///   open pages).
  public func publish(_ frame: Frame) {
    // Only the shell publishes, one frame after the other: the one before stays as read here.
    let diff = FrameDiff(from: state.withLock { $0.frame }, to: frame)
    let message = WSMessage.text(diff.map { Self.message(frame, diff: $0) } ?? Self.message(frame))
    state.withLock { state in
      state.frame = frame
      var whole: WSMessage?
      for client in state.clients.values {
        // A page too slow to take every frame lost the oldest it had not taken, and cannot
        // take a diff after it: the whole frame follows.
        if case .dropped = client.yield(message), diff != nil {
          if whole == nil { whole = .text(Self.message(frame)) }
          client.yield(whole!)
        }
      }
    }
  }

  /// The language of the plan shown, "nl" or "en" (nil before the first frame).
  var language: String? { current()?.language }

  /// The number of pages following the shell.
  public var followers: Int { state.withLock { $0.clients.count } }

  /// A whole frame as one message: its header as JSON on the first line, then the chart page's
  /// body as it is (half a megabyte for a thousand items, not worth escaping into JSON).
  ///
  /// - Complexity: O(frame's size).
  static func message(_ frame: Frame) -> String {
    header(frame) + "\n" + frame.body.text
  }

  /// A diff as one message: the header names the frame it applies to and each new element's id
  /// and length (in UTF-16 units, as the page's script counts), then the elements follow one
  /// after the other.
  ///
  /// - Complexity: O(the elements' size).
  static func message(_ frame: Frame, diff: FrameDiff) -> String {
    let parts = PlanJSON.JSONValue.array(
      diff.replaced.map { .array([.string($0.id ?? ""), .int($0.markup.utf16.count)]) })
    var message = header(frame, ["base": .int(diff.base), "parts": parts]) + "\n"
    for piece in diff.replaced { message += piece.markup }
    return message
  }

  static func header(_ frame: Frame, _ more: KeyValuePairs<String, PlanJSON.JSONValue> = [:])
    -> String
  {
    var header: JSONObject = [
      "serial": .int(frame.serial), "title": .string(frame.title),
      "line": .string(frame.line), "changed": .array(frame.changed.map { .string($0) }),
      "command": .string(frame.command), "warnings": .array(frame.warnings.map { .string($0) }),
      "lang": .string(frame.language),
    ]
    for (key, value) in more { header[key] = value }
    return JSONWriter.write(.object(header))
      .replacingOccurrences(of: "\n", with: " ")
  }

  func authorised(_ request: HTTPRequest) -> Bool {
    request.query["token"] == token
  }

  /// A page's stream of frames: the current one whole at once (the page may have loaded an
  /// older one, or none), then each new one.
  func follow() -> AsyncStream<WSMessage> {
    let (stream, continuation) = AsyncStream<WSMessage>.makeStream(
      bufferingPolicy: .bufferingNewest(2))
    // In the lock: a diff published meanwhile must come after the frame it applies to, and
    // a frame that waits to be drawn is drawn first (outside it), so that the page gets the
    // plan as it is now.
    var id: Int?
    while id == nil {
      _ = current()
      id = state.withLock { state -> Int? in
        guard state.pending == nil else { return nil }
        state.nextClient += 1
        state.clients[state.nextClient] = continuation
        if let frame = state.frame { continuation.yield(.text(Self.message(frame))) }
        return state.nextClient
      }
    }
    let client = id!
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.clients.removeValue(forKey: client) }
    }
    return stream
  }

  struct Live: WSMessageHandler {
    let owner: MeetingServer

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
      owner.follow()
    }
  }

  /// The WebSocket, for a page that shows the token only.
  struct Guarded: HTTPHandler {
    let owner: MeetingServer
    let live: WebSocketHTTPHandler

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
      guard owner.authorised(request) else { return Page.forbidden(owner.language) }
      return try await live.handleRequest(request)
    }
  }

  struct Page: HTTPHandler {
    /// A refusal in the plan's language.
    static func forbidden(_ language: String?) -> HTTPResponse {
      HTTPResponse(
        statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
        body: Data(MeetingPage.forbidden(language).utf8))
    }

    let owner: MeetingServer

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
      guard owner.authorised(request) else { return Self.forbidden(owner.language) }
      guard request.path == "/" else { return HTTPResponse(statusCode: .notFound) }
      let frame = owner.current()
      return HTTPResponse(
        statusCode: .ok,
        headers: [
          .contentType: "text/html; charset=utf-8", HTTPHeader("Cache-Control"): "no-store",
          HTTPHeader("Content-Security-Policy"):
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-\(owner.nonce)'; connect-src 'self'; img-src data:",
          HTTPHeader("Referrer-Policy"): "no-referrer",
        ],
        body: Data(MeetingPage.html(frame, nonce: owner.nonce).utf8))
    }
  }
}
