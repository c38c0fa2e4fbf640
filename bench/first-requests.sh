#!/usr/bin/env bash
# First requests during a lazy start: the help center is started on an empty render cache (a cold JVM), and as
# soon as it answers, 200 article pages that nobody has asked for yet are requested one after another while the
# background pass prepares the rest; prints each request's percentiles and how many were answered 200. Runs on
# the 10,000-article tree generated from ../shared/corpus/content (bench/generated-tree.sh), then on the corpus.
# Usage: bench/first-requests.sh [requests]   (default 200; how the app is started: JAVA, APP_JAR, APP_OPTS and
# AOT=1 for a JDK AOT cache, see bench/launch.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-200}
corpus=../shared/corpus/content
port=18181
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -d "$corpus" ] || { echo "needs the corpus at $corpus" >&2; exit 2; }
./mvnw -q -B package -DskipTests
. bench/launch.sh
prepare_launch "$work" "$corpus"
. bench/generated-tree.sh
generate_tree "$corpus" "$work/big"

# URLs of $count articles of a content root, spread over it (every n-th article file in path order).
urls() {
  local root=$1
  find "$root" -name '*.md' ! -iname 'toc.md' ! -path '*/includes/*' -printf '%P\n' | sort \
    | awk -v n="$count" '{ lines[NR] = $0 } END { step = NR / n; for (i = 0; i < n; i++) print lines[int(i * step) + 1] }' \
    | sed -e 's/\.md$//' -e 's|^|/|'
}

run() {
  local name=$1 root=$2
  urls "$root" > "$work/urls"
  start_app 512m --server.port=$port --helpcenter.content.root="$root" \
    --helpcenter.cache.folder="$work/cache-$name" --spring.datasource.url="jdbc:h2:file:$work/feedback-$name/db" \
    --logging.level.root=warn --logging.level.app.helpcenter.site.LiveSite=info > "$work/app-$name.log" 2>&1 &
  app_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" != 000 ]; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed on $root:" >&2; tail -n 20 "$work/app-$name.log" >&2; exit 1; }
    sleep 0.05
  done
  while read -r url; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$url"
  done < "$work/urls" > "$work/times-$name"
  local ready
  ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  grep -o 'made on demand.*\|Content read in [0-9]* ms' "$work/app-$name.log" | sed "s/^/  $name: /" >&2
  awk -v name="$name" '{ printf "%s%.0f", (NR == 1) ? "  " name ": first ten in order (ms): " : " ", $2 * 1000 } NR == 10 { print ""; exit }' \
    "$work/times-$name" >&2
  sort -n -k2 "$work/times-$name" | awk -v name="$name" -v ready="$ready" '
    { status[$1]++; t[NR] = $2 * 1000 }
    END {
      printf "%-10s %d requests: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; answered 200: %d; readiness after them: %s\n",
        name, NR, t[int(NR * 0.5) + 1], t[int(NR * 0.9) + 1], t[int((NR - 1) * 0.99) + 1], t[NR], status["200"], ready
    }'
}

run generated "$work/big"
run corpus "$corpus"
