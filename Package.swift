// swift-tools-version: 6.0
// llm-tco: API versus self-hosted LLM total cost of ownership.
// The toolchain only: no package dependencies, so it builds offline.
import PackageDescription

let package = Package(
  name: "llm-tco",
  products: [
    .executable(name: "llm-tco", targets: ["llm-tco"]),
    .library(name: "TCOModel", targets: ["TCOModel"]),
  ],
  targets: [
    // The pure cost model: no printing, files, clock or environment.
    .target(name: "TCOModel"),
    // The command line: parse, call the model, render. Only Entry.swift touches the process.
    .executableTarget(name: "llm-tco", dependencies: ["TCOModel"]),
    .testTarget(name: "TCOModelTests", dependencies: ["TCOModel"]),
    .testTarget(name: "llm-tcoTests", dependencies: ["llm-tco", "TCOModel"]),
  ]
)
