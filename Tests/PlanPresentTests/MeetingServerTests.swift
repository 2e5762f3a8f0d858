import Foundation
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

  static func frame(_ serial: Int) -> MeetingServer.Frame {
    MeetingServer.Frame(
      title: "Plan <b>", head: "<style>p{}</style>",
      body: "<svg><g id=\"item-r1.x\" class=\"item\"><rect/></g></svg>",
      line: "verschuif r1.x +2 wk",
      changed: ["r1.x"], serial: serial)
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
    await server.stop()
  }

  @Test func writesEachFrameAsAHeaderLineAndTheBody() {
    let message = MeetingServer.json(Self.frame(7))
    let (head, body) = (message.prefix { $0 != "\n" }, message.drop { $0 != "\n" }.dropFirst())
    #expect(head.contains("\"serial\": 7") || head.contains("\"serial\":7"))
    #expect(head.contains("r1.x") && !head.contains("<svg"))
    #expect(body == Self.frame(7).body)
  }
}
