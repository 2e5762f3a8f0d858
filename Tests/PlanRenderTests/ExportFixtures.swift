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

  /// Titles that would run code in an export's consumer: PlantUML's preprocessor and creole,
  /// TaskJuggler's macros and environment variables, Mermaid's directives, comments and
  /// callbacks, and a right-to-left override.
  static let code = [
    "%getenv(\"PLANWERK_SECRET\") %load_json(\"/etc/x.json\") %dirpath()",
    "<img:/etc/hostname> <$sprite> <&heart> &#37; ~%date() <U+0041>", "!include /etc/passwd",
    "$(PLANWERK_SECRET) ${PLANWERK_SECRET} ${ macro \"a\" }", "$variable 5% klaar",
    "%%{init: {'securityLevel':'loose'}}%%", "click r1_voorbereiding call alert(1)",
    "Call center", "2022-01-01 besluit", "%% weg", "Section B", "5% klaar",
    "gevaar \u{202E}txt.exe",
  ]

  /// The DESIGN plan with the titles of `code` on the plan, its lot, its items and as many
  /// milestones more as it takes.
  static var codePlan: Plan {
    var plan = GanttChartTests.designPlan
    var titles = code[...]
    plan.title = titles.removeFirst()
    plan.lots[0].title = titles.removeFirst()
    let day = plan.lots[0].items[0].start
    while plan.lots[0].items.count < titles.count {
      let id = "r1.m\(plan.lots[0].items.count)"
      plan.lots[0].items.append(
        Item(id: id, type: .milestone, kind: "mijlpaal", start: day, end: day))
    }
    for (i, title) in zip(plan.lots[0].items.indices, titles) {
      plan.lots[0].items[i].title = title
    }
    return plan
  }
}
