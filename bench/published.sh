#!/usr/bin/env bash
# Published page benchmark: anonymous requests per second for a published page next to the same HTML served
# as a static file by nginx, CPU per request (java / PostgreSQL), and the bytes a browser downloads for it
# (HTML, stylesheet and scripts, gzip as served), and the same page asked in French by Accept-Language (its frame
# follows the reader's language: one kept answer per language). Loopback only; about a minute after the build.
# Usage: bench/published.sh    (BENCH_KEEP=1 keeps the temporary directory). Results: bench/RESULTS-content.md.
# Needs: a JDK, curl, wrk, nginx.
set -euo pipefail
cd "$(dirname "$0")/.."

SLUG=bench-pages
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD='bench copper lantern meadow 7'
WRK_DURATION=${WRK_DURATION:-15s}

for tool in java curl wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "bench: $tool is needed" >&2; exit 1; }
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d -t statcommons-published-XXXXXX)
server_pid=""; static_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$static_pid" ] && kill "$static_pid" 2>/dev/null && wait "$static_pid" 2>/dev/null || true
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

echo "Creating a community and publishing a page through the web forms ..." >&2
cookies="$work/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
post() { local path="$1"; shift; local token
  token=$(curl -fs -c "$cookies" -b "$cookies" "$base$path" | csrf)
  curl -s -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$token" "$@" "$base${ACTION:-$path}"; }
post /sign-in --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" >/dev/null
post /communities/new --data-urlencode "slug=$SLUG" --data-urlencode "name=Data integration for the SDGs" \
  --data-urlencode "purpose=Methods to integrate data sources." --data-urlencode "description=" \
  --data-urlencode "joinPolicy=OPEN" >/dev/null
# a guideline chapter of about 6 KB: headings (so a table of contents), a table, lists, links
body=$(python3 - <<'PY'
parts = ["Integrating census, survey and administrative data needs agreed identifiers, documented linkage and a quality report.\n"]
for n, title in enumerate(["Sources", "Identifiers", "Linking records", "Quality", "Confidentiality", "Dissemination"], 1):
    parts.append(f"## {title}\n")
    parts.append(("Statistical offices in the region compared their practice and agreed on the steps below. " * 4) + "\n")
    parts.append("| Step | Who | When |\n|---|---|---|\n" + "".join(f"| Step {i} of {title.lower()} | national office | quarter {i} |\n" for i in range(1, 5)))
    parts.append("\n- Check the coverage of each source.\n- Record every decision in the linkage log.\n- [ ] Review with the ministry.\n")
print("\n".join(parts))
PY
)
ACTION="/c/$SLUG/space/-/new" post "/c/$SLUG/space/-/new" --data-urlencode "path=guidelines/data-integration" \
  --data-urlencode "title=Data integration guidelines" --data-urlencode "body=$body" --data-urlencode "summary=First version" >/dev/null
published=$(ACTION="/c/$SLUG/space/-/publish/guidelines/data-integration" post "/c/$SLUG/space/guidelines/data-integration")
page="$base/c/$SLUG/p/guidelines/data-integration"
curl -fs "$page" > "$work/page.html" || { echo "bench: publishing failed ($published)" >&2; exit 1; }

# What a first visit downloads: the page, its stylesheets and scripts, each gzip as served.
wire() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$1"; }
html_gz=$(wire "$page")
assets=$(grep -o '<link rel="stylesheet" href="[^"]*"\|<script[^>]* src="[^"]*"' "$work/page.html" | sed 's/.*"\([^"]*\)"$/\1/')
assets_gz=0; asset_list=""
for asset in $assets; do assets_gz=$(( assets_gz + $(wire "$base$asset") )); asset_list="$asset_list $asset"; done
total_gz=$(( html_gz + assets_gz ))
cookie_set=$(curl -s -D - -o /dev/null "$page" | grep -ci '^set-cookie' || true)

java_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
postgres_ticks() { local pm total=0 pid; pm=$(head -1 "$data/postgres/postmaster.pid")
  for pid in "$pm" $(pgrep -P "$pm"); do total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done; echo "$total"; }
ms_per_request() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", 1000 * t / hz / n }'; }
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }

