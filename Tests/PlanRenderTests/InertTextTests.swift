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

  /// The byte scan that lets most text skip the look at its scalars never misses one: for
  /// every scalar of the Basic Multilingual Plane (and one beyond), between letters, a no from
  /// the bytes means no hidden control and no chart marker.
  @Test func theByteScanMissesNoHiddenControl() {
    for value in UInt32(0)...0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a\(Character(scalar))b"
      let hidden = scalar.isHiddenControl || (0xE000...0xE00F).contains(value)
      if hidden {
        let allowed = (scalar == "\t") || (scalar == "\n")
        #expect(text.mayHoldHiddenControl() || allowed, "U+\(String(value, radix: 16))")
        #expect(text.mayHoldHiddenControl(tab: true, lineFeed: true) != allowed)
      }
    }
    #expect(!"+ l1.voorbereiding  6 jan. 2025 – 1 mrt. 2025".mayHoldHiddenControl())
    #expect(!"regel\neen\tkolom".mayHoldHiddenControl(tab: true, lineFeed: true))
  }
}
