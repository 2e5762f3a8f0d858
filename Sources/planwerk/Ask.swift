import PlanKit

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
}
