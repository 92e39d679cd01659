#!/usr/bin/env bash
# StatCommons benchmark: start-up time, memory at rest, landing-page throughput and page weight.
# Usage: bench/run.sh            (prints a markdown table; loopback only; about two minutes)
#        BENCH_KEEP=1 bench/run.sh   keeps the temporary directory (data, logs, wrk output) to look into
# Needs: a JDK, curl, wrk, ss (iproute2); nginx for the static-file comparison (python3 -m http.server otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=1000
SLUG=bench-community
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD='bench copper lantern meadow 7'
WRK_DURATION=15s
WRK_WARMUP=5s
START_LIMIT=120   # seconds before a start counts as failed

for tool in java jar curl wrk ss; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d -t statcommons-bench-XXXXXX)
server_pid=""
static_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$static_pid" ] && kill "$static_pid" 2>/dev/null && wait "$static_pid" 2>/dev/null || true
  if [ -n "${BENCH_KEEP:-}" ]; then echo "bench: kept $work (data directory, logs, wrk output)" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

echo "Building the jar (./mvnw -q -o -DskipTests package) ..." >&2
./mvnw -q -o -DskipTests package >&2
jar=$(ls "$PWD"/target/statcommons-*.jar | grep -v plain | head -1)

data="$work/data"
port=$(free_port)
base="http://127.0.0.1:$port"

# Starts the server on $data, sets server_pid and start_seconds (run command -> healthy /actuator/health).
start_server() {
  local log="$1" began
  began=$(now)
  STATCOMMONS_DATA_DIR="$data" SERVER_PORT="$port" STATCOMMONS_PUBLIC_URL="$base" \
    STATCOMMONS_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" STATCOMMONS_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -jar "$jar" >"$log" 2>&1 &
  server_pid=$!
  local deadline=$(( $(date +%s) + START_LIMIT ))
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "bench: the server did not become healthy; its log:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  start_seconds=$(seconds "$began" "$(now)")
  start_cpu=$(awk -v t="$(java_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
}

# Stops the server as an operator would (SIGTERM) and sets stop_seconds.
stop_server() {
  local began
  began=$(now)
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  stop_seconds=$(seconds "$began" "$(now)")
}

# CPU time (clock ticks) used so far by the server: the java process and the embedded PostgreSQL
# (its postmaster and backends). Load-independent, unlike requests per second on a shared machine.
java_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
postgres_ticks() {
  local postmaster total=0 pid
  postmaster=$(head -1 "$data/postgres/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
ms_per_request() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", 1000 * t / hz / n }'; }

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# Proportional memory of the embedded PostgreSQL processes (shared buffers counted once, not per process).
postgres_pss_kib() {
  local total=0 pid pss
  for pid in $(pgrep -f -- "-D $data/postgres" || true); do
    pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$(( total + ${pss:-0} ))
  done
  echo "$total"
}

echo "Cold start on an empty data directory ..." >&2
start_server "$work/first.log"
cold_start=$start_seconds
cold_cpu=$start_cpu
sleep 5
rss_after_start=$(rss_kib "$server_pid")
pg_after_start=$(postgres_pss_kib)
stop_server
first_stop=$stop_seconds

echo "Second start on the same data directory ..." >&2
start_server "$work/second.log"
warm_start=$start_seconds
warm_cpu=$start_cpu

echo "Creating a community through the web form and seeding $MEMBERS members ..." >&2
jar_cookies="$work/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in" | csrf)
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "email=$ADMIN_EMAIL" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$base/sign-in"
token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/communities/new" | csrf)
[ -n "$token" ] || { echo "bench: could not sign in as the bootstrap administrator" >&2; exit 1; }
created=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
  --data-urlencode "_csrf=$token" --data-urlencode "slug=$SLUG" \
  --data-urlencode "name=Data integration for the SDGs" \
  --data-urlencode "purpose=Statistical offices, ministries and civil society sharing methods to integrate data sources." \
  --data-urlencode "description=$(printf '## What we do\n\nMonthly webinars, a library of methods and country examples.\n\n## Who takes part\n\nNational statistical offices, line ministries, civil-society organisations and academia.')" \
  --data-urlencode "joinPolicy=OPEN" "$base/communities/new")
case "$created" in
  302*"/c/$SLUG"*) ;;
  *) echo "bench: creating the community failed: $created" >&2; exit 1 ;;
esac
db_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$work/second.log" | head -1)
driver=$(jar tf "$jar" | grep 'BOOT-INF/lib/postgresql-.*\.jar' | head -1)
(cd "$work" && jar xf "$jar" "$driver")
java -cp "$work/$driver" bench/Seed.java "jdbc:postgresql://127.0.0.1:$db_port/postgres" "$SLUG" "$MEMBERS" >&2

landing="$base/c/$SLUG"
curl -fs "$landing" > "$work/landing.html"
# the seeded members and the administrator who created the community
grep -q "$((MEMBERS + 1)) members" "$work/landing.html" \
  || { echo "bench: the landing page does not show $((MEMBERS + 1)) members" >&2; exit 1; }
css_path=$(sed -n 's/.*<link rel="stylesheet" href="\([^"]*\)".*/\1/p' "$work/landing.html" | head -1)
[ -n "$css_path" ] || { echo "bench: no stylesheet link found in the landing page" >&2; exit 1; }
curl -fs "$base$css_path" > "$work/statcommons.css"

# What travels over the wire: the server's own gzip (server.compression), as a browser asks for it.
wire() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$1"; }
html_gz=$(wire "$landing")
css_gz=$(wire "$base$css_path")
html_raw=$(wc -c < "$work/landing.html")
css_raw=$(wc -c < "$work/statcommons.css")

