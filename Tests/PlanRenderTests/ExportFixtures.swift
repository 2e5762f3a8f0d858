import PlanKit

/// The DESIGN plan with a title made to attack every format: a formula, markup, quotes,
/// separators, a line break and terminal escapes.
enum ExportFixtures {
  static let hostile =
    "=HYPERLINK(\"http://x\";\"klik\") <script>alert(1)</script>; a, b # c: d\nnieuwe regel \u{1B}]0;titel\u{07}\u{1B}[2J"

  static var plan: Plan {
    var plan = GanttChartTests.designPlan
    plan.lots[0].items[3].title = hostile
    plan.lots[0].title = "Route 1; \"SAS\""
    return plan
  }
}
