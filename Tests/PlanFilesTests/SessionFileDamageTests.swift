import Foundation
import PlanFiles
import PlanKit
import Testing

/// Damaged session files: every seed session cut short and with bits flipped at many places.
/// Each either still reads as a valid plan or is refused with a message that says where; none
/// crashes or hangs.
struct SessionFileDamageTests {
  static let seedNames = [
    "000-heerde", "001-hilversum", "002-routes", "003-amersfoort", "004-achterhoek",
  ]

  static func seedText(_ name: String) throws -> String {
    let root = String(#filePath.split(separator: "/Tests/")[0])
    return try String(contentsOfFile: root + "/sessions/\(name).json", encoding: .utf8)
  }

  /// A small deterministic generator, so that a failing case can be found again.
  struct Shuffle {
    var state: UInt64
    mutating func next(below bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// The message of a refusal, or nil when the damaged text still reads as a session.
  func outcome(_ bytes: [UInt8]) -> String? {
    do {
      _ = try SessionFile.decode(String(decoding: bytes, as: UTF8.self))
      return nil
    } catch {
      return error.message.nl
    }
  }

  @Test(arguments: seedNames)
  func refusesATruncatedFileSayingWhere(_ name: String) throws {
    let bytes = Array(try Self.seedText(name).utf8)
    var random = Shuffle(state: UInt64(bytes.count))
    for _ in 0..<60 {
      let cut = random.next(below: bytes.count - 2) + 1
      let message = outcome(Array(bytes[..<cut]))
      // Only a cut after the closing brace, in the trailing white space, can still read.
      if let message {
        #expect(
          message.contains("regel") || message.contains("."), "cut at \(cut): \(message)")
      } else {
        #expect(bytes[cut...].allSatisfy { $0 == 10 || $0 == 32 }, "cut at \(cut) still reads")
      }
    }
  }

  @Test(arguments: seedNames)
  func readsOrRefusesAFileWithFlippedBits(_ name: String) throws {
    let original = Array(try Self.seedText(name).utf8)
    var random = Shuffle(state: UInt64(original.count) * 31)
    var refused = 0
    for _ in 0..<150 {
      var bytes = original
      for _ in 0..<(1 + random.next(below: 3)) {
        bytes[random.next(below: bytes.count)] ^= UInt8(1 << random.next(below: 8))
      }
      if let message = outcome(bytes) {
        refused += 1
        #expect(!message.isEmpty)
      }
    }
    // Most flips hit the structure, a key, a date or an id; a few land in a title.
    #expect(refused > 75, "\(refused) of 150 refused")
  }
}
