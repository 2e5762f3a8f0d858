import Foundation

/// One size's medians, in seconds, and its peak memory.
struct Result: Codable {
  let phases: Int
  let items: Int
  let links: Int
  let fileBytes: Int
  let schedule: Double
  let shift: Double
  let render: Double
  let save: Double
  let open: Double
  /// Peak memory after building, scheduling, rendering and saving.
  let peakBytes: Int
  /// Peak memory once the saved file has been opened as well.
  let peakWithOpenBytes: Int

  /// Build and schedule, render and save together: the 1-second target for 100,000 phases.
  var total: Double { schedule + render + save }

  init(
    phases: Int, items: Int, links: Int, fileBytes: Int, schedule: Double, shift: Double,
    render: Double, save: Double, open: Double, peakBytes: Int, peakWithOpenBytes: Int
  ) {
    self.phases = phases
    self.items = items
    self.links = links
    self.fileBytes = fileBytes
    self.schedule = schedule
    self.shift = shift
    self.render = render
    self.save = save
    self.open = open
    self.peakBytes = peakBytes
    self.peakWithOpenBytes = peakWithOpenBytes
  }

  init?(json: Data) {
    guard let result = try? JSONDecoder().decode(Result.self, from: json) else { return nil }
    self = result
  }

  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
  }

  static func table(_ results: [Result]) -> String {
    func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
    let header = [
      "phases", "items", "build + schedule", "verschuif", "gantt", "bewaar", "open",
      "schedule+gantt+save", "peak memory", "peak with open",
    ]
    let rows = results.map { r in
      [
        "\(r.phases)", "\(r.items)", ms(r.schedule), ms(r.shift), ms(r.render), ms(r.save),
        ms(r.open), ms(r.total), Format.mb(r.peakBytes), Format.mb(r.peakWithOpenBytes),
      ]
    }
    return Format.table(header, rows)
  }
}
