#!/bin/sh
# What a member's page view costs in CPU (server request threads, PostgreSQL) and SQL statements, and how long a
# page save holds its space's lock: figures per request, which other work on a shared machine does not change.
# Usage: bench/member-view-cost.sh [views measured, default 4000] [--setting=value …]
# About two minutes; the data directory is deleted at the end. Results: bench/RESULTS-signed-in.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Dspotless.check.skip=true test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -Dbench.jfr="${BENCH_JFR:-}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.statcommons.bench.MemberViewCost "$@"
