#!/bin/sh
# SDMX benchmark: a released dataset of 10 million observations (10,000 series × 1,000 months), seeded as an upload
# is stored (staged rows made by generate_series, then StoreUpload: series, partition, index, and the disclosure
# check with no rule chosen), read through SDMX 2.1 REST: a slice of one series' 1,000 observations as SDMX-CSV and as SDMX-ML
# Generic (p50/p95 of 200), the same slice through /api/v1/datasets/{id}/data side by side, and the whole release as
# SDMX-CSV streamed. Goals (issue 13): slice p95 ≤ 100 ms, SDMX-CSV ≥ 50 MB/s. SDMX_SERIES=1000 makes a tenth of it.
# The server runs with -Xmx512m. Needs only the JDK and the Maven cache. Prints a table (copy it to
# bench/RESULTS-sdmx.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.SdmxBenchmark "$@"
