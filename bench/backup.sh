#!/bin/sh
# Backup and restore benchmark (issue 15): a server with 100 communities, 100,000 pages (real Git commits) and
# 1,000,000 comments; then "Back up now" on the running server, `statcommons backup` on the stopped one and
# `statcommons restore` into a fresh data directory, timed, with the backup's size. `--scale=0.1` seeds a tenth of
# the pages and comments. Needs only the JDK and the Maven cache. Results: bench/RESULTS-backup.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.BackupBenchmark "$@"
