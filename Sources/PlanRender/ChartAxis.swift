import PlanKit

/// The time axis of a drawn chart: the span widened to whole units, a line of years and a line
/// of weeks, months or quarters chosen by how much room a unit gets, with labels thinned to
/// what fits. Days map to positions linearly.
public struct ChartAxis: Sendable {
  public enum Unit: Sendable, Equatable {
    case week, month, quarter, year
  }

  /// A unit's (or a year's) first day and its label; an empty label where there is no room.
  public struct Mark: Sendable, Equatable {
    public var day: Day
    public var label: String
  }

  /// The days drawn: whole units.
  public let range: Range<Day>
  public let unit: Unit
  /// The room the range gets, in points.
  public let width: Double
  /// The years, the first one at the start of the range; where there is no room for every
  /// year, only those labelled (every second, fifth, tenth …).
  public let years: [Mark]
  /// Every unit in the range; empty for a year axis, whose units are the years.
  public let units: [Mark]

  /// Room a unit's label needs, in points of the axis font.
  static let labelRoom = 18.0
  static let yearRoom = 26.0

  /// The axis of `span` in `width` points, in `chosen` units or those that fit the room.
  ///
  /// - Complexity: O(units in the span).
  public init(span: Range<Day>, width: Double, language: Language, unit chosen: Unit? = nil) {
    self.width = max(1, width)
    let monthly = Self.aligned(span, .month)
    let perDay = self.width / Double(max(1, monthly.lowerBound.days(until: monthly.upperBound)))
    let unit: Unit
    if let chosen {
      unit = chosen
    } else if 7 * perDay >= 16 {
      unit = .week
    } else if 30.4 * perDay >= 6 {
      unit = .month
    } else if 91.3 * perDay >= 9 {
      unit = .quarter
    } else {
      unit = .year
    }
    self.unit = unit
    let range = Self.aligned(span, unit)
    self.range = range
    let scale = self.width / Double(max(1, range.lowerBound.days(until: range.upperBound)))
    // Years: a label for every n-th, n such that a label has room.
    let yearWidth = 365.25 * scale
    let yearStep =
      [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { Double($0) * yearWidth >= Self.yearRoom }
      ?? 1000
    // Where years are thinned out, only the labelled ones are marks: a plan typed into 9999
    // gets a line per century or so, not eight thousand.
    let first = range.lowerBound.year
    var years = [Mark(day: range.lowerBound, label: first % yearStep == 0 ? String(first) : "")]
    var year = (first / yearStep + 1) * yearStep
    while let day = Day(year: year, month: 1, day: 1), day < range.upperBound {
      years.append(Mark(day: day, label: String(year)))
      year += yearStep
    }
    self.years = years
    guard unit != .year else {
      units = []
      return
    }
    let (length, steps): (Double, [Int]) =
      switch unit {
      case .week: (7, [1, 2, 4, 13])
      case .month: (30.4, [1, 2, 3, 6, 12])
      case .quarter, .year: (91.3, [1, 2, 4])
      }
    let step = steps.first { Double($0) * length * scale >= Self.labelRoom } ?? 0
    let months = DateWords.short(language)
    var units: [Mark] = []
    var day = range.lowerBound
    while day < range.upperBound {
      let (number, label): (Int, String)
      switch unit {
      case .week:
        let week = day.isoWeek.week
        (number, label) = (week - 1, String(week))
      case .month: (number, label) = (day.month - 1, months[day.month - 1])
      case .quarter, .year:
        let quarter = (day.month - 1) / 3 + 1
        (number, label) = (quarter - 1, "Q\(quarter)")
      }
      units.append(Mark(day: day, label: step > 0 && number % step == 0 ? label : ""))
      day = Self.next(unit, after: day)
    }
    self.units = units
  }

  /// Where `day` falls, from 0 at the start of the range to `width` at its end.
  ///
  /// - Complexity: O(1).
  public func x(_ day: Day) -> Double {
    let total = Double(max(1, range.lowerBound.days(until: range.upperBound)))
    return width * Double(range.lowerBound.days(until: day)) / total
  }

  /// The span widened to whole units: Monday to Monday, month to month, quarter or year.
  static func aligned(_ span: Range<Day>, _ unit: Unit) -> Range<Day> {
    let last =
      span.upperBound > span.lowerBound ? span.upperBound.adding(days: -1) : span.lowerBound
    let start = self.start(unit, of: span.lowerBound)
    return start..<next(unit, after: self.start(unit, of: last))
  }

  static func start(_ unit: Unit, of day: Day) -> Day {
    switch unit {
    case .week: return day.adding(days: 1 - day.weekday)
    case .month: return day.startOfMonth
    case .quarter:
      let month = day.startOfMonth
      return month.adding(months: -((month.month - 1) % 3))
    case .year: return Day(year: day.year, month: 1, day: 1) ?? day.startOfMonth
    }
  }

  static func next(_ unit: Unit, after day: Day) -> Day {
    switch unit {
    case .week: return day.adding(days: 7)
    case .month: return day.adding(months: 1)
    case .quarter: return day.adding(months: 3)
    case .year: return day.adding(months: 12)
    }
  }
}
