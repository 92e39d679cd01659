#!/usr/bin/env bash
# Several servers benchmark (issue 15): 1, 2 and 3 StatCommons servers behind nginx (round-robin) on one PostgreSQL,
# with Git in the database and statcommons.several-servers=true, as docs/operations.md "Several servers on one
# PostgreSQL" sets them up. For each n: the published page (anonymous) and a member's view of the same page (with the
# member's session cookie: sessions are rows, so any server knows it) through nginx with wrk, then each server asked
# directly whether it answers the same: the published page's bytes and ETag, and the member's page (its bytes less the
# per-request CSRF token). Each run also counts the processor time the servers, nginx and PostgreSQL spent per request,
# which other work on a shared machine does not change. ROUNDS (default 2) repeats 1, 2, 3 servers in alternating
# order; the table gives each round and their mean. On this 2-core machine the figure to show is that 2 servers are
# not slower than 1 and answer the same. Results: bench/RESULTS-servers.md.
# Usage: bench/servers.sh [seconds per wrk run, default 15]   (as root: the PostgreSQL cluster runs as user postgres)
# Needs: apt-get install -y nginx wrk postgresql (the cluster is this script's own, on a free port, deleted at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${CONNECTIONS:-16}
# each server's share of the warm-up must reach its JIT's full compilation: with n servers each sees 1/n of it
WARM_UP=${WARM_UP:-20}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
for tool in java curl nginx wrk runuser bc pgrep "$pg_bin/initdb"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (apt-get install -y nginx wrk postgresql)" >&2; exit 1; }
done
id postgres >/dev/null 2>&1 || { echo "bench: the user postgres is needed (Debian's postgresql package makes it)" >&2; exit 1; }

./mvnw -o -q -B -ntp -Dspotless.check.skip=true -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
jar=$(ls target/statcommons-*.jar | head -n 1)

