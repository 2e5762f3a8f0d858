import PlanKit

/// "Did you mean" for command words, keywords and ids.
enum Suggestion {
  static func closest(_ word: String, _ candidates: [String]) -> String? {
    DateWords.closest(to: word, in: candidates)
  }
}
