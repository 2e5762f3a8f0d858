import PlanRender
import Testing

struct TextWrapTests {
  @Test func breaksProseAtSpacesWithAHangingIndent() {
    let line =
      "  · r1: € 1.200.000 over de hele looptijd ligt boven de SAS-drempel (€ 750.000, 2026–2027): Europees aanbesteden"
    let wrapped = line.wrapped(to: 60)
    #expect(
      wrapped == """
          · r1: € 1.200.000 over de hele looptijd ligt boven de
            SAS-drempel (€ 750.000, 2026–2027): Europees aanbesteden
        """)
    #expect(wrapped.split(separator: "\n").allSatisfy { String($0).columns <= 60 })
  }

  @Test func leavesColumnsShortLinesAndLongWordsWhole() {
    let table =
      "  r1.voorbereiding    1 jul. 2022   1 mei 2022       1 sept. 2022     -42 wd / -61 d"
    #expect(table.wrapped(to: 40) == table)
    #expect("kort\nook kort".wrapped(to: 40) == "kort\nook kort")
    let word = String(repeating: "x", count: 50)
    #expect("a \(word) b".wrapped(to: 30) == "a\n\(word)\nb")
  }
}
