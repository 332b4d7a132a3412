#!/bin/sh
# Regenerates the example report and charts under Fixtures/examples (linked from the README) with
# a release build. `swift test` checks they equal what the tool writes (ExampleFilesTests).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product llm-tco
T=.build/release/llm-tco
P=Fixtures/profiles/owned-h100-fleet.json
E=Fixtures/examples
$T report $P --output $E/owned-h100-fleet-report.html
for kind in breakeven horizon fleet hybrid; do
  $T chart $P --kind $kind --format svg --output $E/owned-h100-fleet-$kind.svg
done
$T chart $P --kind tornado --default-range 20% --format svg --output $E/owned-h100-fleet-tornado.svg
$T chart $P --kind distribution --utilization 0.4..0.7 --electricity-price 0.06..0.12 --staff-fte 1..3 \
  --format svg --output $E/owned-h100-fleet-distribution.svg
