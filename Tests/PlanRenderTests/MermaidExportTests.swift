import Foundation
import PlanKit
import Testing

@testable import PlanRender

struct MermaidExportTests {
  /// The task and section lines the Mermaid gantt grammar accepts, as its documentation gives
  /// them: text without `:`, `;` or `#` but in an entity code (`#58;`).
  static let text = "(?:[^:;#\\n]|#\\d+;)+"
  static let rules = [
    "^gantt$", "^    title \(text)$", "^    dateFormat YYYY-MM-DD$",
    "^    axisFormat [%a-zA-Z -]+$",
    "^    section \(text)$",
    "^    \(text) :[A-Za-z0-9_]+, \\d{4}-\\d{2}-\\d{2}, \\d{4}-\\d{2}-\\d{2}$",
    "^    \(text) :milestone, [A-Za-z0-9_]+, \\d{4}-\\d{2}-\\d{2}, 0d$",
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

  @Test func writesTheGrammarsCharactersAsEntityCodes() {
    #expect(MermaidExport.text("Route 1: Wmo; #2") == "Route 1#58; Wmo#59; #35;2")
  }

  @Test func keepsHostileTitlesWithinTheGrammar() {
    let text = MermaidExport.render(ExportFixtures.plan, language: .nl)
    #expect(followsTheGrammar(text), "\(text)")
    #expect(text.contains(":milestone, r1_start, 2024-01-01, 0d"))
  }

  /// What Mermaid's gantt lexer matches before a task's text, case-insensitive: statements,
  /// callbacks, a date, and a comment where the second character is `%`.
  static let statementStart = try! NSRegularExpression(
    pattern:
      "^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|title|accdescription|acctitle|accdescr|section|click|call|href|\\d{4}-\\d{2}-\\d{2}|.?%)",
    options: .caseInsensitive)

  @Test func keepsDirectivesCommentsAndCallbacksOutOfNames() {
    let text = MermaidExport.render(ExportFixtures.codePlan, language: .nl)
    #expect(followsTheGrammar(text), "\(text)")
    // `%%` starts a comment and `%%{init}%%` a directive, anywhere in the text.
    #expect(!text.contains("%%"), "\(text)")
    let lines = text.split(separator: "\n").map(String.init)
    let tasks = lines.filter { $0.contains(" :") }.map { String($0.dropFirst(4)) }
    #expect(tasks.count == 11)
    for task in tasks {
      let range = NSRange(task.startIndex..., in: task)
      #expect(Self.statementStart.firstMatch(in: task, range: range) == nil, "\(task)")
    }
    // A `%` that starts nothing stays as it was typed.
    #expect(tasks.contains { $0.hasPrefix("$variable 5% klaar :") })
    #expect(tasks.contains { $0.hasPrefix("5％ klaar :") })
    #expect(tasks.contains { $0.hasPrefix("C\u{2060}all center :") })
    #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
  }

}