work=$(mktemp -d -t statcommons-servers-XXXXXX)
chmod 755 "$work"
servers=()
nginx_pid=""
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_servers() {
  for server in "${servers[@]}"; do kill "$server" 2>/dev/null || true; done
  for server in "${servers[@]}"; do wait "$server" 2>/dev/null || true; done
  servers=()
}
cleanup() {
  stop_servers
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  [ -d "$work/pg" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL: a cluster of this run, room for three servers' pools (20 + 10 for Git + 2 for signals each) and the seed
pg_port=$(free_port)
install -d -o postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF-8 >"$work/initdb.log"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w start \
  -o "-p $pg_port -c max_connections=200 -c shared_buffers=256MB -c fsync=off -c unix_socket_directories=$work/pg" \
  >/dev/null
db=(--statcommons.db.url="jdbc:postgresql://localhost:$pg_port/postgres" --statcommons.db.user=postgres
  --statcommons.several-servers=true --statcommons.content.storage=database)

echo "Seeding one community, its published page and a signed-in member…"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.statcommons.bench.ServersSeed \
  "$work/seed" "${db[@]}" >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log" >&2; exit 1; }
# shellcheck source=/dev/null
. "$work/seed"
agent="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

nginx_port=$(free_port)
# $1: the number of servers; sets ports
# Each server is told its share of the cores (SHARE_CORES=no: each sees them all, as before): a JVM sizes its garbage
# collector, its JIT compiler threads and its pools for the processors it sees, so two servers that each believe they
# own both cores run twice the background threads on them (docs/operations.md "Several servers on one machine").
SHARE_CORES=${SHARE_CORES:-yes}
start_servers() {
  ports=()
  local cores=()
  if [ "$SHARE_CORES" = yes ]; then
    local share=$(( $(nproc) / $1 ))
    [ "$share" -ge 1 ] || share=1
    cores=(-XX:ActiveProcessorCount="$share")
  fi
  for i in $(seq "$1"); do
    local port data
    port=$(free_port); data="$work/server-$i"; mkdir -p "$data"
    java -Xmx768m "${cores[@]}" -jar "$jar" --server.port="$port" --statcommons.data-dir="$data" --logging.level.root=WARN \
      --statcommons.public-url="http://localhost:$nginx_port" \
      --spring.main.banner-mode=off "${db[@]}" >"$data.log" 2>&1 &
    servers+=($!); ports+=("$port")
  done
  for port in "${ports[@]}"; do
    local deadline=$(( $(date +%s) + 300 ))
    until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
      [ "$(date +%s)" -lt "$deadline" ] || { echo "bench: a server was not ready in time" >&2; tail -30 "$work"/server-*.log >&2; exit 1; }
      sleep 0.2
    done
  done
}

# $@: the servers' ports; (re)starts nginx with them as one round-robin upstream
start_nginx() {
  [ -n "$nginx_pid" ] && { kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; }
  mkdir -p "$work/nginx"
  {
    echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; client_body_temp_path $work/nginx; proxy_temp_path $work/nginx;"
    echo "  upstream statcommons { keepalive 32;"
    for port in "$@"; do echo "    server 127.0.0.1:$port;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:$nginx_port; location / { proxy_pass http://statcommons;"
    echo "    proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host:\$server_port;"
    echo "    proxy_set_header X-Request-Id \$request_id; } }"
    echo "}"
  } >"$work/nginx/nginx.conf"
  nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  until curl -fs -o /dev/null "http://localhost:$nginx_port/actuator/health"; do sleep 0.1; done
}

# CPU time (clock ticks) used so far by the servers, nginx and PostgreSQL, with their children (PostgreSQL's backends,
# nginx's worker): what the answers cost on this machine, whatever else runs on it (wrk's own share is left out)
cpu_ticks() {
  local pids=("${servers[@]}" "$nginx_pid" "$(head -n 1 "$work/pg/postmaster.pid")") all=() pid
  for pid in "${pids[@]}"; do all+=("$pid"); while read -r child; do all+=("$child"); done < <(pgrep -P "$pid" || true); done
  for pid in "${all[@]}"; do [ -r "/proc/$pid/stat" ] && cut -d')' -f2 "/proc/$pid/stat" | awk '{print $12 + $13}'; done \
    | awk '{ticks += $1} END {print ticks + 0}'
}

# $1: path; rest: wrk options. Prints requests per second and the CPU milliseconds per request; an answer other than
# 2xx or 3xx, or a socket error or time-out, fails the run.
measure() {
  local path=$1; shift
  local out before after
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s -H "User-Agent: $agent" "$@" \
    "http://localhost:$nginx_port$path")
  after=$(cpu_ticks)
  if echo "$out" | grep -q -E 'Non-2xx|Socket errors'; then
    echo "bench: errors measuring $path: $out" >&2; exit 1
  fi
  local rate requests
  rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$rate $(echo "($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l)"
}

# $1: path; rest: wrk options. Each server's JIT and caches warmed up, whatever the first, slow answers were.
warm_up() {
  local path=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP}s" --timeout 30s -H "User-Agent: $agent" "$@" "http://localhost:$nginx_port$path" >/dev/null
}

# Whether every server gives the same answers: prints yes or no (and, on standard error, what differed)
same_answers() {
  local first="" port
  # asked as through the balancer (its Host, which the canonical link names), and not as a browser, so that these
  # reads count no view; after two of the view counter's flushes (every 5 s: content.pages.PageViewCounter), so that
  # every server has written the views it counted during the run and forgotten the counts it remembered
  local host="Host: localhost:$nginx_port"
  sleep 11
  for port in "${ports[@]}"; do
    curl -s -D "$work/published-$port.headers" -o "$work/published-$port" -H "$host" "http://localhost:$port$published"
    tr -d '\r' <"$work/published-$port.headers" | awk -F': ' 'tolower($1) == "etag" {print $2}' >"$work/etag-$port"
    # the member's page less its CSRF token, which Spring Security masks anew for each answer
    curl -s -H "$host" -H "Cookie: $cookie" "http://localhost:$port$member" \
      | sed -E 's/(name="_csrf"[^>]*value=|name="_csrf" content=)"[^"]*"/\1""/g' >"$work/member-$port"
  done
  first=${ports[0]}
  local same=yes
  for port in "${ports[@]:1}"; do
    for answer in etag published member; do
      if ! cmp -s "$work/$answer-$first" "$work/$answer-$port"; then
        echo "bench: $answer differs between the servers on $first and $port:" >&2
        diff "$work/$answer-$first" "$work/$answer-$port" | head -n 12 >&2
        same=no
      fi
    done
  done
  echo "$same"
}

# a published page that answers 200 with a body, and a member's view that is the member's (not a sign-in redirect)
check_seed() {
  local port=${ports[0]}
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$published")" = 200 ] \
    || { echo "bench: the published page does not answer 200" >&2; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://localhost:$port$member")" = 200 ] \
    || { echo "bench: the member's page view does not answer 200 with the member's session" >&2; exit 1; }
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Rounds in alternating order (1 2 3, then 3 2 1, …), so that a drift of the machine's speed during the run (other
# work, the hour) weighs on every n alike; the summary is the mean of the rounds.
ROUNDS=${ROUNDS:-2}
rows=()
declare -A sum_anonymous sum_signed_in sum_anonymous_cpu sum_signed_in_cpu all_same
for round in $(seq "$ROUNDS"); do
  order="1 2 3"; [ $(( round % 2 )) = 0 ] && order="3 2 1"
  for n in $order; do
    start_servers "$n"
    start_nginx "${ports[@]}"
    check_seed
    warm_up "$published"
    warm_up "$member" -H "Cookie: $cookie"
    result=$(measure "$published"); read -r anonymous anonymous_cpu <<<"$result"
    result=$(measure "$member" -H "Cookie: $cookie"); read -r signed_in signed_in_cpu <<<"$result"
    same=$(same_answers)
    rows+=("$(printf '| %d | %d | %.0f | %.3f | %.0f | %.2f | %s |' "$round" "$n" "$anonymous" "$anonymous_cpu" \
      "$signed_in" "$signed_in_cpu" "$same")")
    sum_anonymous[$n]=$(echo "${sum_anonymous[$n]:-0} + $anonymous" | bc -l)
    sum_signed_in[$n]=$(echo "${sum_signed_in[$n]:-0} + $signed_in" | bc -l)
    sum_anonymous_cpu[$n]=$(echo "${sum_anonymous_cpu[$n]:-0} + $anonymous_cpu" | bc -l)
    sum_signed_in_cpu[$n]=$(echo "${sum_signed_in_cpu[$n]:-0} + $signed_in_cpu" | bc -l)
    all_same[$n]=${all_same[$n]:-yes}
    [ "$same" = yes ] || all_same[$n]=no
    stop_servers
  done
done

echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $CONNECTIONS connections, ${SECONDS_PER_RUN} s per run after ${WARM_UP} s of warm-up, through nginx (round-robin, keep-alive); cores shared among the servers: $SHARE_CORES; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'); $ROUNDS rounds"
echo "CPU ms per request: the servers', nginx's and PostgreSQL's processor time during the run over its requests"
echo
echo "| round | servers | published page, req/s | CPU ms per published page | member's page view, req/s | CPU ms per member's view | same answers |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Mean of the rounds:"
echo
echo "| servers | published page, req/s | member's page view, req/s | published vs 1 | member vs 1 | CPU per published page vs 1 | CPU per member's view vs 1 | same answers |"
echo "|---|---|---|---|---|---|---|---|"
for n in 1 2 3; do
  printf '| %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %s |\n' "$n" \
    "$(echo "${sum_anonymous[$n]} / $ROUNDS" | bc -l)" "$(echo "${sum_signed_in[$n]} / $ROUNDS" | bc -l)" \
    "$(echo "${sum_anonymous[$n]} / ${sum_anonymous[1]}" | bc -l)" "$(echo "${sum_signed_in[$n]} / ${sum_signed_in[1]}" | bc -l)" \
    "$(echo "${sum_anonymous_cpu[$n]} / ${sum_anonymous_cpu[1]}" | bc -l)" \
    "$(echo "${sum_signed_in_cpu[$n]} / ${sum_signed_in_cpu[1]}" | bc -l)" "${all_same[$n]}"
done
