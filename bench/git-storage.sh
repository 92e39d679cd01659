#!/bin/sh
# Git on disk next to Git in PostgreSQL: page save p50/p95 and git clone of a 1,000-page,
# 10,000-commit space over HTTP, with each storage, in one run. Takes a few minutes.
# Results: bench/RESULTS-git-storage.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.GitStorageBenchmark "$@"
