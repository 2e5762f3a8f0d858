import FlyingFox
import Foundation
import PlanJSON
import Synchronization

/// The meeting view's web server: one read-only page of the plan that follows the shell. It
/// serves the page and a WebSocket that pushes every new frame; it takes no commands. Every
/// request needs the token the shell printed, so that another user of the machine (or, with an
/// explicit address, of the network) who finds the port sees nothing.
public final class MeetingServer: Sendable {
  /// What the page shows: the chart page's body, the command that made it, the items it
  /// moved (to highlight), and a number that rises with each frame.
  public struct Frame: Sendable, Equatable {
    public var title: String
    public var head: String
    public var body: String
    public var line: String
    public var changed: [String]
    public var serial: Int

    public init(
      title: String, head: String, body: String, line: String, changed: [String], serial: Int
    ) {
      self.title = title
      self.head = head
      self.body = body
      self.line = line
      self.changed = changed
      self.serial = serial
    }
  }

  struct State {
    var frame: Frame?
    var clients: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    var nextClient = 0
  }

  public let token: String
  /// The page's script carries it; no other script may run on the page.
  let nonce: String
  let state = Mutex(State())
  let server: HTTPServer
  let task = Mutex<Task<Void, Never>?>(nil)

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
      task = Task { try? await server.run() }
    }
    try await server.waitUntilListening(timeout: 5)
    guard case .ip4(_, let port)? = await server.listeningAddress else { return 0 }
    return port
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

  /// Shows `frame` on every open page, and on every page opened later.
  ///
  /// - Complexity: O(frame's size × open pages).
  public func publish(_ frame: Frame) {
    let message = WSMessage.text(Self.json(frame))
    let clients = state.withLock { state in
      state.frame = frame
      return Array(state.clients.values)
    }
    for client in clients { client.yield(message) }
  }

  /// The number of pages following the shell.
  public var followers: Int { state.withLock { $0.clients.count } }

  /// A frame as one message: its header as JSON on the first line, then the chart page's
  /// body as it is (half a megabyte for a thousand items, not worth escaping into JSON).
  ///
  /// - Complexity: O(frame's size).
  static func json(_ frame: Frame) -> String {
    JSONWriter.write(
      .object([
        "serial": .int(frame.serial), "title": .string(frame.title),
        "line": .string(frame.line), "changed": .array(frame.changed.map { .string($0) }),
      ])
    ).replacingOccurrences(of: "\n", with: " ") + "\n" + frame.body
  }

  func authorised(_ request: HTTPRequest) -> Bool {
    request.query["token"] == token
  }

  /// A page's stream of frames: the current one at once, then each new one.
  func follow() -> AsyncStream<WSMessage> {
    let (stream, continuation) = AsyncStream<WSMessage>.makeStream(
      bufferingPolicy: .bufferingNewest(2))
    let (id, frame) = state.withLock { state in
      state.nextClient += 1
      state.clients[state.nextClient] = continuation
      return (state.nextClient, state.frame)
    }
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.clients.removeValue(forKey: id) }
    }
    if let frame { continuation.yield(.text(Self.json(frame))) }
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
      guard owner.authorised(request) else { return Page.forbidden }
      return try await live.handleRequest(request)
    }
  }

  struct Page: HTTPHandler {
    static let forbidden = HTTPResponse(
      statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
      body: Data("Geen toegang: open het adres dat Planwerk gaf, met zijn token.\n".utf8))

    let owner: MeetingServer

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
      guard owner.authorised(request) else { return Self.forbidden }
      guard request.path == "/" else { return HTTPResponse(statusCode: .notFound) }
      let frame = owner.state.withLock { $0.frame }
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
