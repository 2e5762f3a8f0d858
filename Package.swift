// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
  .unsafeFlags(["-warnings-as-errors"])
]

let package = Package(
  name: "planwerk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "planwerk", targets: ["planwerk"]),
    // For the benchmark package in Benchmarks/.
    .library(name: "PlanKit", targets: ["PlanKit"]),
    .library(name: "PlanRender", targets: ["PlanRender"]),
    .library(name: "PlanFiles", targets: ["PlanFiles"]),
    .library(name: "Workbench", targets: ["Workbench"]),
    .library(name: "Platform", targets: ["Platform"]),
    // For the fuzz package in Fuzz/.
    .library(name: "PlanImport", targets: ["PlanImport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // The meeting view's web server (`presenteer`): FlyingFox, on the sockets of the system and
    // Swift concurrency only, builds in seconds where a SwiftNIO server (Hummingbird) takes
    // minutes on two cores.
    .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // cairo and pango for the drawn chart (PDF, PNG, SVG); only PlanDraw and the executable
    // link it, never the core, the fuzzers or the benchmarks.
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    // libxlsxwriter for the Excel workbook; only PlanSheet and the executable link it.
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // libxml2 for the MS Project XML reader: its reader over the bytes in memory.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // The C libraries above, opened at their first use instead of at every start
    // (Sources/CLazyLibrary/include/CLazyLibrary.h says how).
    .target(name: "CLazyLibrary", linkerSettings: [.linkedLibrary("dl")]),
    .target(name: "CCairoLazy", dependencies: ["CCairo", "CLazyLibrary"]),
    .target(name: "CXlsxWriterLazy", dependencies: ["CXlsxWriter", "CLazyLibrary"]),
    .target(name: "CLibXML2Lazy", dependencies: ["CLibXML2", "CLazyLibrary"]),
    // libcurl, which FoundationNetworking needs and FlyingFox links; its headers come with
    // libcurl4-openssl-dev, which a static link of FoundationNetworking needs anyway.
    .target(name: "CCurlLazy", dependencies: ["CLazyLibrary"]),
    .target(name: "PlanKit", swiftSettings: strict),
    .target(name: "PlanJSON", dependencies: ["PlanKit"], swiftSettings: strict),
    .target(name: "PlanRender", dependencies: ["PlanKit", "PlanJSON"], swiftSettings: strict),
    .target(name: "PlanFiles", dependencies: ["PlanKit", "PlanJSON"], swiftSettings: strict),
    // Readers of other tools' files (Excel CSV, MS Project XML): bytes in, a plan out.
    .target(
      name: "PlanImport", dependencies: ["PlanKit", "CLibXML2", "CLibXML2Lazy"],
      swiftSettings: strict),
    .target(
      name: "Workbench", dependencies: ["PlanKit", "PlanRender", "PlanFiles", "PlanImport"],
      swiftSettings: strict
    ),
    .target(
      name: "PlanDraw", dependencies: ["PlanKit", "PlanRender", "CCairo", "CCairoLazy"],
      swiftSettings: strict),
    .target(
      name: "PlanSheet", dependencies: ["PlanKit", "PlanRender", "CXlsxWriter", "CXlsxWriterLazy"],
      swiftSettings: strict),
    // The meeting view's server; only the executable links it.
    .target(
      name: "PlanPresent",
      dependencies: [
        "PlanJSON", "PlanRender", "CCurlLazy", .product(name: "FlyingFox", package: "FlyingFox"),
      ],
      swiftSettings: strict),
    .target(name: "LineEditor", dependencies: ["CLibEdit"], swiftSettings: strict),
    .target(name: "Platform", dependencies: ["Workbench", "PlanFiles"], swiftSettings: strict),
    .executableTarget(
      name: "planwerk",
      dependencies: [
        "Workbench", "PlanFiles", "LineEditor", "Platform", "CLibEdit", "PlanDraw", "PlanImport",
        "PlanSheet", "PlanPresent",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    .testTarget(name: "PlanKitTests", dependencies: ["PlanKit"], swiftSettings: strict),
    .testTarget(
      name: "PlanRenderTests", dependencies: ["PlanRender", "PlanJSON", "PlanKit"],
      exclude: ["Golden"], swiftSettings: strict),
    // Without Workbench: the files are tested with no interpreter and no terminal.
    .testTarget(
      name: "PlanFilesTests", dependencies: ["PlanFiles", "PlanJSON", "PlanKit"],
      swiftSettings: strict),
    // With the exporter and the session reader: Planwerk's own files read back.
    .testTarget(
      name: "PlanImportTests", dependencies: ["PlanImport", "PlanKit", "PlanRender", "PlanFiles"],
      exclude: ["Fixtures"], swiftSettings: strict),
    .testTarget(
      name: "WorkbenchTests",
      dependencies: ["Workbench", "PlanFiles", "PlanRender", "PlanJSON", "PlanKit"],
      exclude: ["Seeds", "Golden"], swiftSettings: strict),
    .testTarget(
      name: "PropertyTests",
      dependencies: [
        "Workbench", "PlanFiles", "PlanKit", "PlanRender",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: strict),
    // What more than one test target needs, like swift-argument-parser's test helpers.
    .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
    .testTarget(
      name: "PlatformTests", dependencies: ["Platform", "PlanFiles", "TestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "PlanDrawTests", dependencies: ["PlanDraw", "PlanRender", "PlanKit"],
      swiftSettings: strict),
    .testTarget(
      name: "PlanSheetTests", dependencies: ["PlanSheet", "PlanRender", "PlanKit"],
      swiftSettings: strict),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"], swiftSettings: strict),
    .testTarget(
      name: "PlanPresentTests", dependencies: ["PlanPresent", "PlanRender", "PlanKit"],
      swiftSettings: strict),
    .testTarget(
      name: "EndToEndTests", dependencies: ["planwerk", "TestSupport"], swiftSettings: strict),
  ],
  swiftLanguageModes: [.v6]
)
