#!/bin/sh
# Progress report benchmark: a community with five years of activity (a million activity lines, 6,000 people who
# joined over the years and 1,000 who left, a meeting a week, two decisions a week, two newsletters a month, pages and
# their daily views), seeded by bulk SQL, then the annual progress report generated through the JSON API for the last
# calendar year (7 runs) and for all five years. Goal (issue 11): < 5 s. Needs only the JDK and the Maven cache; takes
# two to five minutes (the million lines are most of it). PROGRESS_REPORT_LINES=20000 bench/progress-report.sh for a
# quick check. Prints a table (copy it to bench/RESULTS-progress-report.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.ProgressReportBenchmark "$@"
