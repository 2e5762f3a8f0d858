import PlanKit
import PlanRender

/// Help texts and the command reference, rendered from `CommandTable`.
public enum HelpText {
  static func groupTitle(_ group: CommandSpec.Group) -> Phrase {
    switch group {
    case .plan: return Phrase(nl: "Plan maken en wijzigen", en: "Building and changing the plan")
    case .timing: return Phrase(nl: "Tijd", en: "Timing")
    case .view: return Phrase(nl: "Bekijken en exporteren", en: "Viewing and exporting")
    case .session: return Phrase(nl: "Sessie", en: "Session")
    case .settings: return Phrase(nl: "Instellingen", en: "Settings")
    }
  }

  /// Every command by group, its name in a column as wide as the longest and its summary
  /// broken between words to `width`, under itself.
  ///
  /// - Complexity: O(commands).
  public static func overview(_ language: Language, width: Int = 80) -> String {
    var lines: [String] = []
    let names = CommandTable.all.map { $0.primaryName(language).columns }.max() ?? 0
    let indent = String(repeating: " ", count: names + 3)
    for group in CommandSpec.Group.allCases {
      lines.append(groupTitle(group)(language))
      for spec in CommandTable.all where spec.group == group {
        let summary = (indent + spec.summary(language)).wrapped(to: max(width, names + 30))
        lines.append(
          "  \(spec.primaryName(language).fitted(to: names)) " + summary.dropFirst(indent.count))
      }
    }
    lines.append(
      Phrase(
        nl: "'help OPDRACHT' geeft details en een voorbeeld. Engelse opdrachten werken ook.",
        en: "'help COMMAND' gives details and an example. Dutch commands work too.")(language))
    lines.append(
      Phrase(
        nl:
          "Namen met spaties tussen aanhalingstekens: \"Route 1\"; een aanhalingsteken erin dubbel (\"\") of als \\\".",
        en:
          "Names with spaces go in quotes: \"Route 1\"; a quote inside one doubled (\"\") or as \\\"."
      )(language).wrapped(to: max(width, names + 30)))
    return lines.joined(separator: "\n")
  }

  /// The command's other names, each once: `exporteer` is also `export` in both languages.
  static func aliases(_ spec: CommandSpec, _ language: Language, _ other: Language) -> [String] {
    let primary = spec.primaryName(language)
    var seen: Set<String> = [primary]
    return (spec.names[language]! + spec.names[other]!).filter { seen.insert($0).inserted }
  }

  public static func details(_ spec: CommandSpec, _ language: Language) -> String {
    var lines = [spec.usage(language), "  " + spec.summary(language)]
    let other = language == .nl ? Language.en : .nl
    let aliases = aliases(spec, language, other)
    if !aliases.isEmpty {
      lines.append(
        "  " + Phrase(nl: "ook: ", en: "also: ")(language) + aliases.joined(separator: ", "))
    }
    if !spec.clauses.isEmpty {
      lines.append("  " + Phrase(nl: "trefwoorden:", en: "keywords:")(language))
      for clause in spec.clauses {
        lines.append(
          "    \(clause.keywords[language]!.joined(separator: "/")) \(clause.placeholder(language))"
        )
      }
    }
    lines.append("  " + Phrase(nl: "voorbeeld:", en: "example:")(language))
    lines += spec.examples[language]!.map { "    \($0)" }
    return lines.joined(separator: "\n")
  }
}
