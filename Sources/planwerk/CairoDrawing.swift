import PlanDraw
import PlanKit
import PlanRender
import Workbench

/// The interpreter's `export pdf|png|svg`, drawn with cairo and pango.
struct CairoDrawing: ChartDrawing {
  func draw(_ chart: ChartContent, as format: ChartFormat) throws(PlanError) -> [UInt8] {
    try ChartDrawer.draw(chart, as: format)
  }
}
