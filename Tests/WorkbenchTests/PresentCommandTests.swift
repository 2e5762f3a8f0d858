import PlanKit
import PlanRender
import Synchronization
import Testing

@testable import Workbench

/// `presenteer` with a presenter that keeps what it was given, as the web server would show it.
final class KeptPresenter: Presenting {
  struct State {
    var address: String?
    var frames: [PresentedFrame] = []
    var started: (host: String, port: Int)?
  }

  let state = Mutex(State())
  var address: String? { state.withLock { $0.address } }
  var frames: [PresentedFrame] { state.withLock { $0.frames } }
  var started: (host: String, port: Int)? { state.withLock { $0.started } }

  func start(host: String, port: Int) throws(PlanError) -> [String] {
    state.withLock { state in
      state.started = (host, port)
      state.address = "http://\(host):\(port == 0 ? 40000 : port)/?token=t"
      // On every address: those others can open.
      return host == "0.0.0.0"
        ? ["http://192.168.1.20:40000/?token=t", "http://127.0.0.1:40000/?token=t"]
        : [state.address!]
    }
  }

  func show(_ frame: @escaping @Sendable () -> PresentedFrame) {
    let drawn = frame()
    state.withLock { $0.frames.append(drawn) }
  }
  func stop() { state.withLock { $0.address = nil } }
}

