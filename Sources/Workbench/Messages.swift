import PlanKit

/// The messages more than one command says, written once, apart from the code that decides
/// to say them: the same problem reads the same wherever it is found.
enum Messages {
  /// "zo: fase PERCEEL.NAAM …": the hint that shows a command's form.
  static func likeThis(_ usage: Phrase) -> Phrase {
    Phrase(nl: "zo: ", en: "like this: ") + usage
  }

  /// "kies uit: sas, openbaar, …": the hint that lists the words that would do, as one text.
  static func chooseFrom(_ names: String) -> Phrase {
    Phrase(nl: "kies uit: ", en: "choose from: ") + Phrase(names)
  }

  /// A window whose end does not come after its start.
  static let endNotAfterStart = Phrase(
    nl: "het einde ligt niet na het begin", en: "the end is not after the start")

  /// A clause that names more or less than one item.
  static let giveOneItem = Phrase(nl: "geef één onderdeel", en: "give one item")

  /// Where the names of baselines are found.
  static let baselinesListsThem = Phrase(
    nl: "'basislijnen' toont ze", en: "'baselines' lists them")

  /// The heading of the organisation's own closing days.
  static let closingDays = Phrase(nl: "Eigen vrije dagen:", en: "Closing days:")
}
