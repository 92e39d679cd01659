#!/bin/sh
# Academy benchmark: a course of 200 episodes and 2,000 commits; forking it, "N new changes upstream" for 200 forks,
# an upstream-merge proposal over 50 commits, the offline zip. Goals: fork < 1 s, upstream status < 200 ms,
# proposal < 500 ms, zip < 3 s. Prints a table (copy it to bench/RESULTS-academy.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.AcademyBenchmark "$@"
