#!/usr/bin/env bash
# Languages benchmark: the cost of rendering the main pages (dashboard, community home, a page, a discussion, a
# meeting poll, a published page, sign-in) in Arabic against English, per page: median time to answer and CPU time
# per request, and the ratio Arabic / English (issue 10: ≤ 1.10). Loopback only, in one process; about two minutes.
# Usage: bench/languages.sh [rounds of 10 requests per page and language, default 30]. Results: bench/RESULTS-languages.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.statcommons.bench.LanguagesBenchmark "$@"
