import PlanKit
import Testing

@testable import PlanRender

/// The texts every element of a drawn chart is written with, on their quick paths and off them.
struct MarkupTextTests {
  static func item(_ id: String) -> Item {
    let day = PlanDate(Day(year: 2024, month: 1, day: 1)!)
    return Item(id: id, type: .phase, kind: "fase", start: day, end: day)
  }

  @Test func writesANameWithoutTitleAsATitle() {
    #expect(Self.item("r1.selectiefase").shownTitle == "Selectiefase")
    #expect(Self.item("r1.sluiting-inschrijving").shownTitle == "Sluiting inschrijving")
    #expect(Self.item("r1.2e-ronde").shownTitle == "2e ronde")
    #expect(Self.item("r1.e\u{301}valuatie").shownTitle == "E\u{301}valuatie")
    #expect(Self.item("r1.ééntje").shownTitle == "Ééntje")
    var titled = Self.item("r1.x")
    titled.title = "zoals getypt"
    #expect(titled.shownTitle == "zoals getypt")
  }

  @Test func leavesTextWithoutMarkupOrHiddenCharactersAsItIs() {
    #expect("1 mei 2022 – 1 sept. 2022".markupEscaped(hiddenAs: " ") == "1 mei 2022 – 1 sept. 2022")
    #expect("a<b & 'c'".markupEscaped(hiddenAs: " ") == "a&lt;b &amp; &#39;c&#39;")
    #expect("a\u{202E}b\u{7}".markupEscaped(hiddenAs: "?") == "a?b?")
    #expect("r1.a\u{202E}b".markupShown(hiddenAs: "?") == "r1.a?b")
    #expect("r1.ab".markupShown(hiddenAs: "?") == "r1.ab")
  }

  @Test func writesColoursAsHex() {
    #expect(Colour(0x3F77BC).hex == "#3f77bc")
    #expect(Colour(0x000000).hex == "#000000")
    #expect(Colour(0xFFFFFF).hex == "#ffffff")
  }
}
