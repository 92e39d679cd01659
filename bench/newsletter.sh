#!/bin/sh
# Newsletter benchmark: one newsletter sent to 4,000 members and 1,000 subscribers through the API,
# timed, and sent a second time (refused, nothing queued). Needs only the JDK and the Maven cache.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.NewsletterBenchmark "$@"
