// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, a package of their own so that `swift test` does not build them with the
// sanitizers. `make fuzz` (or `make fuzz FUZZ_SECONDS=600`) from the project root builds every
// module with `-sanitize=fuzzer,address`, so that Planwerk's own code is instrumented too.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

// gold fails on the sanitizers' debug information; lld links them.
let linker: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
  name: "PlanwerkFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "planwerk", path: "..")],
  targets: [
    .target(name: "FuzzDriver", swiftSettings: fuzzer),
    .executableTarget(
      name: "FuzzCommands",
      dependencies: [
        "FuzzDriver", .product(name: "Workbench", package: "planwerk"),
        .product(name: "PlanKit", package: "planwerk"),
      ],
      swiftSettings: fuzzer, linkerSettings: linker),
    .executableTarget(
      name: "FuzzDates",
      dependencies: ["FuzzDriver", .product(name: "PlanKit", package: "planwerk")],
      swiftSettings: fuzzer, linkerSettings: linker),
    .executableTarget(
      name: "FuzzSessionFile",
      dependencies: [
        "FuzzDriver", .product(name: "Workbench", package: "planwerk"),
        .product(name: "PlanFiles", package: "planwerk"),
        .product(name: "PlanKit", package: "planwerk"),
      ],
      swiftSettings: fuzzer, linkerSettings: linker),
    .executableTarget(
      name: "FuzzMSPDI",
      dependencies: [
        "FuzzDriver", .product(name: "PlanImport", package: "planwerk"),
        .product(name: "PlanRender", package: "planwerk"),
        .product(name: "PlanKit", package: "planwerk"),
      ],
      swiftSettings: fuzzer, linkerSettings: linker),
  ],
  swiftLanguageModes: [.v6]
)
