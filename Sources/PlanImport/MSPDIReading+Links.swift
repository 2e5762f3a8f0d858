import PlanKit

extension MSPDIReading {
  /// Every `PredecessorLink` between two items, with its type and lag; links of a summary
  /// task, start-to-finish links and links to a task not in the file are counted instead.
  ///
  /// - Complexity: O(tasks + links).
  mutating func readLinks() -> [Link] {
    var links: [Link] = []
    for (t, task) in tasks.enumerated() {
      guard let to = itemIDs[t] else {
        omissions.summaryLinks += task.links.count
        continue
      }
      // Planwerk's own file names the links it derived from the tender's order.
      let implicit = Set((fields(task)["implicit"] ?? "").split(separator: ",").map(String.init))
      for element in task.links {
        guard let uid = element["PredecessorUID"].flatMap({ Int($0) }) else {
          omissions.unknownLinks += 1
          continue
        }
        guard let place = places[uid] else {
          omissions.unknownLinks += 1
          continue
        }
        if summaries.contains(place) {
          omissions.summaryLinks += 1
          continue
        }
        guard let from = itemIDs[place], from != to else {
          omissions.unknownLinks += 1
          continue
        }
        let kind: Link.Kind
        switch element["Type"].flatMap({ Int($0) }) ?? 1 {
        case 0: kind = .finishToFinish
        case 3: kind = .startToStart
        case 2:
          omissions.startToFinish += 1
          continue
        default: kind = .finishToStart
        }
        // A lag past a century is a damaged file, not a plan: refused rather than overflowed.
        let text = element["LinkLag"] ?? "0"
        let value =
          Int(text) ?? Double(text).flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil }
        let format = element["LagFormat"].flatMap { Int($0) } ?? 7
        guard let value, abs(value) <= 100 * 366 * 24 * 60 * 10 else {
          problems.append(
            element.problem(
              Phrase(
                nl:
                  "de wachttijd van deze koppeling (LinkLag \(text)) is geen getal van tienden van minuten binnen een eeuw",
                en:
                  "this link's lag (LinkLag \(text)) is not a number of tenths of a minute within a century"
              )))
          continue
        }
        let lag = lag(value, format: format)
        links.append(
          Link(
            from: from, to: to, kind: kind, lag: lag,
            implicit: implicit.contains(from) && kind == .finishToStart && lag == .zero))
      }
    }
    return links
  }

  /// A lag in tenths of a minute as Planwerk counts it: elapsed time in calendar days (whole
  /// weeks and months of 30 days as such), working time in working days of the file's length.
  ///
  /// - Complexity: O(1).
  mutating func lag(_ tenths: Int, format: Int) -> PlanDuration {
    guard tenths != 0 else { return .zero }
    // 35 and up are the same formats marked as estimates.
    let format = format >= 35 ? format - 32 : format
    let day = 24 * 60 * 10
    func whole(_ unit: Int) -> Int {
      if tenths % unit != 0 { roundedLags += 1 }
      return Int((Double(tenths) / Double(unit)).rounded())
    }
    switch format {
    case 19, 20:
      omissions.percentLags += 1
      return .zero
    case 12 where tenths % (30 * day) == 0: return PlanDuration(tenths / (30 * day), .months)
    case 10 where tenths % (7 * day) == 0: return PlanDuration(tenths / (7 * day), .weeks)
    case 4, 6, 8, 10, 12: return nonZero(PlanDuration(whole(day), .days))
    default: return nonZero(PlanDuration(whole(minutesPerDay * 10), .workingDays))
    }
  }

  /// A lag that rounds to nothing is no lag, in whatever unit: 0 working days would be
  /// written as 0 and read back as `.zero`.
  private func nonZero(_ lag: PlanDuration) -> PlanDuration {
    lag.amount == 0 ? .zero : lag
  }

  /// - Complexity: O(1).
  private var roundedLags: Int {
    get { omissions.roundedLags }
    set { omissions.roundedLags = newValue }
  }
}
