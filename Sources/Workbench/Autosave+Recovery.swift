import PlanFiles
import PlanKit

/// Recovery continues the saved session as `open` would, which may replay its journal: it needs
/// the interpreter, so it lives beside it, not with the file format in PlanFiles.
extension Autosave {
  /// The plan and journal an autosave leads to, on top of its saved session (given as the
  /// file's text) when it has one.
  public static func recover(_ contents: Contents, session: String?) throws(PlanError) -> Journal {
    // An empty base stands for the empty plan a journal without a base starts from.
    var journal = Journal(base: contents.header.base == Plan() ? nil : contents.header.base)
    if contents.header.session != nil && !contents.header.whole {
      guard let session else {
        throw PlanError(
          nl: "de bewaarde sessie \(contents.header.session!) is er niet meer",
          en: "the saved session \(contents.header.session!) is gone")
      }
      let saved = try SessionFile.decode(session)
      // As `open` continued it: from the saved plan when the file's journal does not lead there.
      let continued = saved.continuedJournal().journal
      guard continued.steps.count == contents.header.after else {
        throw PlanError(
          nl: "\(contents.header.session!) is sinds de autosave opnieuw bewaard",
          en: "\(contents.header.session!) was saved again after the autosave")
      }
      journal = continued
    }
    journal.steps += contents.steps
    return journal
  }
}
