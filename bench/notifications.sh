#!/bin/sh
# Notifications benchmark: a daily digest run for 10,000 members with 50,000 notices waiting, and the fan-out of
# one post to a community of 5,000 members (notices stored; outbox rows when everyone chose "immediately").
# Needs only the JDK and the Maven cache; takes a few minutes. Prints a table (copy it to bench/RESULTS-notifications.md).
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.NotificationBenchmark "$@"
