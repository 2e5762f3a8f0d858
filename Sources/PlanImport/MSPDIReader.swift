import PlanKit

/// Reads MS Project's XML exchange format (MSPDI: MS Project's "XML" save, ProjectLibre,
/// GanttProject, TaskJuggler's `mspxml`) into a plan. Pure: bytes in, a plan out; libxml2
/// parses (`XMLTree`).
///
/// Summary tasks at the top become lots (ids from their WBS code or title: `r1` for "Route
/// 1"), the tasks under them phases (a standard kind when the title names one) and
/// zero-length tasks milestones; a top-level milestone is a plan-level milestone and a
/// top-level task that is neither goes into a lot "Overige taken". Deeper outline levels are
/// items of their lot with their path in the title. Links keep their type and lag, `Must
/// Start On` makes an item fixed, `Start No Earlier Than` dates it, deadlines and `Finish No
/// Later Than` become `uiterlijk`, and the calendar's exceptions closing days.
///
/// MS Project's Finish is inclusive with a time of day, Planwerk's end exclusive: a Finish
/// at or before the start of the working day (tj3's 00:00) ends on its own day, a later one
/// (17:00) on the next day. A file Planwerk wrote also carries each item's exact days in its
/// "Planwerk" field, used where they still give the task's Start and Finish (a task moved in
/// MS Project is read from its dates).
public enum MSPDIReader {
  public static let namespace = "http://schemas.microsoft.com/project"

  /// - Throws: every problem found: not well-formed XML (where libxml2 stopped), not MS
  ///   Project XML, a task without dates or finishing before it starts, each with its line
  ///   and column.
  /// - Complexity: O(bytes + tasks + links + calendar exceptions).
  /// The shared library the reader opens at its first use, with the names it may have
  /// (`planwerk --loaded-later`).
  public static var libraries: String { XMLTree.libraries }

  public static func read(_ bytes: [UInt8]) throws(ImportFailure) -> ImportedPlan {
    let root = try XMLTree.parse(bytes)
    guard root.name == "Project", root.namespace == namespace || root.namespace.isEmpty else {
      throw ImportFailure([
        root.problem(
          Phrase(
            nl: "dit is geen MS Project XML-bestand: het begint met <\(root.name)>, niet <Project>",
            en: "this is not an MS Project XML file: it starts with <\(root.name)>, not <Project>"),
          hint: Phrase(
            nl: "sla het plan in MS Project op als 'XML-indeling (*.xml)'",
            en: "save the plan from MS Project as 'XML Format (*.xml)'"))
      ])
    }
    var reading = MSPDIReading(root)
    return try reading.plan()
  }
}
