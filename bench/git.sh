#!/bin/sh
# Git over HTTP benchmark: git clone of a 1,000-page, 10,000-commit space through the server next to git clone
# of the same bare repository from its directory. Needs the JDK, git and the Maven cache; takes a few minutes.
# Results: bench/RESULTS-content.md (section "Git clone").
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.GitCloneBenchmark "$@"
