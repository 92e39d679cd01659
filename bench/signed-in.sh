#!/bin/sh
# Signed-in benchmark: 150 members, each signed in with its own session, over 16 connections: a member's page
# view alone and a mixed load (page views, page saves through the edit form, comments, discussion replies,
# searches), each next to anonymous readers of a published page over the same 16 connections, then the mixed load
# at a person's pace (each member one action per 2 s on average, Poisson arrivals, open loop). Prints a table;
# the ratio to the published page is the figure to compare across runs on a shared machine.
# Usage: bench/signed-in.sh [seconds per run, default 15] [--setting=value …, e.g. --statcommons.x=false]
#        BENCH_KINDS=true bench/signed-in.sh   instead runs each kind of request alone and prints its CPU per request
#        BENCH_JFR=/tmp/signed-in.jfr bench/signed-in.sh   also records a Java Flight Recorder profile of the
#        members' runs (read it with: jfr print --events jdk.ExecutionSample /tmp/signed-in.jfr, or jfr summary);
#        with BENCH_JFR_SOCKETS=true also every read from PostgreSQL's socket with its stack (the queries a
#        request waits for, by caller), which makes the request threads' CPU time several times larger.
# The data directory is deleted at the end.
# Needs only the JDK and the Maven cache; about seven minutes (mostly set-up). Results: bench/RESULTS-signed-in.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -Dbench.kinds="${BENCH_KINDS:-false}" -Dbench.jfr="${BENCH_JFR:-}" -Dbench.jfr.sockets="${BENCH_JFR_SOCKETS:-false}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.statcommons.bench.SignedInBenchmark "$@"