struct PresentCommandTests {
  @Test func showsEveryChangeWithItsLineAndTheItemsItMoved() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    let answer = interpreter.run("presenteer").text
    #expect(answer.contains("De presentatie staat op http://127.0.0.1:40000/?token=t"))
    #expect(presenter.started?.host == "127.0.0.1" && presenter.started?.port == 0)
    #expect(presenter.frames.count == 1)
    #expect(!interpreter.run("verschuif r1.inkoopprocedure 2 weken").failed)
    let frame = try #require(presenter.frames.last)
    #expect(frame.command == "verschuif r1.inkoopprocedure 2 weken")
    // The change's own line: what moved, by how much.
    #expect(frame.line == "r1.inkoopprocedure +2 wk, r1.implementatie +2 wk")
    #expect(frame.language == "nl")
    #expect(frame.changed == ["r1.inkoopprocedure", "r1.implementatie"])
    // One element per item, found by its id, even in a plan nobody follows yet.
    #expect(frame.body.text.contains("id=\"item-r1.inkoopprocedure\""))
    // The heading over the plan's own milestones has an id of its own too.
    #expect(frame.body.text.contains("<g id=\"item-_plan\" class=\"item status-planned\">"))
    #expect(!frame.body.text.contains("id=\"item-\""))
    #expect(frame.head.hasPrefix("<style>") && frame.title == "Inkoop Wmo en Participatie 2024")
    // As wide in CSS pixels as keeps its smallest text (6.5 points) at 12 pixels: zoom enlarges
    // it, a narrow window scrolls.
    #expect(frame.body.text.contains("style=\"width: 1554.26px; max-width: none\""))
    #expect(!interpreter.run("exporteer html").text.contains("style=\"width"))
    // Where the column heads and the axis are, for the page to keep them in view.
    #expect(frame.body.text.contains(" data-axis=\"66 92\""))
    // A question changes nothing and redraws nothing; undo does.
    #expect(!interpreter.run("kritiek").failed)
    #expect(presenter.frames.count == 2)
    #expect(!interpreter.run("ongedaan").failed)
    #expect(presenter.frames.count == 3 && presenter.frames.last?.command == "ongedaan")
    // What was undone, as the shell says it, and what that moved back.
    #expect(
      presenter.frames.last?.line
        == "Ongedaan: verschuif r1.inkoopprocedure 2 weken (r1.inkoopprocedure -2 wk, r1.implementatie -2 wk)"
    )
    #expect(!interpreter.run("opnieuw").failed)
    #expect(presenter.frames.last?.line.hasPrefix("Opnieuw: verschuif r1.inkoopprocedure") == true)
    #expect(!interpreter.run("ongedaan").failed)
    #expect(interpreter.run("presenteer").text.contains("staat al op"))
    #expect(interpreter.run("presenteer stop").text.contains("gestopt"))
    #expect(!interpreter.run("verschuif r1.inkoopprocedure 1 week").failed)
    #expect(presenter.frames.count == 5)
  }

  @Test func tellsTheFirstFewMovesAndCountsTheRest() throws {
    var interpreter = Fixtures.after(
      ["nieuw \"Keten\"", "perceel r1 \"Route 1\"", "fase r1.a van 1 mei 2022 duur 1 maand"]
        + ["b", "c", "d", "e", "f"].enumerated().map { i, name in
          "fase r1.\(name) na r1.\(["a", "b", "c", "d", "e"][i]) duur 1 maand"
        })
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    #expect(!interpreter.run("presenteer").failed)
    #expect(!interpreter.run("verschuif r1.a 1 week").failed)
    #expect(
      presenter.frames.last?.line == "r1.a +1 wk, r1.b +1 wk, r1.c +1 wk … en nog 3")
    #expect(!interpreter.run("fase r1.g na r1.f duur 2 weken").failed)
    #expect(presenter.frames.last?.line == "r1.g nieuw")
    #expect(!interpreter.run("verwijder r1.g").failed)
    #expect(presenter.frames.last?.line == "r1.g weg")
  }

  @Test func showsTheWarningsAChangeNewlyCaused() throws {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    #expect(!interpreter.run("presenteer").failed)
    let outcome = interpreter.run("verschuif r1.inkoopprocedure 2 maanden")
    let frame = try #require(presenter.frames.last)
    #expect(frame.line.hasPrefix("r1.inkoopprocedure +2 mnd, r1.implementatie +2 mnd"))
    #expect(frame.warnings.count == 1)
    #expect(frame.warnings.first?.hasPrefix("! ") == true)
    #expect(outcome.text.contains(String(frame.warnings[0].dropFirst(2))))
    // An answer without a new warning leaves none on the page.
    #expect(!interpreter.run("ongedaan").failed)
    #expect(presenter.frames.last?.warnings == [])
  }

  @Test func listensOnTheNetworkOnlyWhenToldAndSaysWhoCanSee() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    let answer = interpreter.run("presenteer luister 192.168.1.20 poort 8080").text
    #expect(presenter.started?.host == "192.168.1.20" && presenter.started?.port == 8080)
    #expect(answer.contains("wie op het netwerk dit adres met zijn sleutel heeft, ziet het plan"))
  }

  @Test func printsTheAddressesOthersCanOpenForEveryAddress() throws {
    var interpreter = try Fixtures.seed("002-routes")
    interpreter.presenter = KeptPresenter()
    let answer = interpreter.run("presenteer luister 0.0.0.0").text
    #expect(answer.contains("De presentatie staat op http://192.168.1.20:40000/?token=t"))
    #expect(answer.contains("\n  en op http://127.0.0.1:40000/?token=t"))
    #expect(answer.contains("wie op het netwerk dit adres"))
  }

  @Test func refusesAnAddressOrPortThatCannotBe() throws {
    var interpreter = try Fixtures.seed("002-routes")
    interpreter.presenter = KeptPresenter()
    let address = interpreter.run("presenteer luister 192.168.1.300")
    #expect(address.failed && address.text.contains("geen IPv4-adres"))
    #expect(interpreter.run("presenteer luister").failed)
    let port = interpreter.run("presenteer poort 80")
    #expect(port.failed && port.text.contains("van 1024 tot en met 65535"))
  }

  @Test func saysWhatWorksInABuildWithoutAServer() throws {
    var interpreter = try Fixtures.seed("002-routes")
    let outcome = interpreter.run("presenteer")
    #expect(outcome.failed && outcome.text.contains("exporteer html"))
  }
}

