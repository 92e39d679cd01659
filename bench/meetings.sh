#!/bin/sh
# Meetings benchmark: the fairness suggestion for 500 invitees spread over real time zones (each with a
# running tally, a third having answered) over 168 hourly candidates, timed over 50 runs after a warm-up.
# Goal: under 50 ms. Arguments (optional): runs, invitees, candidates. Needs only the JDK and the Maven cache.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.meetings.FairnessBenchmark "$@"
