#!/usr/bin/env bash
# Live content benchmark: how soon an edit is served, and what reloads cost, while the app runs.
#
# On a copy of the corpus and on the 10,000-article tree (generated outside the repository, as load.sh does),
# with the packaged jar and -Xmx512m:
#   - EDITS (default 25) edits of one sentence of one article, each timed from the write until the served page
#     shows it (curl every 10 ms); prints median, p95 and max;
#   - (10,000 articles) heap after a full GC once the content check of every article has run;
#   - a TOC.md edit: time until a page of the docset shows it, then every page of the docset is checked;
#   - a broken edit (front matter) while a client fetches the article every 20 ms: failed or changed answers,
#     time until the finding is in /actuator/health, time until the fix clears it;
#   - wrk, 64 connections, 30 s, over the seed page and a hundred articles, while an article is edited every
#     second: errors and latency;
#   - RELOADS (default 100) reloads: heap after GC, resident memory, open files and mappings before and after.
# Needs Debian's wrk and the corpus in ../shared/corpus/content.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/corpus/content
port=18190
edits=${EDITS:-25}
reloads=${RELOADS:-100}
work=$(mktemp -d)
app_pid=""
reader_pid=""
cleanup() {
  [ -n "$reader_pid" ] && kill "$reader_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -d "$corpus" ] || { echo "needs the corpus at $corpus" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }
./mvnw -q -B package -DskipTests
jar=$(ls target/helpcenter-*.jar | head -n 1)
. bench/generated-tree.sh

base="http://127.0.0.1:$port"
now_ns() { date +%s%N; }

health_detail() {
  curl -s -H 'Accept: application/json' "$base/actuator/health" | grep -o "\"$1\":[0-9]*" | head -n 1 | cut -d: -f2
}

# Starts the app on a content root; returns once it is ready and the content check of every article has run.
start_app() {
  java -Xmx512m -jar "$jar" --server.port=$port --helpcenter.content.root="$1" > "$work/app.log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed:" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
  until [ "$(health_detail generation)" -ge 2 ] 2>/dev/null; do sleep 0.2; done
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# Polls a URL every 10 ms until its body contains a text; prints the milliseconds since START (ns).
await_text() {
  local url=$1 text=$2 start=$3 tries=0
  until curl -s "$url" | grep -qF "$text"; do
    tries=$((tries + 1))
    [ $tries -gt 3000 ] && { echo "never served: $text at $url" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(now_ns) - start) / 1000000 ))
}

# Prints "median p95 max" of the numbers on standard input.
summary() {
  sort -n | awk '{ v[NR] = $1 } END { p = int(NR * 0.95 + 0.999); if (p > NR) p = NR;
    printf "%d %d %d\n", v[int((NR + 1) / 2)], v[p], v[NR] }'
}

# Edits one sentence of FILE N times; prints the milliseconds until URL served each edit, one a line.
edit_latencies() {
  local file=$1 url=$2 n=$3 i marker start
  for i in $(seq 1 "$n"); do
    marker="EDIT${i}X$RANDOM"
    start=$(now_ns)
    sed -i "0,/data-ttu-id=\"[^\"]*\">/s//&$marker/" "$file"
    await_text "$base$url" "$marker" "$start"
    sleep 0.3
  done
}

memory() {
  jcmd "$app_pid" GC.run >/dev/null
  local heap
  heap=$(jcmd "$app_pid" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub("K,?", "", $(i + 1)); print $(i + 1) } }')
  printf 'heap %d MB, resident %d MB, open files %d, mappings %d (of deleted files %d)' "$((heap / 1024))" \
    "$(( $(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status") / 1024 ))" "$(ls "/proc/$app_pid/fd" | wc -l)" \
    "$(wc -l < "/proc/$app_pid/maps")" "$(grep -c '(deleted)' "/proc/$app_pid/maps" || true)"
}

echo "== corpus (250 articles)"
mkdir -p "$work/corpus"
cp -r "$corpus"/. "$work/corpus/"
start_app "$work/corpus"
read -r c50 c95 cmax < <(edit_latencies "$work/corpus/zh-tw/partner-center/account-structure.md" \
  /zh-tw/partner-center/account-structure "$edits" | summary)
printf 'one sentence edited, %d edits: median %d ms, p95 %d ms, max %d ms (target p95 <= 300 ms)\n' "$edits" \
  "$c50" "$c95" "$cmax"
stop_app

echo "== generated tree (10,000 articles)"
generate_tree "$corpus" "$work/big"
start_app "$work/big"
echo "at ready, after the content check: $(memory)"
article=$work/big/zh-tw/copy07/partner-center/account-structure.md
read -r b50 b95 bmax < <(edit_latencies "$article" /zh-tw/copy07/partner-center/account-structure "$edits" | summary)
printf 'one sentence edited, %d edits: median %d ms, p95 %d ms, max %d ms (target p95 <= 1000 ms)\n' "$edits" \
  "$b50" "$b95" "$bmax"

