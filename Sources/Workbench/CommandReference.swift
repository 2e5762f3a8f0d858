import PlanKit

/// docs/commands.md, generated from the command table (`planwerk --command-reference`).
public enum CommandReference {
  public static func markdown() -> String {
    var out = """
      # Planwerk commands

      Generated from the command table (`make docs`); do not edit by hand. Every command has a
      Dutch and an English name; both work whatever the shell's language. Keywords in either
      language work too. `#` starts a comment; names with spaces go in double quotes, and a
      quote inside a name is written doubled (`""`) or escaped (`\\"`):
      `perceel r2 "Het ""Huis"" van de wijk"` or `perceel r2 "Het \\"Huis\\" van de wijk"`.


      """
    for group in CommandSpec.Group.allCases {
      out += "## \(HelpText.groupTitle(group).en)\n\n"
      for spec in CommandTable.all where spec.group == group {
        out += "### `\(spec.primaryName(.nl))` / `\(spec.primaryName(.en))`\n\n"
        out += "\(spec.summary.en)\n\n"
        out += "- Dutch: `\(spec.usage.nl)`\n- English: `\(spec.usage.en)`\n"
        let aliases = spec.allNames.filter {
          $0 != spec.primaryName(.nl) && $0 != spec.primaryName(.en)
        }
        if !aliases.isEmpty {
          out += "- Also: \(aliases.map { "`\($0)`" }.joined(separator: ", "))\n"
        }
        if !spec.clauses.isEmpty {
          let keywords = spec.clauses.map { clause in
            "`\(clause.keywords[.nl]!.joined(separator: "`/`"))` = `\(clause.keywords[.en]!.joined(separator: "`/`"))` \(clause.placeholder.en)"
          }
          out += "- Keywords: " + keywords.joined(separator: "; ") + "\n"
        }
        out += "\nExamples:\n\n```\n"
        out += (spec.examples[.nl]! + spec.examples[.en]!).joined(separator: "\n")
        out += "\n```\n\n"
      }
    }
    out += """
      ## Dates and durations

      Dates: \(DateParser.examples.en). Numeric dates are always day first. A date keeps its
      precision: it schedules from the first day of its window and is shown as it was given.

      Durations: \(DurationParser.examples.en). Month arithmetic clamps to the end of a shorter
      month (31 Jan 2024 + 1 month = 29 Feb 2024). Intervals are half-open: a phase `van 1 juli
      2023 duur 6 maanden` ends on 1 January 2024, where the next phase starts.

      """
    return out
  }
}
