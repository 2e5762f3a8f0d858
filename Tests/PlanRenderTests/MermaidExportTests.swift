import Foundation
import PlanKit
import Testing

@testable import PlanRender

struct MermaidExportTests {
  /// The task and section lines the Mermaid gantt grammar accepts, as its documentation gives
  /// them.
  static let rules = [
    "^gantt$", "^    title [^:;#\\n]+$", "^    dateFormat YYYY-MM-DD$",
    "^    axisFormat [%a-zA-Z -]+$",
    "^    section [^:;#\\n]+$",
    "^    [^:;#\\n]+ :[A-Za-z0-9_]+, \\d{4}-\\d{2}-\\d{2}, \\d{4}-\\d{2}-\\d{2}$",
    "^    [^:;#\\n]+ :milestone, [A-Za-z0-9_]+, \\d{4}-\\d{2}-\\d{2}, 0d$",
  ].map { try! NSRegularExpression(pattern: $0) }

  func followsTheGrammar(_ text: String) -> Bool {
    text.split(separator: "\n").allSatisfy { line in
      Self.rules.contains {
        $0.firstMatch(in: String(line), range: NSRange(line.startIndex..., in: line)) != nil
      }
    }
  }

  @Test func writesTheDesignPlanAsTheGoldenFile() throws {
    let text = MermaidExport.render(GanttChartTests.designPlan, language: .nl)
    try GanttChartTests().expectGolden(text, "design-plan.mmd")
    #expect(followsTheGrammar(text))
  }

  @Test func keepsHostileTitlesWithinTheGrammar() {
    let text = MermaidExport.render(ExportFixtures.plan, language: .nl)
    #expect(followsTheGrammar(text), "\(text)")
    #expect(text.contains(":milestone, r1_start, 2024-01-01, 0d"))
  }
}
