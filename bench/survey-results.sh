#!/bin/sh
# Survey results benchmark: a pseudonymous survey of 10,000 responses × 50 questions (25 Likert, 10 single choice,
# 5 multiple choice, 5 numbers, 5 short texts; about 560,000 answer rows), seeded by bulk SQL, then the results screen
# (50 views, p50/p95) and the API, and the CSV export of every answer streamed to a client that keeps nothing, with the
# heap the server used while it ran. Goals (issue 12): results p95 < 200 ms, export < 5 s with flat memory. The server
# runs with -Xmx384m. Needs only the JDK and the Maven cache. Prints a table (copy it to bench/RESULTS-surveys.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx384m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.SurveyResultsBenchmark "$@"
