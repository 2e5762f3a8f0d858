import PlanKit
import PlanRender

/// The chart as the screen shows it.
extension CommandContext {
  func chart() -> String {
    chart(of: plan)
  }

  /// The chart as the screen shows it: its width, today, the critical path, colour.
  func chart(of plan: Plan, colour: Bool? = nil) -> String {
    screenChart(of: plan, colour: colour, followed: true).render(plan)
  }

  /// A chart set up as the screen shows one, before `gantt`'s own options: where items stand
  /// once the plan is followed. `followed`: `plan` is the session's own, whose late work the
  /// forecast counts.
  ///
  /// - Complexity: O(plan): the slack of every item, to mark the critical ones.
  func screenChart(of plan: Plan, colour: Bool? = nil, followed: Bool = false) -> GanttChart {
    var chart = GanttChart(
      language: language, style: settings.ascii ? .ascii : .unicode, width: settings.width)
    chart.today = today
    chart.status = plan.statusDay(today: today, set: settings.today)
    chart.colour = colour ?? settings.colour
    guard plan.itemCount > 0 else { return chart }
    if followed, let forecast = forecast() {
      // With late work, what is critical is what `kritiek` counts from vandaag; the tender's
      // order holds items by the plan's own dates.
      chart.critical = SlackAnalysis(forecast.plan, towards: nil).critical
      chart.held = plan.heldByProcess(Scheduler(plan))
    } else {
      // One schedule for both marks: which items have no slack, which the tender's order holds.
      let analysis = SlackAnalysis(plan, towards: nil)
      chart.critical = analysis.critical
      chart.held = plan.heldByProcess(analysis.scheduler)
    }
    // What is done holds nothing up any more, as `kritiek` says.
    if chart.status != nil {
      chart.critical = chart.critical.filter { plan.item($0)?.progress?.finished == nil }
    }
    return chart
  }
}
