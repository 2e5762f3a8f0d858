import PlanKit

/// What a user chooses of any chart, on the screen or in a file: its scale, the days it shows,
/// which lots, how wide (text) or on what paper (drawn), and whether it draws the links and a
/// baseline. One value, read from the same keywords by `gantt` and `export`, so that every
/// chart answers the same choices the same way.
public struct ChartOptions: Sendable, Equatable {
  /// The drawn chart's paper, landscape.
  public enum Paper: String, Sendable, CaseIterable {
    case a4, a3

    /// Width and height in points.
    public var size: (width: Double, height: Double) {
      switch self {
      case .a4: return (841.89, 595.28)
      case .a3: return (1190.55, 841.89)
      }
    }
  }

  /// Nil: chosen from the span and the room.
  public var scale: GanttChart.Scale?
  /// Only these days, when given.
  public var range: Range<Day>?
  /// Only these lots (ids), when given; then the plan's own milestones are left out.
  public var lots: Set<String>?
  /// A text chart's width in characters; nil: the screen's.
  public var width: Int?
  public var paper = Paper.a4
  /// Arrows from each item to those that wait for it.
  public var links = false
  /// The bars of this baseline beside the items that moved since.
  public var baseline: Baseline?
  /// A drawn chart's label and dates columns at least this wide: a replay lays them out once
  /// for all its steps, so that a date stays in its place from step to step.
  public var columns: ChartColumns?

  public init() {}

  /// Whether the chart shows `lot` (an id, or nil for the plan's own milestones).
  ///
  /// - Complexity: O(1).
  public func shows(lot: String?) -> Bool {
    guard let lots else { return true }
    return lot.map(lots.contains) ?? false
  }

  /// Whether `item`'s bar lies at least partly in the chosen days.
  ///
  /// - Complexity: O(1).
  public func shows(_ item: Item) -> Bool {
    range?.overlaps(PlanDiff.Span(item).days) ?? true
  }
}

extension PlanDiff.Span {
  /// The days a chart's bar covers: a phase from its start to its end (at least a day), a
  /// milestone its one day.
  ///
  /// - Complexity: O(1).
  public var days: Range<Day> {
    let from = start.day
    return from..<(milestone ? from.adding(days: 1) : max(from.adding(days: 1), end.day))
  }
}

/// How wide a drawn chart's label and dates columns want to be, in points: its longest label
/// (indented under its lot) and its longest dates.
public struct ChartColumns: Sendable, Equatable {
  public var label: Double
  public var dates: Double

  public init(label: Double, dates: Double) {
    self.label = label
    self.dates = dates
  }

  /// Wide enough for both.
  public func union(_ other: ChartColumns) -> ChartColumns {
    ChartColumns(label: max(label, other.label), dates: max(dates, other.dates))
  }

  /// What the rows of `content` need.
  ///
  /// - Complexity: O(rows), each label and each different dates measured once.
  public static func of(_ content: ChartContent) -> ChartColumns {
    ChartLayout.measure(content, FontMetrics()).columns
  }
}
