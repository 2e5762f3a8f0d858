import Testing

@testable import PlanKit

struct IdentifierTests {
  static let cases: [(String, Int, Bool)] = [
    ("r1", 1, true), ("r1.voorbereiding", 2, true), ("r1.voorbereiding", 1, false),
    ("jeugd-zorg_2", 1, true), ("1r", 1, false), ("r1.", 2, false), (".r1", 2, false),
    ("", 1, false), ("R1", 1, false), ("r1..x", 3, false), ("r1 x", 1, false),
    ("één", 1, true), ("Één", 1, false), ("r1.-x", 2, false), ("a.b.c", 2, false),
  ]

  @Test(arguments: cases)
  func checksStoredNames(_ text: String, _ parts: Int, _ valid: Bool) {
    #expect(Identifier.isCanonical(text, parts: parts) == valid)
  }

  @Test func agreesWithTheGeneralRuleOnASCII() {
    for (text, parts, _) in Self.cases {
      guard let fast = Identifier.isCanonicalASCII(text, parts: parts) else { continue }
      let split = text.split(separator: ".", omittingEmptySubsequences: false)
      let general =
        text == text.lowercased() && split.count <= parts
        && split.allSatisfy(Identifier.isValidPart)
      #expect(fast == general, "\(text)")
    }
  }

  @Test func refusesATypedNameLongerThanSixtyFourCharacters() throws {
    let longest = "r" + String(repeating: "x", count: Identifier.maximumLength - 1)
    #expect(try Identifier.validate(longest, span: nil, allowDot: false) == longest)
    let huge = String(repeating: "x", count: 990_000)
    #expect {
      try Identifier.validate(huge, span: 0..<1, allowDot: true)
    } throws: { error in
      (error as? PlanError)?.message.nl == "de naam is te lang (990000 tekens; ten hoogste 64)"
    }
  }
}
