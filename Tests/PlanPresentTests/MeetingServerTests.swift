import FlyingFox
import Foundation
import PlanRender
import Synchronization
import Testing

@testable import PlanPresent

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The server on loopback, asked as a browser asks it.
struct MeetingServerTests {
  static func get(_ url: String) async throws -> (Int, String) {
    let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
    return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
  }

  static func frame(_ serial: Int, x: Int = 0, label: String = "") -> MeetingServer.Frame {
    var body = MarkupPieces("<svg>")
    body.append(element: Self.element(x: x, label: label), id: "item-r1.x")
    body.append(element: "<g id=\"item-r1.y\" class=\"item\"><rect x=\"1\"/></g>", id: "item-r1.y")
    body.append(element: "<g id=\"item-r1.z\" class=\"item\"><rect x=\"2\"/></g>", id: "item-r1.z")
    body.append("</svg>")
    return MeetingServer.Frame(
      title: "Plan <b>", head: "<style>p{}</style>", body: body, line: "verschuif r1.x +2 wk",
      changed: ["r1.x"], serial: serial)
  }

  static func element(x: Int, label: String) -> String {
    "<g id=\"item-r1.x\" class=\"item\"><title>\(label)</title><rect x=\"\(x)\"/></g>"
  }

  static func text(_ message: WSMessage?) -> String {
    guard case .text(let text)? = message else { return "" }
    return text
  }

  @Test func servesThePageOnlyWithItsToken() async throws {
    let server = try MeetingServer(host: "127.0.0.1", port: 0, token: "abc123", nonce: "n0")
    let port = try await server.start()
    #expect(port > 0)
    server.publish(Self.frame(1))
    let (status, page) = try await Self.get("http://127.0.0.1:\(port)/?token=abc123")
    #expect(status == 200)
    #expect(page.contains("id=\"item-r1.x\"") && page.contains("verschuif r1.x +2 wk"))
    #expect(page.contains("<title>Plan &lt;b&gt;</title>"))
    // Only the page's own script runs: an event handler in the chart would not.
    #expect(page.contains("<script nonce=\"n0\">"))
    let (refused, text) = try await Self.get("http://127.0.0.1:\(port)/")
    #expect(refused == 403 && text.contains("Geen toegang"))
    let (wrong, _) = try await Self.get("http://127.0.0.1:\(port)/?token=abc124")
    #expect(wrong == 403)
    let (socket, _) = try await Self.get("http://127.0.0.1:\(port)/live")
    #expect(socket == 403)
    // Until the WebSocket is open, the page says it is connecting, not that it is live.
    #expect(page.contains("<html lang=\"nl\">") && page.contains("id=\"pw-state\">verbinden…<"))
    // An English plan's page speaks English everywhere, its refusal too.
    var english = Self.frame(2)
    english.language = "en"
    server.publish(english)
    let (_, shown) = try await Self.get("http://127.0.0.1:\(port)/?token=abc123")
    #expect(shown.contains("<html lang=\"en\">") && shown.contains("id=\"pw-state\">connecting…<"))
    #expect(shown.contains("lost: \"connection lost\""))
    let (_, refusal) = try await Self.get("http://127.0.0.1:\(port)/")
    #expect(refusal.hasPrefix("No access: "))
    await server.stop()
  }

