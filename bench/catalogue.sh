#!/bin/sh
# Catalogue benchmark: 10,000 released datasets, the public catalogue page by facets and text.
# Goal: p95 < 50 ms per page. Prints a table (copy it to bench/RESULTS-catalogue.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.CatalogueBenchmark "$@"
