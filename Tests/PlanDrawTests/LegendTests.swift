import PlanKit
import Testing

@testable import PlanDraw
@testable import PlanRender

struct LegendTests {
  @Test func listsOnlyTheMarksTheChartUses() {
    var content = DrawFixtures.content(lots: 1)
    #expect(
      Legend(content, today: false, measure: FixedWidth()).entries == [.lot, .phase, .milestone])
    content.rows[1].critical = true
    content.rows[2].startWindow = DrawFixtures.day(2022, 6, 1)..<DrawFixtures.day(2022, 9, 1)
    content.rows[3].deadline = DrawFixtures.day(2022, 12, 1)
    content.rows[4].held = true
    #expect(
      Legend(content, today: true, measure: FixedWidth()).entries == [
        .lot, .phase, .critical, .milestone, .vague, .deadline, .today, .held,
      ])
  }

  @Test func namesTheMarksInThePlansLanguage() {
    let dutch = Legend(DrawFixtures.content(lots: 1), today: true, measure: FixedWidth())
    #expect(dutch.text(.milestone) == "mijlpaal" && dutch.text(.deadline) == "uiterlijk")
    let english = Legend(
      DrawFixtures.content(lots: 1, language: .en), today: true, measure: FixedWidth())
    #expect(english.text(.milestone) == "milestone" && english.text(.critical) == "critical path")
  }
}
