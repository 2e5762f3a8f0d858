import PlanKit

/// `presenteer`: the meeting view, a web page of the chart that follows what is typed. Read
/// only, and read only for whoever opens it: the page takes no commands.
enum PresentCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .present, group: .view, names: [.nl: ["presenteer"], .en: ["present"]],
    arguments: [
      arg("stop|luister", "stop|listen", .choice(["stop", "luister", "listen"]), optional: true),
      arg("adres", "address", .text, optional: true),
    ],
    clauses: [.port],
    summary: Phrase(
      nl:
        "Toont het schema als webpagina die elke wijziging binnen een seconde volgt, voor de beamer of collega's zonder Planwerk; alleen op deze computer, of met 'luister ADRES' ook op het netwerk. Alleen lezen, met een sleutel in het adres.",
      en:
        "Shows the chart as a web page that follows every change within a second, for the projector or colleagues without Planwerk; on this computer only, or with 'listen ADDRESS' on the network too. Read only, with a key in its address."
    ),
    usage: Phrase(
      nl: "presenteer [stop | luister ADRES] [poort NUMMER]",
      en: "present [stop | listen ADDRESS] [port NUMBER]"),
    examples: [
      .nl: ["presenteer", "presenteer poort 8080", "presenteer stop"],
      .en: ["present", "present listen 192.168.1.20"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    guard let presenter = context.presenter else {
      throw context.builtWithout(
        "FlyingFox", cannot: Phrase(nl: "geen webpagina tonen", en: "show a web page"),
        instead: Phrase(nl: "exporteer html plan.html", en: "export html plan.html"), command)
    }
    let action = command.argument(0).first?.text.lowercased()
    if action == "stop" {
      guard presenter.address != nil else {
        return Outcome(
          text: context.text(
            Phrase(nl: "Er wordt niet gepresenteerd.", en: "Nothing is presented.")))
      }
      presenter.stop()
      return Outcome(
        text: context.text(
          Phrase(nl: "De presentatie is gestopt.", en: "The presentation has stopped.")))
    }
    if presenter.address != nil {
      return Outcome(text: context.shownAddresses(presenter.addresses, already: true))
    }
    var host = "127.0.0.1"
    if action == "luister" || action == "listen" {
      guard let word = command.argument(1).first else {
        throw PlanError(
          nl: "luister op welk adres van deze computer?",
          en: "listen on which address of this computer?", at: command.verb.span,
          hint: Phrase(nl: "presenteer luister 192.168.1.20", en: "present listen 192.168.1.20"))
      }
      guard Self.isIPv4(word.text) else {
        throw PlanError(
          nl: "'\(word.text.inert)' is geen IPv4-adres",
          en: "'\(word.text.inert)' is not an IPv4 address", at: word.span,
          hint: Phrase(
            nl: "een adres als 192.168.1.20; 'ip -4 addr' toont ze",
            en: "an address such as 192.168.1.20; 'ip -4 addr' lists them"))
      }
      host = word.text
    }
    var port = 0
    if let clause = command.clauses[.port] {
      guard clause.words.count == 1, let number = Int(clause.words[0].text),
        (1024...65535).contains(number)
      else {
        throw PlanError(
          nl: "een poort is een getal van 1024 tot en met 65535",
          en: "a port is a number from 1024 to 65535", at: spanOf(clause.words),
          hint: Phrase(nl: "poort 8080", en: "port 8080"))
      }
      port = number
    }
    let addresses = try presenter.start(host: host, port: port)
    context.show(presenter, command: "", changed: [])
    var text = context.shownAddresses(addresses, already: false)
    if host != "127.0.0.1" {
      text +=
        "\n"
        + context.text(
          Phrase(
            nl:
              "Let op: wie op het netwerk dit adres met zijn sleutel heeft, ziet het plan (alleen lezen, zonder versleuteling).",
            en:
              "Note: whoever on the network has this address with its key sees the plan (read only, unencrypted)."
          ))
    }
    return Outcome(text: text)
  }

  static func isIPv4(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4
      && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII)
          && Int(part).map { (0...255).contains($0) } == true
      }
  }
}

extension CommandContext {
  /// "De presentatie staat op ADRES", with the page's other addresses under it.
  func shownAddresses(_ addresses: [String], already: Bool) -> String {
    let first = addresses.first ?? ""
    let more = addresses.dropFirst().map {
      "\n" + text(Phrase(nl: "  en op \($0)", en: "  and on \($0)"))
    }.joined()
    return already
      ? text(
        Phrase(nl: "De presentatie staat al op \(first)", en: "Already presenting on \(first)"))
        + more
      : text(Phrase(nl: "De presentatie staat op \(first)", en: "Presenting on \(first)")) + more
        + "\n"
        + text(
          Phrase(
            nl: "'presenteer stop' beëindigt haar; ze stopt ook met de shell.",
            en: "'present stop' ends it; it also ends with the shell."))
  }
}