struct PresentReplayTests {
  @Test func drivesThePageStepByStepOnOneAxis() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(Fixtures.designSession + ["bewaar s.json"], files: files)
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    #expect(!interpreter.run("presenteer").failed)
    let steps = interpreter.journal.steps.count
    let before = presenter.frames.count
    #expect(!interpreter.run("herhaal s.json stap").failed)
    let frames = presenter.frames.dropFirst(before)
    let stepFrames = frames.filter { $0.command.hasPrefix("Stap ") }
    #expect(stepFrames.count == steps)
    #expect(stepFrames.first?.command.hasPrefix("Stap 1 van \(steps): ") == true)
    // A step says what it changed, as a typed change does.
    #expect(stepFrames[stepFrames.startIndex + 2].line == "r1.voorbereiding nieuw")
    // One axis for the whole replay: each step's page spans what the last one does.
    let years = { (frame: PresentedFrame) in
      Set((2000...2040).filter { frame.body.text.contains(">\($0)<") })
    }
    #expect(!years(stepFrames.last!).isEmpty)
    // Step 3 has only the first phase, of 2022: its page still shows the years to 2024.
    #expect(years(stepFrames[stepFrames.startIndex + 2]) == years(stepFrames.last!))
  }

  @Test func keepsEachDateInItsPlaceOverTheWholeReplay() throws {
    let files = MemoryFiles()
    var interpreter = Fixtures.after(
      Fixtures.designSession + [
        "fase r1.nazorg \"Nazorg, evaluatie en een lange titel die de kolom breder maakt\" van 1 jan. 2024 duur 2 maanden",
        "verschuif r1.nazorg 1 maand",
        "bewaar s.json",
      ], files: files)
    let presenter = KeptPresenter()
    interpreter.presenter = presenter
    #expect(!interpreter.run("presenteer").failed)
    let before = presenter.frames.count
    #expect(!interpreter.run("herhaal s.json stap").failed)
    let steps = presenter.frames.dropFirst(before).filter {
      $0.command.hasPrefix("Stap ") && $0.body.text.contains(">2023</text>")
    }
    #expect(steps.count >= 4)
    // Where the dates column and the year 2023 stand: the same at every step.
    func place(_ frame: PresentedFrame, _ text: String) -> String? {
      let body = frame.body.text
      guard let end = body.range(of: ">\(text)</text>") else { return nil }
      let start = body[..<end.lowerBound].range(of: "<text x=\"", options: .backwards)!
      return String(body[start.upperBound...].prefix { $0 != "\"" })
    }
    let places = Set(steps.map { [place($0, "Periode"), place($0, "2023")] })
    #expect(places.count == 1, "\(places)")
  }
}

struct PresentLegendTests {
  /// The legend's texts and where each ends, line by line.
  static func legend(_ frame: PresentedFrame) -> [(y: String, text: String, end: Double)] {
    let body = frame.body.text
    guard let start = body.range(of: "<g id=\"chart-legend\">") else { return [] }
    let part = body[start.upperBound...]
    let group = part[..<(part.range(of: "</g>")?.lowerBound ?? part.endIndex)]
    var found: [(String, String, Double)] = []
    for line in group.split(separator: "\n") where line.hasPrefix("<text x=\"") {
      let x = Double(line.dropFirst(9).prefix { $0 != "\"" }) ?? 0
      let y = String(line.split(separator: "y=\"")[1].prefix { $0 != "\"" })
      let text = String(line.split(separator: ">")[1].prefix { $0 != "<" })
      found.append((y, text, x + FontMetrics().width(text, ChartStyle.legend)))
    }
    return found
  }

  @Test func wrapsALegendWiderThanTheChart() throws {
    for language in ["nl", "en"] {
      var interpreter = try Fixtures.seed("004-achterhoek")
      let presenter = KeptPresenter()
      interpreter.presenter = presenter
      #expect(!interpreter.run("vandaag 1 juni 2021").failed)
      #expect(!interpreter.run("taal \(language)").failed)
      #expect(!interpreter.run(language == "nl" ? "presenteer" : "present").failed)
      let legend = Self.legend(try #require(presenter.frames.last))
      // Every entry whole within the chart's right margin, on more than one line.
      #expect(
        legend.contains { $0.text.hasPrefix("stand per 1 jun") || $0.text.hasPrefix("as of 1 Jun") }
      )
      #expect(
        legend.contains { $0.text == "geschoven (vanzelf)" || $0.text == "pushed (implicit)" })
      #expect(legend.allSatisfy { $0.end <= 841.89 - 24 }, "\(legend)")
      // The Dutch words need a second line; the English ones fit on one.
      #expect(Set(legend.map(\.y)).count == (language == "nl" ? 2 : 1), "\(legend)")
    }
  }
}
