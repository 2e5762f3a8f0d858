import PlanKit
import Testing

@testable import Workbench

/// A clause of one item is taken as it stands: the groups are those the word-by-word split
/// makes, for lists with separators, commas, quotes and lags in any order; and an id is told
/// lowercase ASCII by its bytes as by its code units one by one.
struct LinkGroupTests {
  static let pieces = [
    "r1.a", "r1.b,", ",", "en", "En", "and", "&", "+", "2w", "-1", "r1.c", "x,y", "AND", "ë",
    "Ä,", "of",
  ]

  @Test func groupsAClauseAsTheSplitDoes() {
    var state: UInt64 = 0x15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<20_000 {
      var words: [Word] = []
      var at = 0
      for _ in 0..<next(6) {
        let text = Self.pieces[next(Self.pieces.count)]
        words.append(Word(text, span: at..<(at + text.count), quoted: next(5) == 0))
        at += text.count + 1
      }
      #expect(CommandContext.groups(words) == CommandContext.splitGroups(words))
    }
  }

  @Test func tellsLowercaseASCIIAsTheCodeUnitsDo() {
    let texts = [
      "", "r1.a", "R1.a", "r1.A", "abc@[`{", "z", "Z", "ë", "a\u{7F}", "l12.voorbereiding",
      "l12.Voorbereiding", "@", "[", String(repeating: "a", count: 40) + "B",
    ]
    for text in texts {
      #expect(
        text.isLowercaseASCII == text.utf8.allSatisfy { $0 < 0x80 && !(65...90).contains($0) })
    }
    for byte in UInt8.min...0x7F {
      let text = String(decoding: [0x61, byte, 0x62], as: UTF8.self)
      #expect(text.isLowercaseASCII == !(65...90).contains(byte))
    }
  }
}
