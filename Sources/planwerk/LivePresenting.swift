import Dispatch
import PlanKit
import PlanPresent
import Synchronization
import Workbench

/// The interpreter's `presenteer`, served by FlyingFox (`MeetingServer`) on tasks of its own
/// while the shell waits for the next line.
final class LivePresenting: Presenting {
  struct Live {
    var server: MeetingServer
    var addresses: [String]
    var serial: Int
  }

  let live = Mutex<Live?>(nil)

  var address: String? { live.withLock { $0?.addresses.first } }
  var addresses: [String] { live.withLock { $0?.addresses ?? [] } }

  func start(host: String, port: Int) throws(PlanError) -> [String] {
    // 128 bits from the system's generator: the page's only lock.
    var generator = SystemRandomNumberGenerator()
    func random() -> String {
      (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }
        .map { String(repeating: "0", count: 8 - $0.count) + $0 }.joined()
    }
    let token = random()
    let server: MeetingServer
    do {
      server = try MeetingServer(host: host, port: UInt16(port), token: token, nonce: random())
    } catch {
      throw Self.refusal(host, port, error)
    }
    let started = Mutex<Result<UInt16, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        let port = try await server.start()
        started.withLock { $0 = .success(port) }
      } catch {
        started.withLock { $0 = .failure(error) }
      }
      done.signal()
    }
    done.wait()
    switch started.withLock({ $0 }) {
    case .success(let listening)?:
      // Listening on every address: those of the network, then this computer's own, which is
      // what colleagues and the projector can open (0.0.0.0 is not an address to open).
      let hosts = host == "0.0.0.0" ? NetworkAddresses.ipv4() + ["127.0.0.1"] : [host]
      let addresses = hosts.map { "http://\($0):\(listening)/?token=\(token)" }
      live.withLock { $0 = Live(server: server, addresses: addresses, serial: 0) }
      return addresses
    case .failure(let error)?: throw Self.refusal(host, port, error)
    case nil: throw Self.refusal(host, port, nil)
    }
  }

  func show(_ frame: @escaping @Sendable () -> PresentedFrame) {
    let next = live.withLock { live -> (MeetingServer, Int)? in
      guard live != nil else { return nil }
      live!.serial += 1
      return (live!.server, live!.serial)
    }
    guard let (server, serial) = next else { return }
    server.publish(serial: serial) {
      let frame = frame()
      return MeetingServer.Frame(
        title: frame.title, language: frame.language, head: frame.head, body: frame.body,
        command: frame.command, line: frame.line, warnings: frame.warnings,
        changed: frame.changed, serial: serial)
    }
  }

  func stop() {
    guard
      let server = live.withLock({ live in
        defer { live = nil }
        return live?.server
      })
    else {
      return
    }
    let done = DispatchSemaphore(value: 0)
    Task {
      await server.stop()
      done.signal()
    }
    _ = done.wait(timeout: .now() + 2)
  }

  static func refusal(_ host: String, _ port: Int, _ error: (any Error)?) -> PlanError {
    let place = port == 0 ? host : "\(host):\(port)"
    switch error as? MeetingServer.StartFailure {
    case .portInUse?:
      return PlanError(
        nl: "poort \(port) is al in gebruik door een ander programma",
        en: "port \(port) is already in use by another program",
        hint: Phrase(
          nl: "kies een andere poort, of laat 'poort' weg: dan kiest Planwerk een vrije",
          en: "choose another port, or leave 'port' out: Planwerk then picks a free one"))
    case .addressNotHere?:
      let addresses = NetworkAddresses.ipv4()
      let known =
        addresses.isEmpty
        ? Phrase(
          nl: "deze computer heeft geen netwerkadres; ",
          en: "this computer has no network address; ")
        : Phrase(
          nl: "de adressen van deze computer: \(addresses.joined(separator: ", ")); ",
          en: "this computer's addresses: \(addresses.joined(separator: ", ")); ")
      return PlanError(
        nl: "\(host) is geen adres van deze computer",
        en: "\(host) is not an address of this computer",
        hint: known
          + Phrase(
            nl: "zonder 'luister' ziet alleen deze computer de pagina",
            en: "without 'listen' only this computer sees the page"))
    case .notAllowed?:
      return PlanError(
        nl: "de presentatie mag niet luisteren op \(place)",
        en: "the presentation may not listen on \(place)",
        hint: Phrase(
          nl: "kies een poort vanaf 1024, of laat 'poort' weg",
          en: "choose a port from 1024 up, or leave 'port' out"))
    case .other(let why)?:
      return unexplained(place, port, " (\(why))")
    case nil:
      return unexplained(place, port, error.map { " (\($0))" } ?? "")
    }
  }

  static func unexplained(_ place: String, _ port: Int, _ why: String) -> PlanError {
    PlanError(
      nl: "de presentatie kan niet luisteren op \(place)\(why)",
      en: "the presentation cannot listen on \(place)\(why)",
      hint: Phrase(
        nl: port == 0
          ? "kies een adres van deze computer" : "kies een andere poort, of laat 'poort' weg",
        en: port == 0
          ? "choose an address of this computer" : "choose another port, or leave 'port' out"))
  }
}
