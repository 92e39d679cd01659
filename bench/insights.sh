#!/bin/sh
# Activity figures benchmark (issue 12): the dashboard of a community with five years of activity (a million activity
# lines, 6,000 people who joined over the years and 1,000 who left, a meeting a week, two decisions a week, two
# newsletters a month) and ten million rows of page views (per page and day), seeded by bulk SQL; then the dashboard
# page (last 12 months, this year, all five years), the API and the CSV, several runs each, and the evaluation report's
# PDF (goal < 5 s). Dashboard goal: < 500 ms. Needs only
# the JDK and the Maven cache; takes several minutes (the ten million rows are most of it).
# INSIGHTS_LINES=20000 INSIGHTS_VIEW_ROWS=100000 bench/insights.sh for a quick check. Prints a table.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.InsightsBenchmark "$@"
