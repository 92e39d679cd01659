#!/bin/sh
# Storage benchmark of knowledge spaces: a space of 1,000 pages and 10,000 commits, then save, history and
# compare timings. Needs only the JDK and the Maven cache; takes a few minutes. Results: bench/RESULTS-content.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.ContentBenchmark "$@"
