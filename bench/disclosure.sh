#!/bin/sh
# Disclosure-control benchmark: 3-dimensional tables of 100 x 100 x 100 cells plus totals (1,030,301 cells), a frequency
# table at two shares of small cells and a magnitude table with dominance and p% rules: build from a stream of cells,
# protect (primary, hypercube secondary suppression, proof by the checker), check again alone; peak heap per table.
# Goal: protect < 10 s. Needs only the JDK and the Maven cache; takes about a minute. Prints a table (copy it to
# bench/RESULTS-disclosure.md). An argument changes the side of the cube (bench/disclosure.sh 50).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.DisclosureBenchmark "$@"
