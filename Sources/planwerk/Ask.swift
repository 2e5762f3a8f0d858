import PlanKit
import Platform

#if canImport(Glibc)
  import Glibc
#endif

/// A question at the terminal that takes only a clear answer: anything else asks again, so
/// that no typed command is taken for an answer, or an answer for a command.
enum Ask {
  static let yesNo: [String: Bool] = [
    "j": true, "ja": true, "y": true, "yes": true, "n": false, "nee": false, "no": false,
  ]

  /// - Parameter read: shows the prompt and returns the typed line; nil at the end of input.
  /// - Returns: the chosen answer, or nil at the end of input.
  static func choose<T>(
    _ question: String, again: String, _ answers: [String: T], read: (String) -> String?
  ) -> T? {
    var prompt = question
    while true {
      guard let line = read(prompt) else { return nil }
      if let answer = answers[line.lowercased().trimmingCharacters] { return answer }
      prompt = again
    }
  }

  static func yesOrNo(_ question: Phrase, _ language: Language, read: (String) -> String?)
    -> Bool?
  {
    choose(
      question(language),
      again: Phrase(nl: "Antwoord j of n: ", en: "Answer y or n: ")(language), yesNo, read: read)
  }

  /// Reads an answer from standard input before the shell's line editor is there.
  static func plainRead(_ prompt: String) -> String? {
    print(prompt, terminator: "")
    // Every stream: the prompt has no newline to flush it.
    fflush(nil)
    return readLine()
  }

  /// Another live Planwerk has the plan: take it over, or only read it?
  static func takeOver(read: @escaping (String) -> String?) -> (
    String, ProcessIdentity, Language
  ) -> Bool {
    { session, holder, language in takeOver(session, holder, language, read: read) }
  }

  static func takeOver(
    _ session: String, _ holder: ProcessIdentity, _ language: Language,
    read: (String) -> String?
  ) -> Bool {
    print(
      Phrase(
        nl: "'\(session)' is geopend in een andere Planwerk (\(holder.described.nl)).",
        en: "'\(session)' is open in another Planwerk (\(holder.described.en)).")(language))
    let answers = [
      "l": false, "lezen": false, "r": false, "read": false, "o": true, "overnemen": true,
      "t": true, "take": true,
    ]
    return choose(
      Phrase(
        nl: "Alleen lezen (l) of overnemen (o)? ", en: "Read only (r) or take it over (t)? ")(
          language),
      again: Phrase(nl: "Antwoord l of o: ", en: "Answer r or t: ")(language), answers,
      read: read) ?? false
  }
}
