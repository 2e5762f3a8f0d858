import PlanKit

/// `export tjp`: a TaskJuggler project that tj3 schedules to the same dates as Planwerk:
/// a task per lot with its phases and milestones, links as `depends` with the gap Planwerk
/// computed, lengths as calendar durations, an explicit start where a link cannot say it
/// (a given date, a fixed date, a negative lag, finish-to-finish), the calendar's holidays and
/// closing days as leaves, and a CSV report of every task's dates.
public enum TJPExport {
  /// The years tj3 accepts: "Year 2045 out of range (1970 - 2035)".
  public static let years = 1970...2035

  /// The project runs from a month before the plan to a month after it.
  static func project(_ span: Range<Day>) -> Range<Day> {
    span.lowerBound.adding(months: -1)..<span.upperBound.adding(months: 1)
  }

  /// The first item that would take the project outside the years tj3 accepts, with the
  /// years the plan's dates would need.
  public static func outsideYears(_ plan: Plan) -> Item? {
    plan.items.first { item in
      let project = project(item.start.day..<item.end.day.adding(days: 1))
      return !years.contains(project.lowerBound.year)
        || !years.contains(project.upperBound.adding(days: -1).year)
    }
  }

  public static func render(_ plan: Plan) -> String {
    guard let span = plan.span else {
      return "project planwerk \"\(text(plan.title))\" 2000-01-01 +1d {\n  timezone \"UTC\"\n}\n"
    }
    let scheduler = Scheduler(plan)
    let graph = scheduler.graph
    let project = project(span)
    var lines = [
      "project planwerk \"\(text(plan.shownTitle))\" \(project.lowerBound.iso) - \(project.upperBound.iso) {",
      "  timezone \"UTC\"",
      "  timeformat \"%Y-%m-%d\"",
      "  workinghours mon - fri 9:00 - 17:00",
      "  workinghours sat, sun off",
      "}",
      "",
    ]
    for year in span.lowerBound.year...span.upperBound.year {
      for holiday in plan.calendar.daysOff(in: year) {
        lines.append("leaves holiday \"\(text(holiday.name.text.nl))\" \(holiday.day.iso)")
      }
    }
    // Only what the project's time holds: tj3 refuses a leave in a year it cannot count.
    for closing in plan.calendar.closings where closing.days.overlaps(project) {
      let days = closing.days.clamped(to: project)
      lines.append(
        "leaves holiday \"\(text(closing.title ?? "vrij"))\" \(days.lowerBound.iso) - \(days.upperBound.iso)"
      )
    }
    lines.append("")
    func task(_ item: Item, indent: String) {
      let node = graph.index[item.id]!
      lines.append("\(indent)task \(id(item.name)) \"\(text(item.title ?? item.name))\" {")
      var depends: [String] = []
      var start = true
      let links = graph.linksInto(node).map { Int($0) }
      if !item.fixed, !links.isEmpty {
        // A link becomes a dependency with the gap it makes; where those do not give the
        // start Planwerk computed, the start is written out instead.
        var latest: Day?
        var all = true
        for k in links {
          let link = plan.links[k]
          let other = plan[graph.locations[Int(graph.from[k])]]
          guard link.kind != .finishToFinish else {
            all = false
            continue
          }
          let from = link.kind == .startToStart ? other.start.day : other.end.day
          let gap = from.days(until: scheduler.requirement(link, from: other, to: item).date.day)
          guard gap >= 0 else {
            all = false
            continue
          }
          let reference = fullID(other)
          let onstart = link.kind == .startToStart ? "onstart " : ""
          depends.append(
            gap == 0 && onstart.isEmpty
              ? reference : "\(reference) { \(onstart)gapduration \(gap)d }")
          latest = max(latest ?? from.adding(days: gap), from.adding(days: gap))
        }
        start = !all || latest != item.start.day
      }
      if !depends.isEmpty && !start {
        lines.append("\(indent)  depends \(depends.joined(separator: ", "))")
      }
      if start || depends.isEmpty { lines.append("\(indent)  start \(item.start.day.iso)") }
      if item.type == .milestone {
        lines.append("\(indent)  milestone")
      } else {
        lines.append("\(indent)  duration \(item.start.day.days(until: item.end.day))d")
      }
      lines.append("\(indent)}")
    }
    for lot in plan.lots where !lot.items.isEmpty {
      lines.append("task \(id(lot.id)) \"\(text(lot.shownTitle))\" {")
      for item in lot.items { task(item, indent: "  ") }
      lines.append("}")
    }
    for item in plan.milestones { task(item, indent: "") }
    lines += [
      "",
      "taskreport planwerk_dates \"planwerk-dates\" {",
      "  formats csv",
      "  columns id, start, end",
      "  timeformat \"%Y-%m-%d\"",
      "}",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  /// TaskJuggler ids: letters, digits and `_`.
  static func id(_ text: String) -> String {
    // By bytes: Character's letter test looks up Unicode properties, and a plan of 100,000
    // items has as many ids. A scalar outside ASCII becomes one `_`.
    var bytes = Array(text.utf8)
    var i = 0
    for b in bytes {
      let isStart = b & 0xC0 != 0x80
      let isAlphanumeric =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
      if isAlphanumeric {
        bytes[i] = b
        i += 1
      } else if isStart {
        bytes[i] = UInt8(ascii: "_")
        i += 1
      }
    }
    bytes.removeLast(bytes.count - i)
    let mapped = String(decoding: bytes, as: UTF8.self)
    let startsWithLetter = bytes.first.map { (97...122).contains($0 | 0x20) } ?? false
    return startsWithLetter ? mapped : "t_" + mapped
  }

  static func fullID(_ item: Item) -> String {
    item.lotID.map { "\(id($0)).\(id(item.name))" } ?? id(item.name)
  }

  /// Strings: no quotes, backslashes or line breaks, and no macro call: tj3 expands `${name}`
  /// and the environment variable `$(NAME)` inside strings too, and stops at an unknown one.
  /// A word joiner after the `$` keeps the text as it reads and the scanner from seeing a call.
  static func text(_ text: String) -> String {
    let line = text.singleLine(replacing: ["\"": "'", "\\": "'"], empty: "")
    guard line.utf8.contains(UInt8(ascii: "$")) else { return line }
    return line.replacingOccurrences("${", with: "$\u{2060}{")
      .replacingOccurrences("$(", with: "$\u{2060}(")
  }
}