  @Test func refusesABusyPortOrAnotherMachinesAddressForWhatItIs() async throws {
    let first = try MeetingServer(host: "127.0.0.1", port: 0, token: "t", nonce: "n")
    let port = try await first.start()
    // Said as what the system answered, not as a timeout (how soon is timed by
    // check_presenter.py, alone on the machine, not among the tests run in parallel).
    let busy = try MeetingServer(host: "127.0.0.1", port: port, token: "t", nonce: "n")
    await #expect(throws: MeetingServer.StartFailure.portInUse) { try await busy.start() }
    // An address of the documentation's test network, which no machine here has.
    let elsewhere = try MeetingServer(host: "203.0.113.9", port: 0, token: "t", nonce: "n")
    await #expect(throws: MeetingServer.StartFailure.addressNotHere) {
      try await elsewhere.start()
    }
    await first.stop()
  }

  /// How many frames were drawn.
  final class Drawn: Sendable {
    let count = Mutex(0)
    func frame(_ serial: Int, x: Int = 0) -> MeetingServer.Frame {
      count.withLock { $0 += 1 }
      return MeetingServerTests.frame(serial, x: x)
    }
    var value: Int { count.withLock { $0 } }
  }

  @Test func drawsFramesOnlyWhileAPageFollows() async {
    let server = try! MeetingServer(host: "127.0.0.1", port: 0, token: "t", nonce: "n")
    let drawn = Drawn()
    // Nobody follows: the changes cost nothing.
    server.publish(serial: 1) { drawn.frame(1) }
    server.publish(serial: 2) { drawn.frame(2, x: 5) }
    #expect(drawn.value == 0)
    // A page opens: the plan as it is now is drawn, once, and sent whole.
    var messages = server.follow().makeAsyncIterator()
    #expect(drawn.value == 1)
    let whole = Self.text(await messages.next())
    #expect(whole.hasSuffix(Self.frame(2, x: 5).body.text) && !whole.contains("\"parts\""))
    // While it follows, each change is drawn at once and sent as what changed.
    server.publish(serial: 3) { drawn.frame(3, x: 6) }
    #expect(drawn.value == 2)
    #expect(Self.text(await messages.next()).contains("\"parts\""))
  }

  @Test func writesEachFrameAsAHeaderLineAndTheBody() {
    let message = MeetingServer.message(Self.frame(7))
    let (head, body) = (message.prefix { $0 != "\n" }, message.drop { $0 != "\n" }.dropFirst())
    #expect(head.contains("\"serial\": 7") || head.contains("\"serial\":7"))
    #expect(head.contains("r1.x") && !head.contains("<svg") && !head.contains("parts"))
    #expect(body == Self.frame(7).body.text)
  }

  @Test func writesADiffAsTheNewElementsWithTheirIdsAndLengths() throws {
    let after = Self.frame(8, label: "é ✓")
    let diff = try #require(FrameDiff(from: Self.frame(7), to: after))
    let message = MeetingServer.message(after, diff: diff)
    let (head, body) = (message.prefix { $0 != "\n" }, message.drop { $0 != "\n" }.dropFirst())
    // Lengths in UTF-16 units, as the page's script slices the message.
    let element = Self.element(x: 0, label: "é ✓")
    #expect(head.contains("\"base\": 7") || head.contains("\"base\":7"))
    #expect(
      head.replacingOccurrences(of: " ", with: "").contains(
        "[\"item-r1.x\",\(element.utf16.count)]"))
    #expect(body == element)
  }

  @Test func sendsAFollowerTheWholeFrameThenOnlyWhatChanged() async {
    let server = try! MeetingServer(host: "127.0.0.1", port: 0, token: "t", nonce: "n")
    server.publish(Self.frame(1))
    var messages = server.follow().makeAsyncIterator()
    #expect(Self.text(await messages.next()).hasSuffix(Self.frame(1).body.text))
    server.publish(Self.frame(2, x: 9))
    let diff = Self.text(await messages.next())
    #expect(diff.contains("\"parts\"") && diff.hasSuffix(Self.element(x: 9, label: "")))
    #expect(!diff.contains("item-r1.y\" class"))
  }

  @Test func sendsTheWholeFrameAfterOneAPageCouldNotTake() async {
    let server = try! MeetingServer(host: "127.0.0.1", port: 0, token: "t", nonce: "n")
    server.publish(Self.frame(1))
    let stream = server.follow()
    // Nothing read: the page is busy while three changes come.
    for serial in 2...4 { server.publish(Self.frame(serial, x: serial)) }
    var messages: [String] = []
    for await message in stream {
      messages.append(Self.text(message))
      if messages.count == 2 { break }
    }
    // Of what is kept, the last is whole: the page takes it whatever it missed.
    #expect(messages.last?.hasSuffix(Self.frame(4, x: 4).body.text) == true)
    #expect(messages.last?.contains("\"parts\"") == false)
  }
}
