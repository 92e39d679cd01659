#!/bin/sh
# Git maintenance benchmark: a space after 25,000 page saves into one folder, as the server keeps it (repacked
# after bursts), next to the same repository fully repacked; clone time as pushes pile up; server CPU after a
# cloning client has gone. Needs the JDK, git and the Maven cache; takes about 20 minutes on 2 shared cores.
# Usage: bench/git-maintenance.sh [saves] [pushes]     (defaults 25000 and 200; 0 leaves that part out)
# Results: bench/RESULTS-git-maintenance.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.GitMaintenanceBenchmark "$@"
