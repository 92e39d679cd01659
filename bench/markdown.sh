#!/usr/bin/env bash
# Markdown benchmark: the time to post and to view adversarial Markdown through HTTP, against a running server:
# a discussion post of 80 KB and pages of 80 KB, 160 KB and 1 MB, each made of "<" (the input that made the
# parser of commonmark-java 0.27 quadratic), plus a page nested 10,000 deep. For each: the HTTP status and
# elapsed time of the save, of the first view and of a second view, and the server's CPU time (java and the
# embedded PostgreSQL) for each step, which the other users of a shared machine do not change.
# Usage: bench/markdown.sh   (BENCH_KEEP=1 keeps the temporary directory; BENCH_TIMEOUT=seconds per request,
#        default 300; BENCH_NO_BUILD=1 uses the jar in target/). Results: bench/RESULTS-security.md.
# Needs: a JDK, curl, python3. About two minutes after the build (much longer on a server without the fix).
set -euo pipefail
cd "$(dirname "$0")/.."

SLUG=bench-markdown
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD='bench copper lantern meadow 7'
TIMEOUT=${BENCH_TIMEOUT:-300}

for tool in java curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed" >&2; exit 1; }
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d -t statcommons-markdown-XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  if [ -n "${BENCH_KEEP:-}" ]; then echo "bench: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  echo "Building the jar ..." >&2
  ./mvnw -q -o -DskipTests package >&2
fi
jar=$(ls "$PWD"/target/statcommons-*.jar | grep -v plain | head -1)
data="$work/data"; port=$(free_port); base="http://127.0.0.1:$port"

echo "Starting the server ..." >&2
STATCOMMONS_DATA_DIR="$data" SERVER_PORT="$port" STATCOMMONS_PUBLIC_URL="$base" \
  STATCOMMONS_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" STATCOMMONS_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$work/server.log" 2>&1 &
server_pid=$!
deadline=$(( $(date +%s) + 180 ))
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$server_pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then tail -40 "$work/server.log" >&2; exit 1; fi
  sleep 0.2
done

# CPU time (clock ticks) used so far by the java process and the embedded PostgreSQL (postmaster and backends).
ticks() {
  local total postmaster pid
  total=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
  postmaster=$(head -1 "$data/postgres/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
cpu_seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

cookies="$work/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
# A form post as a browser sends it (the token from the form's page); prints "status location".
submit() { local form="$1" action="$2"; shift 2; local token answer
  token=$(curl -fs -c "$cookies" -b "$cookies" "$base$form" | csrf)
  if answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time "$TIMEOUT" -c "$cookies" -b "$cookies" \
      --data-urlencode "_csrf=$token" "$@" "$base$action"); then echo "$answer"; else echo "timeout -"; fi; }

submit /sign-in /sign-in --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" >/dev/null
created=$(submit /communities/new /communities/new --data-urlencode "slug=$SLUG" --data-urlencode "name=Markdown bench" \
  --data-urlencode "purpose=Adversarial Markdown." --data-urlencode "description=" --data-urlencode "joinPolicy=OPEN")
case "$created" in 302*) ;; *) echo "bench: creating the community failed: $created" >&2; exit 1 ;; esac

text() { python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2" > "$work/body.md"; }
# A page saved through the API, as a script or an editor plug-in saves it (the web form sends "<" as three bytes,
# so 1 MB of it is over the form's 2 MB limit); prints "status location".
save_page() { local path="$1" title="$2" token answer
  token=$(curl -fs -c "$cookies" -b "$cookies" "$base/c/$SLUG/space/-/new" | csrf)
  python3 -c 'import json, sys; json.dump({"title": sys.argv[1], "body": open(sys.argv[2]).read(), "summary": ""}, open(sys.argv[3], "w"))' \
    "$title" "$work/body.md" "$work/page.json"
  if answer=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" -c "$cookies" -b "$cookies" -X PUT \
      -H 'Content-Type: application/json' -H 'Accept: application/json' -H "X-CSRF-TOKEN: $token" \
      --data-binary "@$work/page.json" "$base/api/v1/communities/$SLUG/pages/$path"); then
    echo "$answer $base/c/$SLUG/space/$path"
  else
    echo "timeout -"
  fi; }

# One row: saves the text (a post or a page), then views what the save led to twice.
rows=""
measure() { local label="$1" kind="$2" unit="$3" count="$4" size="$5" began status location t0 save first second saved
  text "$unit" "$count"
  t0=$(ticks); began=$(date +%s.%N)
  if [ "$kind" = post ]; then
    read -r status location < <(submit "/c/$SLUG/discussions/new" "/c/$SLUG/discussions" --data-urlencode "topic=" \
      --data-urlencode "title=$label" --data-urlencode "body@$work/body.md")
  else
    read -r status location < <(save_page "bench/$count" "$label")
  fi
  save="$status, $(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s ($(cpu_seconds $(( $(ticks) - t0 ))) s CPU)"
  first="-"; second="-"
  if [ "$status" = 302 ] || [ "$status" = 200 ]; then
    for view in first second; do
      t0=$(ticks)
      if ! result=$(curl -s -o /dev/null -w '%{http_code}, %{time_total}' --max-time "$TIMEOUT" -c "$cookies" -b "$cookies" "$location"); then
        result="no answer, $TIMEOUT"
      fi
      printf -v "$view" '%s s (%s s CPU)' "$(awk -F', ' '{ printf "%s, %.1f", $1, $2 }' <<<"$result")" "$(cpu_seconds $(( $(ticks) - t0 )))"
    done
  elif [ "$status" = timeout ]; then
    save="no answer within $TIMEOUT s ($(cpu_seconds $(( $(ticks) - t0 ))) s CPU)"
  fi
  rows="$rows| $label | $size | $save | $first | $second |"$'\n'
  echo "  $label: $save / $first / $second" >&2
}

echo "Posting and viewing ..." >&2
measure "Discussion post of \"<\"" post '<' 80000 "80 KB"
measure "Page of \"<\"" page '<' 80000 "80 KB"
measure "Page of \"<\"" page '<' 160000 "160 KB"
measure "Page of \">\" (nested 10,000 deep)" page '>' 10000 "10 KB"
measure "Page of \"<\"" page '<' 1000000 "1 MB"

cat <<TABLE
Date: $(date -u '+%Y-%m-%d %H:%M UTC')
Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average before the run: $load_before
Java: $(java -version 2>&1 | head -1); $(basename "$jar"); default JVM settings; each request given at most $TIMEOUT s

Each cell: HTTP status, elapsed seconds, and the server's CPU seconds (java and PostgreSQL) for that request.
A post is sent through the discussion form (302 to the discussion), a page through the API (PUT, 200); a text
refused answers 400 with the reason. A view is the discussion's or the page's web page, as a member reads it.

| Text | Size | Save | First view | Second view |
|---|---|---|---|---|
$rows
TABLE
