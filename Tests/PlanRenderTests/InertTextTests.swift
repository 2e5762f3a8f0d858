import Testing

@testable import PlanRender

/// User text on a screen shows in the order it was typed: no bidirectional control reaches it.
struct InertTextTests {
  static let bidi: [Unicode.Scalar] = [
    "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
    "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
  ]

  @Test(arguments: bidi)
  func replacesABidirectionalControlOnTheScreen(_ control: Unicode.Scalar) {
    let text = "factuur\(control)fdp.exe"
    #expect(text.inert == "factuur\u{FFFD}fdp.exe")
    #expect("regel\n\(text)\r\n".screenSafe == "regel\nfactuur\u{FFFD}fdp.exe\r\n")
    #expect(text.singleLine(replacing: [:]) == "factuur fdp.exe")
  }

  @Test func keepsJoinersAndRightToLeftLetters() {
    let text = "نص عربي 👩\u{200D}💻"
    #expect(text.inert == text && text.screenSafe == text)
  }
}
