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
    var address: String
    var serial: Int
  }

  let live = Mutex<Live?>(nil)

  var address: String? { live.withLock { $0?.address } }

  func start(host: String, port: Int) throws(PlanError) -> String {
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
      let address = "http://\(host):\(listening)/?token=\(token)"
      live.withLock { $0 = Live(server: server, address: address, serial: 0) }
      return address
    case .failure(let error)?: throw Self.refusal(host, port, error)
    case nil: throw Self.refusal(host, port, nil)
    }
  }

  func show(_ frame: PresentedFrame) {
    let next = live.withLock { live -> (MeetingServer, Int)? in
      guard live != nil else { return nil }
      live!.serial += 1
      return (live!.server, live!.serial)
    }
    guard let (server, serial) = next else { return }
    server.publish(
      MeetingServer.Frame(
        title: frame.title, language: frame.language, head: frame.head, body: frame.body,
        command: frame.command, line: frame.line, warnings: frame.warnings,
        changed: frame.changed, serial: serial))
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
    let why = error.map { " (\($0))" } ?? ""
    return PlanError(
      nl: "de presentatie kan niet luisteren op \(place)\(why)",
      en: "the presentation cannot listen on \(place)\(why)",
      hint: Phrase(
        nl: port == 0
          ? "kies een adres van deze computer" : "kies een andere poort, of laat 'poort' weg",
        en: port == 0
          ? "choose an address of this computer" : "choose another port, or leave 'port' out"))
  }
}
