// swift-tools-version: 6.0
// llm-tco: API versus self-hosted LLM total cost of ownership.
// The toolchain only: no package dependencies, so it builds offline.
import PackageDescription

let package = Package(
  name: "llm-tco",
  // macOS 13: the standard library's string algorithms (`replacing(_:with:)`, `firstRange(of:)`)
  // the tool uses without Foundation need it; the default target (10.13) would not build.
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "llm-tco", targets: ["llm-tco"]),
    .library(name: "TCOModel", targets: ["TCOModel"]),
  ],
  targets: [
    // The pure cost model: numbers and structured results. No formatting, prose, files, clock,
    // environment or command-line names.
    .target(name: "TCOModel"),
    // Bytes in, values out: JSON, the input descriptors, profiles, the catalog, results as JSON.
    // Errors carry the JSON path and where each value came from (file or flag).
    .target(name: "TCOData", dependencies: ["TCOModel"]),
    // Everything a person reads: sentences, the document model and its text and Markdown renderers.
    .target(name: "TCOReport", dependencies: ["TCOModel", "TCOData"]),
    // The process and the command line: typed options, help, one short file per command.
    // Only Entry.swift touches the process.
    .executableTarget(name: "llm-tco", dependencies: ["TCOModel", "TCOData", "TCOReport"]),
    .testTarget(name: "TCOModelTests", dependencies: ["TCOModel", "TCOData", "TCOReport"]),
    .testTarget(name: "TCODataTests", dependencies: ["TCOModel", "TCOData"]),
    .testTarget(name: "llm-tcoTests", dependencies: ["llm-tco", "TCOModel", "TCOData", "TCOReport"]),
  ]
)
