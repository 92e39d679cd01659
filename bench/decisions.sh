#!/bin/sh
# Decisions benchmark: a decision with 5,000 eligible voters (votes cast and the live tally read through the JSON API,
# consent and ranked choice over 12 candidates), and instant runoff counts of 10,000 ranked ballots over 12 candidates.
# Goals: a vote p95 < 20 ms, the live tally p95 < 50 ms, the count < 1 s. Needs only the JDK and the Maven cache; takes
# a minute or two. Prints a table (copy it to bench/RESULTS-decisions.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.DecisionBenchmark "$@"
