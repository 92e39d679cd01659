#!/bin/sh
# Gap map benchmark (issue 14): a framework of 150 assessed items, 60 countries with one statistical office each and
# every office's assessment of every item, seeded by SQL; then the gap map's page, JSON, SVG and CSV, 21 runs each after
# 3 warm-up runs. Goal: the gap map for 60 countries × 150 items < 200 ms. Needs only the JDK and the Maven cache; takes
# about a minute. Prints a table.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.AcademyGapsBenchmark "$@"
