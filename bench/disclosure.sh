#!/bin/sh
# Disclosure-control benchmark: 3-dimensional tables of 100 x 100 x 100 cells plus totals (1,030,301 cells), a frequency
# table at two shares of small cells and a magnitude table with dominance and p% rules: build from a stream of cells,
# protect (primary, hypercube secondary suppression, proof by the checker), check again alone; peak heap per table.
# Then k-anonymity of record-level data (1 million records x 4 quasi-identifiers, server and embedded PostgreSQL).
# Goal: protect < 10 s. Needs only the JDK and the Maven cache; takes about a minute. Prints a table (copy it to
# bench/RESULTS-disclosure.md). An argument changes the side of the cube (bench/disclosure.sh 50).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.DisclosureBenchmark "$@"
# record-level data: k-anonymity of 1,000,000 records x 4 quasi-identifiers in the embedded PostgreSQL, with local
# suppression, as storing an upload runs it (KAnonymityBenchmark; RECORDS=100000 makes a tenth of it)
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.KAnonymityBenchmark
