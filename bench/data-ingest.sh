#!/bin/sh
# Data ingest benchmark: a generated CSV of about 500 MB (10 million observations) uploaded through the API (FastCSV,
# COPY into PostgreSQL), validated and stored as a release, with the peak heap; then slice queries of 1,000
# observations (p50/p95) and the whole release streamed as CSV. Goals (issue 13): ingest < 20.6 s (10× CKAN XLoader's
# 206 s), flat memory, slice p95 ≤ 100 ms, CSV ≥ 50 MB/s. The server runs with -Xmx512m. INGEST_SERIES=1000 makes a
# tenth of it. Needs only the JDK and the Maven cache. Prints a table (copy it to bench/RESULTS-data-ingest.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.DataIngestBenchmark "$@"