requests_per_second() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
latency_p99() { awk '$1 == "99%" { print $2 }'; }

echo "Load: the landing page from StatCommons (warm-up $WRK_WARMUP, then $WRK_DURATION) ..." >&2
wrk -t2 -c16 -d"$WRK_WARMUP" "$landing" >/dev/null
java_before=$(java_ticks); postgres_before=$(postgres_ticks)
wrk -t2 -c16 -d"$WRK_DURATION" --latency "$landing" > "$work/wrk-app.txt"
app_requests=$(awk '/requests in/ { print $1 }' "$work/wrk-app.txt")
java_ms=$(ms_per_request $(( $(java_ticks) - java_before )) "$app_requests")
postgres_ms=$(ms_per_request $(( $(postgres_ticks) - postgres_before )) "$app_requests")
app_rps=$(requests_per_second < "$work/wrk-app.txt")
app_p99=$(latency_p99 < "$work/wrk-app.txt")
rss_after_load=$(rss_kib "$server_pid")
stop_server

echo "The README's run command (./statcommons, jar already built) on the same data directory ..." >&2
began=$(now)
STATCOMMONS_DATA_DIR="$data" SERVER_PORT="$port" STATCOMMONS_PUBLIC_URL="$base" \
  ./statcommons >"$work/maven-run.log" 2>&1 &
maven_pid=$!
deadline=$(( $(date +%s) + START_LIMIT ))
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$maven_pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
    echo "bench: ./statcommons did not become healthy; its log:" >&2; tail -40 "$work/maven-run.log" >&2; exit 1
  fi
  sleep 0.1
done
maven_start=$(seconds "$began" "$(now)")
# the script replaced itself with the server (exec): its process is the server's
server_pid=$maven_pid
stop_server
wait "$maven_pid" 2>/dev/null || true

echo "Load: the same HTML as a static file ..." >&2
static="$work/static"
mkdir -p "$static"
cp "$work/landing.html" "$static/landing.html"
static_port=$(free_port)
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  static_server="nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') (worker_processes auto, access log off)"
  cat > "$work/nginx.conf" <<CONF
worker_processes auto;
error_log stderr warn;
pid $work/nginx.pid;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 256; }
http {
  types { text/html html; text/css css; }
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server { listen 127.0.0.1:$static_port; root $static; }
}
CONF
  "$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' 2>"$work/nginx.log" &
else
  static_server="python3 -m http.server (single process; nginx was not installed)"
  python3 -m http.server --bind 127.0.0.1 --directory "$static" "$static_port" >/dev/null 2>&1 &
fi
static_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$static_port/landing.html"; do sleep 0.1; done
wrk -t2 -c16 -d"$WRK_WARMUP" "http://127.0.0.1:$static_port/landing.html" >/dev/null
wrk -t2 -c16 -d"$WRK_DURATION" --latency "http://127.0.0.1:$static_port/landing.html" > "$work/wrk-static.txt"
static_rps=$(requests_per_second < "$work/wrk-static.txt")
static_p99=$(latency_p99 < "$work/wrk-static.txt")
kill "$static_pid"; wait "$static_pid" 2>/dev/null || true; static_pid=""

verdict() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v < goal) ? "yes" : "NO" }'; }
budget=$(( 30 * 1024 ))
total_gz=$(( html_gz + css_gz ))

cat <<TABLE
Date: $(date -u '+%Y-%m-%d %H:%M UTC')
Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, load average before the run: $load_before
Java: $(java -version 2>&1 | head -1); $(basename "$jar"); default JVM settings (no -Xmx)

| Measure | Result | Goal | Met |
|---|---|---|---|
| Start to healthy /actuator/health, empty data directory | ${cold_start} s | < 10 s | $(verdict "$cold_start" 10) |
| Start to healthy /actuator/health, second start, same directory | ${warm_start} s | < 10 s | $(verdict "$warm_start" 10) |
| README run command \`./statcommons\` (jar already built) to healthy, same directory | ${maven_start} s | < 10 s | $(verdict "$maven_start" 10) |
| CPU time the java process used until healthy: first / second start (PostgreSQL not counted) | ${cold_cpu} s / ${warm_cpu} s | | |
| Stop after the first start (SIGTERM to exit) | ${first_stop} s | | |
| Server RSS at rest, 5 s after start (VmRSS of the java process) | $(kib_to_mib "$rss_after_start") MiB | | |
| Embedded PostgreSQL at rest (sum of PSS of its processes) | $(kib_to_mib "$pg_after_start") MiB | | |
| Server RSS after the load test | $(kib_to_mib "$rss_after_load") MiB | | |
| Landing page, community of $MEMBERS members: StatCommons (wrk -t2 -c16 -d$WRK_DURATION) | ${app_rps} req/s, p99 ${app_p99} | | |
| CPU time per landing-page request during that run: java / embedded PostgreSQL | ${java_ms} ms / ${postgres_ms} ms | | |
| Same HTML as a static file: $static_server | ${static_rps} req/s, p99 ${static_p99} | | |
| StatCommons / static file | $(awk -v a="$app_rps" -v s="$static_rps" 'BEGIN { printf "%.2f %% (1 : %.0f)", 100 * a / s, s / a }') | | |
| Landing page + stylesheet, gzip as served ($html_raw + $css_raw bytes raw) | $html_gz + $css_gz = $total_gz bytes | < $budget bytes (30 KB) | $(verdict "$total_gz" "$budget") |
TABLE