toc=$work/big/zh-tw/copy13/partner-center/TOC.md
title="TOCEDIT$RANDOM"
start=$(now_ns)
sed -i "0,/^# \[/s//# [$title /" "$toc"
toc_ms=$(await_text "$base/zh-tw/copy13/partner-center/account-structure" "$title" "$start")
missing=0
checked=0
for file in $(find "$work/big/zh-tw/copy13/partner-center" -name '*.md' ! -iname toc.md ! -path '*/includes/*'); do
  path=${file#"$work/big/zh-tw/"}; path=${path%.md}
  for url in "/zh-tw/$path" "/zh-tw/$path?view=bilingual"; do
    status=$(curl -s -o "$work/page.html" -w '%{http_code}' "$base$url")
    [ "$status" = 200 ] || continue
    checked=$((checked + 1))
    grep -qF "$title" "$work/page.html" || missing=$((missing + 1))
  done
done
printf 'TOC.md edited: first page shows it after %d ms; then %d of %d pages of the docset checked lack it (target: all within 3000 ms)\n' \
  "$toc_ms" "$missing" "$checked"

broken=$work/big/zh-tw/copy21/partner-center/account-structure.md
broken_url=/zh-tw/copy21/partner-center/account-structure
cp "$broken" "$work/good.md"
findings=$(health_detail findings)
old=$(grep -o 'data-ttu-id="[^"]*">[^<]\{4\}' "$broken" | head -n 1 | sed 's/.*>//')
( failures=0; requests=0
  while [ ! -f "$work/stop-reader" ]; do
    requests=$((requests + 1))
    body=$(curl -s -w '\n%{http_code}' "$base$broken_url")
    [ "${body##*$'\n'}" = 200 ] && grep -qF "$old" <<<"$body" || failures=$((failures + 1))
    sleep 0.02
  done
  echo "$requests $failures" > "$work/reader.txt" ) &
reader_pid=$!
start=$(now_ns)
sed -i '2s/^/title: [broken\n/' "$broken"
until [ "$(health_detail findings)" -gt "$findings" ]; do sleep 0.01; done
found_ms=$(( ($(now_ns) - start) / 1000000 ))
sleep 1
start=$(now_ns)
cp "$work/good.md" "$broken"
until [ "$(health_detail findings)" -le "$findings" ]; do sleep 0.01; done
fixed_ms=$(( ($(now_ns) - start) / 1000000 ))
touch "$work/stop-reader"; wait "$reader_pid"; reader_pid=""
read -r requests failures < "$work/reader.txt"
printf 'broken front matter: finding in health after %d ms, cleared %d ms after the fix (target <= 1000 ms each); %d requests during it, %d failed or not the last good version (target 0)\n' \
  "$found_ms" "$fixed_ms" "$requests" "$failures"

# Load while an article is edited every second: the seed page's docset and a hundred articles of the tree.
find "$work/big/zh-tw" -name '*.md' ! -iname toc.md ! -path '*/includes/*' | awk 'NR <= 100' \
  | sed -e "s|^$work/big||" -e 's|\.md$||' > "$work/paths.txt"
{ echo 'local paths = {'; sed 's/.*/"&",/' "$work/paths.txt"; echo '}';
  echo 'request = function() return wrk.format("GET", paths[math.random(#paths)], {["Accept-Encoding"] = "gzip"}) end'; } > "$work/paths.lua"
( for i in $(seq 1 30); do sed -i "0,/data-ttu-id=\"[^\"]*\">/s//&L/" "$article"; sleep 1; done ) &
editor=$!
reloads_before=$(grep -c 'Content reloaded' "$work/app.log" || true)
wrk -t2 -c64 -d30s --latency -s "$work/paths.lua" "$base" > "$work/wrk.txt"
wait "$editor"
awk '/Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
  /Non-2xx or 3xx/ { errors += $NF } /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
  END { printf "under load with an edit a second: %s requests/s, p50 %s, p99 %s, %d errors (target 0 errors, p99 <= 50 ms)\n", rps, p50, p99, errors }' \
  "$work/wrk.txt"
echo "reloads during the load: $(( $(grep -c 'Content reloaded' "$work/app.log") - reloads_before ))"

before=$(memory)
for i in $(seq 1 "$reloads"); do
  sed -i "0,/data-ttu-id=\"[^\"]*\">/s//&R/" "$article"
  sleep 0.5
done
sleep 2
echo "before $reloads reloads: $before"
echo "after  $reloads reloads: $(memory)"
stop_app
