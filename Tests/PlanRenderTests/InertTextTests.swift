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

/// The byte scan reads eight bytes at a time while they are printable ASCII: it says what the
/// scan byte by byte said, wherever the scalar stands among them.
struct HiddenControlWordScanTests {
  @Test func theWordScanMissesNoHiddenControlAtAnyOffset() {
    for value in UInt32(0)...0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let hidden = scalar.isHiddenControl || (0xE000...0xE00F).contains(value)
      let allowed = (scalar == "\t") || (scalar == "\n")
      for offset in [0, 5, 7, 8, 14, 16] {
        let text = String(repeating: "a", count: offset) + "\(Character(scalar))" + "bcdefghijk"
        #expect(text.mayHoldHiddenControl(tab: true, lineFeed: true) == (hidden && !allowed))
        if hidden { #expect(text.mayHoldHiddenControl(), "U+\(String(value, radix: 16))") }
      }
    }
  }

  @Test func theWordTestAgreesWithTheByteTestAtEveryPlace() {
    for filler: UInt8 in [0x61, 0x20, 0x7E, 0x80, 0xC3, 0xFF] {
      for place in 0..<8 {
        for value in UInt8.min...UInt8.max {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = value
          let word = bytes.enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * $1.offset)
          }
          #expect(
            PrintableASCII.holds(word) == bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F },
            "byte \(value) at \(place) among \(filler)")
        }
      }
    }
  }

  @Test func leavesPlainAnswersAsTheyAreAndReplacesEscapesInLongOnes() {
    let plain = "+ l1.voorbereiding  5 jan. 2026 – 28 feb. 2026 (40 werkdagen)\nregel twee\r\n"
    #expect(plain.screenSafe == plain)
    let long = "een lange regel met \u{1B}[31m rood en \u{202E} omgekeerd\u{7F} en \u{85} eind"
    #expect(
      long.screenSafe
        == "een lange regel met \u{FFFD}[31m rood en \u{FFFD} omgekeerd\u{FFFD} en \u{FFFD} eind")
  }
}
