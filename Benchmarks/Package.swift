// swift-tools-version:6.0
import PackageDescription

// A package of its own, so that `swift test` in the project does not build it.
// Run with `make bench` from the project root.
let package = Package(
  name: "PlanwerkBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "planwerk", path: "..")],
  targets: [
    .executableTarget(
      name: "PlanwerkBench",
      dependencies: [
        .product(name: "PlanKit", package: "planwerk"),
        .product(name: "PlanRender", package: "planwerk"),
        .product(name: "PlanFiles", package: "planwerk"),
        .product(name: "Workbench", package: "planwerk"),
        .product(name: "Platform", package: "planwerk"),
      ],
      swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
    )
  ],
  swiftLanguageModes: [.v6]
)