echo "Load: the published page (warm-up 5s, then $WRK_DURATION) ..." >&2
wrk -t2 -c16 -d5s "$page" >/dev/null
java_before=$(java_ticks); pg_before=$(postgres_ticks)
wrk -t2 -c16 -d"$WRK_DURATION" --latency "$page" > "$work/wrk-app.txt"
requests=$(awk '/requests in/ { print $1 }' "$work/wrk-app.txt")
java_ms=$(ms_per_request $(( $(java_ticks) - java_before )) "$requests")
pg_ms=$(ms_per_request $(( $(postgres_ticks) - pg_before )) "$requests")
echo "Load: the published page in French, by Accept-Language ($WRK_DURATION) ..." >&2
french_header='Accept-Language: fr-CH, fr;q=0.9, en;q=0.8'
curl -fs -H "$french_header" "$page" | grep -q 'lang="fr"' || { echo "bench: the page is not in French" >&2; exit 1; }
wrk -t2 -c16 -d5s -H "$french_header" "$page" >/dev/null
wrk -t2 -c16 -d"$WRK_DURATION" --latency -H "$french_header" "$page" > "$work/wrk-french.txt"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "Load: the same HTML as a static file (nginx) ..." >&2
mkdir -p "$work/static"; cp "$work/page.html" "$work/static/page.html"
static_port=$(free_port); nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
error_log stderr warn;
pid $work/nginx.pid;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 256; }
http {
  types { text/html html; }
  access_log off;
  client_body_temp_path $work/nb; proxy_temp_path $work/np; fastcgi_temp_path $work/nf; uwsgi_temp_path $work/nu; scgi_temp_path $work/ns;
  server { listen 127.0.0.1:$static_port; root $work/static; }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' 2>"$work/nginx.log" &
static_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$static_port/page.html"; do sleep 0.1; done
wrk -t2 -c16 -d5s "http://127.0.0.1:$static_port/page.html" >/dev/null
wrk -t2 -c16 -d"$WRK_DURATION" --latency "http://127.0.0.1:$static_port/page.html" > "$work/wrk-static.txt"
kill "$static_pid"; wait "$static_pid" 2>/dev/null || true; static_pid=""

app=$(rps "$work/wrk-app.txt"); static=$(rps "$work/wrk-static.txt")
cat <<TABLE
Date: $(date -u '+%Y-%m-%d %H:%M UTC')
Machine: $(nproc) cores, load average before the run: $load_before; $(java -version 2>&1 | head -1)

| Measure | Result | Goal | Met |
|---|---|---|---|
| Published page, anonymous (wrk -t2 -c16 -d$WRK_DURATION) | $app req/s, p99 $(p99 "$work/wrk-app.txt") | | |
| Published page in French, by Accept-Language | $(rps "$work/wrk-french.txt") req/s, p99 $(p99 "$work/wrk-french.txt") | | |
| CPU time per request: java / embedded PostgreSQL | $java_ms ms / $pg_ms ms | | |
| Same HTML as a static file, nginx | $static req/s, p99 $(p99 "$work/wrk-static.txt") | | |
| Published page / static file | $(awk -v a="$app" -v s="$static" 'BEGIN { printf "%.2f (1 : %.1f)", a / s, s / a }') | ≥ 0.20 | $(awk -v a="$app" -v s="$static" 'BEGIN { print (a / s >= 0.2) ? "yes" : "NO" }') |
| Bytes for a first visit, gzip as served: HTML + ($asset_list ) | $html_gz + $assets_gz = $total_gz bytes ($(wc -c < "$work/page.html") bytes of HTML raw) | < 30720 | $( [ "$total_gz" -lt 30720 ] && echo yes || echo NO ) |
| Set-Cookie on an anonymous visit | $cookie_set | 0 | $( [ "$cookie_set" -eq 0 ] && echo yes || echo NO ) |
TABLE
