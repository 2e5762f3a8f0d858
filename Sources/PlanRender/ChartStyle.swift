/// The sizes and colours of a drawn chart, in points: one place to tune how a chart looks.
package enum ChartStyle {
  package static let margin = 24.0
  package static let title = Font(size: 15, bold: true)
  package static let smallestTitle = 10.0
  package static let subtitle = Font(size: 9)
  package static let label = Font(size: 8)
  package static let lotLabel = Font(size: 8, bold: true)
  package static let dates = Font(size: 7.5)
  package static let axisYear = Font(size: 8, bold: true)
  package static let axisUnit = Font(size: 7)
  package static let columnHead = Font(size: 7.5, bold: true)
  package static let milestoneDate = Font(size: 6.5)
  package static let legend = Font(size: 7.5)

  /// The header above the axis: the title, then the organisation when there is one.
  package static let headerWithOrganisation = 42.0
  package static let header = 28.0
  package static let axisHeight = 26.0
  /// Below the rows: the today line's label.
  package static let todayLabel = 13.0
  package static let footer = 18.0
  /// What each further line of the legend adds.
  package static let legendLine = 12.0
  /// A row of one line: as roomy as the page allows, down to `smallestRow`.
  package static let roomyRow = 16.0
  package static let smallestRow = 11.0
  /// What each further line of a wrapped label adds.
  package static let lineHeight = 9.5
  package static let maximumLines = 3
  /// How far items are indented under their lot.
  package static let indent = 10.0
  package static let gap = 8.0

  package static let ink = Colour(0x1A1A1A)
  package static let grey = Colour(0x5A6270)
  package static let axisBand = Colour(0xEEF1F5)
  package static let headingBand = Colour(0xE6ECF4)
  package static let rowRule = Colour(0xE9ECF0)
  package static let unitLine = Colour(0xE1E5EA)
  package static let yearLine = Colour(0xAEB7C3)
  package static let phase = Colour(0x3F77BC)
  package static let phaseSoft = Colour(0xBCD1EA)
  package static let critical = Colour(0xC0392B)
  package static let criticalSoft = Colour(0xEDB9B1)
  package static let milestone = Colour(0x253546)
  package static let milestoneSoft = Colour(0xC9D3DE)
  package static let summary = Colour(0x3D4B5C)
  package static let deadline = Colour(0xD4145A)
  package static let today = Colour(0x138D63)
  package static let white = Colour(0xFFFFFF)
  package static let baseline = Colour(0x9AA4B1)
  package static let link = Colour(0x6E7A89)
  /// What of a followed plan is still to do: lighter than what is done, outlined in its colour.
  package static let phaseToDo = Colour(0xD9E5F3)
  package static let criticalToDo = Colour(0xF4D5D0)
  package static let milestoneToDo = Colour(0xDDE3EA)
  /// A late item's outline and words: redder than the critical path, which it may be on.
  package static let late = Colour(0xE0301E)
}
