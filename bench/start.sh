#!/usr/bin/env bash
# Start-up benchmark: the README's start script (./statcommons: the unpacked jar, a class-data archive from a training
# run, C1 only and the serial collector, the context built ahead of time by the build, lazy beans) next to the same
# with session 16's options (every bean at start, STATCOMMONS_LAZY=off, and the JVM's default collector) and a plain
# `java -jar` of the same jar, each started RUNS times in turn on the same data directory
# (created by a first start that is not counted), to healthy /actuator/health; then memory at rest.
# Goal (issue 15): start to healthy with the start script < 5 s on this machine. Run it on a quiet machine.
# Results: bench/RESULTS-start.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18181}
for tool in java curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed" >&2; exit 1; }
done
data=$(mktemp -d -t statcommons-start-XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT


# The command. Sets seconds, cpu (the java process's CPU time to healthy: less moved by a busy machine) and rss.
start() {
  local began now
  began=$(date +%s.%N)
  STATCOMMONS_DATA_DIR="$data" SERVER_PORT=$PORT "$@" >"$data/server.log" 2>&1 &
  pid=$!
  local deadline=$(( $(date +%s) + ${START_LIMIT:-120} ))
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "bench: not healthy in time" >&2; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "bench: the server stopped; its log:" >&2; tail -30 "$data/server.log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s.%N)
  seconds=$(echo "$now - $began" | bc)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  sleep 5
  local java_pid
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status" 2>/dev/null || echo "?")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

# A newer JDK, when installed, for the start script's ahead-of-time cache (JDK 25+); BENCH_NEW_JDK to choose one.
new_jdk=${BENCH_NEW_JDK:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[5-9]-* 2>/dev/null | head -n 1)}

START_LIMIT=600
start ./statcommons      # builds the jar and the start script's archive when needed, makes the database; not counted
[ -n "$new_jdk" ] && JAVA_HOME=$new_jdk start ./statcommons   # its cache; not counted
jar=$(ls target/statcommons-*.jar | head -n 1)
START_LIMIT=120
plain=(); eager=(); script=(); newer=(); plain_rss=""; eager_rss=""; script_rss=""; newer_rss=""
plain_cpu=(); eager_cpu=(); script_cpu=(); newer_cpu=()
for run in $(seq "$RUNS"); do
  start java -jar "$jar"; plain+=("$seconds"); plain_cpu+=("$cpu"); plain_rss=$rss
  STATCOMMONS_LAZY=off JAVA_OPTS=-XX:TieredStopAtLevel=1 start ./statcommons
  eager+=("$seconds"); eager_cpu+=("$cpu"); eager_rss=$rss
  start ./statcommons; script+=("$seconds"); script_cpu+=("$cpu"); script_rss=$rss
  if [ -n "$new_jdk" ]; then
    JAVA_HOME=$new_jdk start ./statcommons; newer+=("$seconds"); newer_cpu+=("$cpu"); newer_rss=$rss
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${plain[@]}"); s=$(median "${script[@]}")
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| start, same data directory ($RUNS runs each, in turn) | to healthy (median) | all runs | CPU to healthy (median) | RSS at rest |"
echo "|---|---|---|---|---|"
printf '| `java -jar` (no options) | %.1f s | %s | %s s | %s MiB |\n' "$p" "${plain[*]}" "$(median "${plain_cpu[@]}")" "$plain_rss"
printf '| `STATCOMMONS_LAZY=off JAVA_OPTS=-XX:TieredStopAtLevel=1 ./statcommons` (session 16: AppCDS archive, C1 only, context built ahead of time, every bean at start) | %.1f s | %s | %s s | %s MiB |\n' \
  "$(median "${eager[@]}")" "${eager[*]}" "$(median "${eager_cpu[@]}")" "$eager_rss"
printf '| `./statcommons` (the same, lazy beans, serial collector) | %.1f s | %s | %s s | %s MiB |\n' \
  "$s" "${script[*]}" "$(median "${script_cpu[@]}")" "$script_rss"
if [ -n "$new_jdk" ]; then
  n=$(median "${newer[@]}")
  printf '| `JAVA_HOME=%s ./statcommons` (JDK ahead-of-time cache, Spring AOT, lazy beans, C1 only, serial collector) | %.1f s | %s | %s s | %s MiB |\n' \
    "$new_jdk" "$n" "${newer[*]}" "$(median "${newer_cpu[@]}")" "$newer_rss"
fi
printf '\nratio start script / java -jar: %.2f (goal: start script < 5 s)\n' "$(echo "$s / $p" | bc -l)"
