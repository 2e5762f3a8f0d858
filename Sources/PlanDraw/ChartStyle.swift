/// The sizes and colours of a drawn chart, in points: one place to tune how a chart looks.
enum ChartStyle {
  static let margin = 24.0
  static let title = Font(size: 15, bold: true)
  static let smallestTitle = 10.0
  static let subtitle = Font(size: 9)
  static let label = Font(size: 8)
  static let lotLabel = Font(size: 8, bold: true)
  static let dates = Font(size: 7.5)
  static let axisYear = Font(size: 8, bold: true)
  static let axisUnit = Font(size: 7)
  static let columnHead = Font(size: 7.5, bold: true)
  static let milestoneDate = Font(size: 6.5)
  static let legend = Font(size: 7.5)

  /// The header above the axis: the title, then the organisation when there is one.
  static let headerWithOrganisation = 42.0
  static let header = 28.0
  static let axisHeight = 26.0
  /// Below the rows: the today line's label.
  static let todayLabel = 13.0
  static let footer = 18.0
  /// A row of one line: as roomy as the page allows, down to `smallestRow`.
  static let roomyRow = 16.0
  static let smallestRow = 11.0
  /// What each further line of a wrapped label adds.
  static let lineHeight = 9.5
  static let maximumLines = 3
  /// How far items are indented under their lot.
  static let indent = 10.0
  static let gap = 8.0

  static let ink = Colour(0x1A1A1A)
  static let grey = Colour(0x5A6270)
  static let axisBand = Colour(0xEEF1F5)
  static let headingBand = Colour(0xE6ECF4)
  static let rowRule = Colour(0xE9ECF0)
  static let unitLine = Colour(0xE1E5EA)
  static let yearLine = Colour(0xAEB7C3)
  static let phase = Colour(0x3F77BC)
  static let phaseSoft = Colour(0xBCD1EA)
  static let critical = Colour(0xC0392B)
  static let criticalSoft = Colour(0xEDB9B1)
  static let milestone = Colour(0x253546)
  static let milestoneSoft = Colour(0xC9D3DE)
  static let summary = Colour(0x3D4B5C)
  static let deadline = Colour(0xD4145A)
  static let today = Colour(0x138D63)
  static let white = Colour(0xFFFFFF)
  static let baseline = Colour(0x9AA4B1)
  static let link = Colour(0x6E7A89)
}
