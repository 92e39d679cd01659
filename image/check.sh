#!/usr/bin/env bash
# Checks the container image without a container engine: unpacks target/statcommons-image.tar's layers into a
# directory, then runs the image's entrypoint there as the image's user (uid 1000) with chroot, in a mount namespace
# of its own (unshare) holding /proc, /dev and a fresh data directory at /data, on the host's network; waits for
# /actuator/health/readiness, looks at liveness and the home page, stops the server with SIGTERM as an engine would,
# and prints what it measured: the image's size, start to ready, memory at rest.
# Usage (as root, after ./mvnw -Pimage package): image/check.sh
#   PORT=18280 (the port the server listens on), DB_URL=jdbc:postgresql://… DB_USER=… DB_PASSWORD=… (an external
#   PostgreSQL; without it the server starts its embedded one in /data), KEEP=1 (keep the unpacked tree, in /tmp),
#   JAVA_TOOL_OPTIONS=… (JVM options for the server).
# About two minutes: most of it unpacking the layers and the first start's database set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
image=${IMAGE:-target/statcommons-image.tar}
port=${PORT:-18280}
[ "$(id -u)" = 0 ] || { echo "check: run as root (chroot and mounts need it)" >&2; exit 1; }
[ -f "$image" ] || { echo "check: no $image; build it with image/base.sh then ./mvnw -Pimage package" >&2; exit 1; }
for tool in jq curl unshare chroot; do
  command -v "$tool" >/dev/null || { echo "check: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d -t statcommons-image-check-XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && { echo "check: kept $work"; return; }
  rm -rf "$work"
}
trap cleanup EXIT

began=$(date +%s.%N)
mkdir -p "$work/image" "$work/root" "$work/data"
tar -xf "$image" -C "$work/image"
manifest=$work/image/manifest.json
config=$work/image/$(jq -r '.[0].Config' "$manifest")
# layers in order; none of this image's layers deletes a file, so whiteouts (.wh.*) need no handling
for layer in $(jq -r '.[0].Layers[]' "$manifest"); do
  tar -xzf "$work/image/$layer" -C "$work/root" 2>/dev/null || tar -xf "$work/image/$layer" -C "$work/root"
done
unpacked=$(echo "$(date +%s.%N) - $began" | bc)

user=$(jq -r '.config.User' "$config")
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
mapfile -t environment < <(jq -r '.config.Env[]' "$config")
volumes=$(jq -r '.config.Volumes | keys | join(" ")' "$config")
exposed=$(jq -r '.config.ExposedPorts | keys | join(" ")' "$config")
# the entrypoint's program is looked for on the image's PATH, as a container engine does
path=$(printf '%s\n' "${environment[@]}" | sed -n 's/^PATH=//p')
program=${entrypoint[0]}
if [[ $program != /* ]]; then
  for dir in ${path//:/ }; do
    [ -x "$work/root$dir/$program" ] && { program=$dir/$program; break; }
  done
fi
[ "$(stat -c %u "$work/root/data")" = "${user%%:*}" ] || { echo "check: /data is not owned by the image's user" >&2; exit 1; }
chown "$user" "$work/data"

extra=(SERVER_PORT="$port")
# JVM options to try, as `docker run -e JAVA_TOOL_OPTIONS=…` would give them (e.g. -Xshare:off to see the runtime's
# class-data archive at work)
[ -n "${JAVA_TOOL_OPTIONS:-}" ] && extra+=(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS")
[ -n "${DB_URL:-}" ] && extra+=(STATCOMMONS_DB_URL="$DB_URL" STATCOMMONS_DB_USER="${DB_USER:-}" STATCOMMONS_DB_PASSWORD="${DB_PASSWORD:-}")
started=$(date +%s.%N)
# shellcheck disable=SC2016 # expanded by the inner shell
env -i "${environment[@]}" "${extra[@]}" "$(command -v unshare)" --mount --propagation private sh -c '
  root=$1; data=$2; user=$3; chroot=$4; shift 4
  image_path=$PATH; PATH=/usr/sbin:/usr/bin:/sbin:/bin
  mkdir -p "$root/proc" "$root/dev"
  mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" && mount --bind "$data" "$root/data"
  PATH=$image_path exec "$chroot" --userspec="$user" "$root" "$@"' check "$work/root" "$work/data" "$user" "$(command -v chroot)" "$program" "${entrypoint[@]:1}" \
  >"$work/server.log" 2>&1 &
pid=$!

deadline=$(( $(date +%s) + ${START_LIMIT:-300} ))
until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "check: not ready in time; the log:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  kill -0 "$pid" 2>/dev/null || { echo "check: the server stopped; its log:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(echo "$(date +%s.%N) - $started" | bc)
liveness=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health/liveness")
home=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")
runs_as=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
sleep 5
rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
kill -TERM "$pid"
status=0; wait "$pid" || status=$?
pid=""
owned=$(find "$work/data" -mindepth 1 ! -uid "${user%%:*}" | head -n 1)

echo
echo "| image $(basename "$image") | |"
echo "|---|---|"
printf '| size of the tar (compressed layers) | %s MiB |\n' "$(du -m "$image" | cut -f1)"
printf '| size unpacked | %s MiB |\n' "$(du -sm "$work/root" | cut -f1)"
printf '| layers unpacked in | %.1f s |\n' "$unpacked"
database="embedded, in /data"
[ -n "${DB_URL:-}" ] && database="external ($DB_URL)"
printf '| database | %s |\n' "$database"
printf '| user, exposed ports, volumes | %s (the server ran as uid %s), %s, %s |\n' "$user" "$runs_as" "$exposed" "$volumes"
printf '| start to ready (/actuator/health/readiness UP) | %.1f s |\n' "$ready"
printf '| liveness, home page | %s, %s |\n' "$liveness" "$home"
printf '| memory at rest (RSS, 5 s after ready) | %s MiB |\n' "$rss"
printf '| exit status after SIGTERM | %s |\n' "$status"
printf '| files in /data not owned by uid %s | %s |\n' "${user%%:*}" "${owned:-none}"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$liveness" = 200 ] && [ "$home" = 200 ] && [ -z "$owned" ] && [ "$runs_as" = "${user%%:*}" ]
