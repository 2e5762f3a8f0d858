import Foundation
import Testing
import Workbench

/// docs/commands.md is generated from the command table and must not go stale.
struct CommandReferenceTests {
  static let docPath = String(#filePath.split(separator: "/Tests/")[0]) + "/docs/commands.md"

  @Test func matchesDocsCommandsMD() throws {
    let committed = try String(contentsOfFile: Self.docPath, encoding: .utf8)
    #expect(
      committed == CommandReference.markdown(), "run `make docs` to regenerate docs/commands.md")
  }

  @Test func documentsEveryCommandWithAnExample() {
    let doc = CommandReference.markdown()
    for spec in CommandTable.all {
      #expect(doc.contains("### `\(spec.primaryName(.nl))` / `\(spec.primaryName(.en))`"))
      #expect(!(spec.examples[.nl] ?? []).isEmpty && !(spec.examples[.en] ?? []).isEmpty)
    }
  }

  @Test func runsEveryExampleInTheTable() {
    for spec in CommandTable.all where spec.id != .quit {
      for example in spec.examples.values.joined() {
        #expect(throws: Never.self, "\(example)") {
          _ = try CommandParser.parse(example, language: .nl)
        }
      }
    }
  }

  @Test func givesEveryNameToOneCommandOnly() {
    let names = CommandTable.all.flatMap { Set($0.allNames) }
    #expect(Set(names).count == names.count)
  }
}
