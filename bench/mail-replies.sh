#!/bin/sh
# Reply-by-e-mail benchmark: 1,000 queued replies handled by the server (goal: under 30 s), 1,000 sent to its SMTP
# listener and handled, then 1,000 queued with the server stopped in the middle and started again (every reply
# posted exactly once), then the 1,000 messages handed over again (none stored twice). Needs only the JDK and the
# Maven cache; takes a few minutes. Prints a table.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.MailReplyBenchmark "$@"
