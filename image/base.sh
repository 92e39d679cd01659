#!/usr/bin/env bash
# Makes target/image-base.tar, the base image of StatCommons's container image (docs/operations.md "Container
# image"), without a Docker daemon or a registry: a Java runtime cut by jlink from the JDK that runs this script
# (the modules the server needs) and the shared libraries it and the embedded PostgreSQL need, taken from Debian
# packages (apt-get download, dpkg-deb -x), as one layer in the format `docker save` writes, which Jib reads as
# tar://target/image-base.tar. The user statcommons (uid 1000) owns /data.
# Needs a Debian or Ubuntu machine of the image's architecture (amd64 here) with apt, a JDK 17 with its jmods
# (Debian: openjdk-17-jmods), tar and sha256sum. Takes about a minute; run it again after a change of JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -d "$java_home/jmods" ] || { echo "image: $java_home has no jmods (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }

# The modules the server uses (jdeps --print-module-deps over the jar's libraries, run again after a big change of
# dependency), and the locales' data (jdk.localedata: dates and numbers in Arabic, Russian, Chinese…), the elliptic
# curves of TLS (jdk.crypto.ec) and DNS for JNDI (jdk.naming.dns), which no class names but the server needs.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset,java.xml.crypto,jdk.jfr,jdk.management,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.naming.dns,jdk.charsets,jdk.zipfs,jdk.security.auth

# Debian packages whose libraries the runtime (libjvm, the headless AWT and font manager that PDF rendering loads)
# and the embedded PostgreSQL's programs link to; the check at the end fails naming any library still missing.
# busybox-static gives /bin/sh, which PostgreSQL's initdb and pg_ctl start their programs with; libc-bin the locale
# C.UTF-8 (LANG), without which initdb refuses to start ("invalid locale settings") and Java names files in ASCII.
packages=(libc6 libgcc-s1 libstdc++6 zlib1g libfreetype6 libpng16-16 libbrotli1 libharfbuzz0b libgraphite2-3
  libglib2.0-0 libpcre2-8-0 libffi8 libmount1 libselinux1 libblkid1 liblcms2-2 libjpeg62-turbo libgif7 busybox-static
  libc-bin)

work=target/image-base
rm -rf "$work" && mkdir -p "$work/debs" "$work/root"
root=$work/root

"$java_home/bin/jlink" --add-modules "$modules" --output "$root/opt/java" --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive
# the desktop's native parts need X11 and sound libraries, and a server never loads them (java.awt.headless)
rm -f "$root"/opt/java/lib/{libawt_xawt.so,libjawt.so,libsplashscreen.so,libjsound.so}
# Debian's JDK links its trust store to /etc/ssl/certs/java/cacerts: the image gets a copy of the file itself
cacerts=$(readlink -f "$java_home/lib/security/cacerts")
rm -f "$root/opt/java/lib/security/cacerts" && cp "$cacerts" "$root/opt/java/lib/security/cacerts"

(cd "$work/debs" && apt-get download "${packages[@]}" >/dev/null)
for deb in "$work"/debs/*.deb; do
  dpkg-deb -x "$deb" "$work/deb"
done
# only the libraries, the loader and the shell; not the packages' documentation, locales or tools
mkdir -p "$root/lib/x86_64-linux-gnu" "$root/usr/lib/x86_64-linux-gnu" "$root/lib64" "$root/bin"
for dir in lib/x86_64-linux-gnu usr/lib/x86_64-linux-gnu; do
  [ -d "$work/deb/$dir" ] && find "$work/deb/$dir" -maxdepth 1 \( -name '*.so*' -o -name 'ld-linux*' \) \
    -exec cp -a {} "$root/$dir/" \;
done
cp -a "$work/deb/lib64/." "$root/lib64/"
mkdir -p "$root/usr/lib/locale"
cp -a "$work/deb/usr/lib/locale/C.utf8" "$root/usr/lib/locale/"
cp "$work/deb/bin/busybox" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"

mkdir -p "$root/etc" "$root/tmp" "$root/data"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/bin/sh\nstatcommons:x:1000:1000:StatCommons:/data:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\nstatcommons:x:1000:\n' >"$root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"
printf '/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n' >"$root/etc/ld.so.conf"
ldconfig -r "$root"

# Every program and library must find what it links to inside the tree (the loader of the tree, run in it).
missing=""
while IFS= read -r elf; do
  inside=${elf#"$root"}
  out=$(chroot "$root" /lib64/ld-linux-x86-64.so.2 --list "$inside" 2>&1 || true)
  echo "$out" | grep -q 'not found' && missing="$missing\n$inside: $(echo "$out" | grep 'not found' | tr -s ' \t' ' ')"
done < <(find "$root/opt/java/bin" "$root/opt/java/lib" -type f \( -name '*.so' -o -perm -u+x \) ! -name '*.jsa' \
  ! -name jspawnhelper -print 2>/dev/null)
[ -z "$missing" ] || { printf 'image: libraries missing from the base:%b\n' "$missing" >&2; exit 1; }

# One layer, every file root's but /data (uid 1000, the user the image runs as), fixed times for a reproducible tar.
layer=$work/layer.tar
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$root" --exclude=./data -cf "$layer" .
tar --numeric-owner --owner=1000 --group=1000 --mtime=@0 --mode=0750 -C "$root" -rf "$layer" ./data
diff_id=$(sha256sum "$layer" | cut -d' ' -f1)
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"1000:1000"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"image/base.sh: jlink $("$java_home/bin/java" -version 2>&1 | head -n 1 | tr -d '"') and Debian libraries"}]}
JSON
config_id=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mkdir -p "$work/tar/$diff_id"
mv "$layer" "$work/tar/$diff_id/layer.tar"
mv "$work/config.json" "$work/tar/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["statcommons-base:latest"],"Layers":["%s/layer.tar"]}]\n' "$config_id" "$diff_id" \
  >"$work/tar/manifest.json"
# the files by name: Jib refuses an entry "./" (as one that would unpack outside its destination)
tar --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$work/tar" -cf target/image-base.tar manifest.json \
  "$config_id.json" "$diff_id/layer.tar"
rm -rf "$work"
echo "image: target/image-base.tar ($(du -m target/image-base.tar | cut -f1) MiB)"
