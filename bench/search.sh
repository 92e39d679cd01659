#!/bin/sh
# Search benchmark: 100,000 documents (written straight into the search table, a bench-only step) in 20
# communities, then search latency for an anonymous visitor, a member and an administrator, and over HTTP.
# Needs only the JDK and the Maven cache; takes a few minutes. Results: bench/RESULTS-content.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.SearchBenchmark "$@"
