/// The characters a chart is drawn with: Unicode blocks by default, 7-bit ASCII on request.
public struct GanttStyle: Sendable {
  public var bar: Character
  public var milestone: Character
  public var dash: String
  public var ascii: Bool

  public static let unicode = GanttStyle(bar: "█", milestone: "◆", dash: "–", ascii: false)
  public static let ascii = GanttStyle(bar: "#", milestone: "*", dash: "-", ascii: true)
}
