/// The formats of the drawn chart (`export pdf|png|svg`).
public enum ChartFormat: String, Sendable, CaseIterable {
  case pdf, png, svg
}
