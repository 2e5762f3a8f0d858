import PlanKit

/// `export mspdi`: MS Project's XML exchange format (MSPDI), which MS Project, ProjectLibre
/// and GanttProject open. Lots are summary tasks (outline level 1) with their phases and
/// milestones under them (level 2), the plan's own milestones at level 1; dates as working
/// moments (`MSPDITimes`), the links the user made with their type and lag, constraints,
/// deadlines, and the working calendar with the plan's holidays and closing days as
/// exceptions. Hand-written, elements in the schema's order (MS Project validates it), every
/// text escaped (`xmlText`): the file holds no markup, script or entity of a title's making.
///
/// Each task carries Planwerk's own reading in the text field `Text1` (alias "Planwerk"):
/// its id, kind and the exact days and precisions, which MS Project's inclusive working
/// moments cannot tell apart (an end on Saturday, Sunday or Monday all finish on Friday at
/// 17:00). `MSPDIReader` trusts it only where it still agrees with the task's dates.
public enum MSPDIExport {
  public static let namespace = "http://schemas.microsoft.com/project"
  /// `Text1`, as MS Project numbers its task fields.
  public static let planwerkField = 188_743_731
  /// The years MS Project's dates can have (1 January 1984 to 31 December 2149).
  public static let years = 1984...2149

  /// The first item dated outside the years MS Project counts.
  ///
  /// - Complexity: O(items).
  public static func outsideYears(_ plan: Plan) -> Item? {
    plan.items.first { !years.contains($0.start.day.year) || !years.contains($0.end.day.year) }
  }

  /// - Complexity: O(items + links + holidays and closings in the plan's years).
  public static func render(_ plan: Plan, statusDate: Day? = nil) -> String {
    let scheduler = Scheduler(plan)
    let times = MSPDITimes(scheduler.workdays)
    var out = MSPDIWriter()
    out.line("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
    out.open("Project xmlns=\"\(namespace)\"")
    let title = plan.title.isEmpty ? "Plan" : plan.title
    out.element("SaveVersion", "14")
    out.element("Name", title.xmlText + ".xml")
    out.element("Title", title.xmlText)
    if let organisation = plan.organisation { out.element("Company", organisation.xmlText) }
    out.element("ScheduleFromStart", "1")
    let span = plan.span ?? Day(year: 2000, month: 1, day: 1)!..<Day(year: 2000, month: 1, day: 2)!
    let tasks = MSPDITasks(plan, times: times)
    out.element("StartDate", tasks.projectStart ?? MSPDITimes.start(span.lowerBound))
    out.element("FinishDate", tasks.projectFinish ?? MSPDITimes.finish(span.lowerBound))
    out.element("CalendarUID", "1")
    out.element("DefaultStartTime", MSPDITimes.dayStart)
    out.element("DefaultFinishTime", MSPDITimes.dayFinish)
    out.element("MinutesPerDay", String(MSPDITimes.hoursPerDay * 60))
    out.element("MinutesPerWeek", String(MSPDITimes.hoursPerDay * 60 * 5))
    out.element("DaysPerMonth", "20")
    out.element("DefaultTaskType", "1")
    out.element("DurationFormat", "7")
    // The day progress was measured on, where MS Project draws its status line.
    if let statusDate { out.element("StatusDate", MSPDITimes.finish(statusDate)) }
    out.open("ExtendedAttributes")
    out.open("ExtendedAttribute")
    out.element("FieldID", String(planwerkField))
    out.element("FieldName", "Text1")
    out.element("Alias", "Planwerk")
    out.close("ExtendedAttribute")
    out.close("ExtendedAttributes")
    // Only the years MS Project counts: a plan typed with one date in 4044 does not write
    // two thousand years of holidays.
    let first = min(max(span.lowerBound.year, years.lowerBound), years.upperBound)
    let last = max(min(span.upperBound.year, years.upperBound), first)
    MSPDICalendar.write(plan.calendar, years: first...last, to: &out)
    out.open("Tasks")
    tasks.write(to: &out)
    out.close("Tasks")
    MSPDIFollowUp(plan, uids: tasks.uids).write(to: &out)
    out.close("Project")
    return out.text
  }
}

/// The lines of an XML document, indented by depth.
struct MSPDIWriter {
  var lines: [String] = []
  var depth = 0

  /// - Complexity: O(text).
  var text: String { lines.joined(separator: "\n") + "\n" }

  /// - Complexity: O(text), amortised.
  mutating func line(_ text: String) {
    lines.append(String(repeating: "  ", count: depth) + text)
  }

  /// `<Name>` with attributes written by the caller (constants only).
  ///
  /// - Complexity: O(1), amortised.
  mutating func open(_ tag: String) {
    line("<\(tag)>")
    depth += 1
  }

  /// - Complexity: O(1), amortised.
  mutating func close(_ name: String) {
    depth -= 1
    line("</\(name)>")
  }

  /// An element of text already escaped, or made of digits and dates.
  ///
  /// - Complexity: O(text), amortised.
  mutating func element(_ name: String, _ text: String) {
    line("<\(name)>\(text)</\(name)>")
  }
}
