#!/usr/bin/env bash
# Search over HTTP: the packaged app on the corpus (-Xmx512m) pinned to core 0, wrk pinned to core 1.
#   - heading queries: the articles' h2/h3 headings (up to 40 Chinese or 60 English characters, on
#     /zh-tw/search and /en-us/search), 16 connections, then 1 connection;
#   - suggestions: prefixes of article titles (1 to 4 Chinese characters, 2 to 8 English letters) on
#     /{locale}/search/suggest, 16 connections;
#   - random queries: 1,000 queries of 100 random characters (letters, digits, Han characters, punctuation,
#     operators), 16 connections.
# The app first serves each list for WARMUP (default 60s); each run is then DURATION (default 20s) after
# ROW_WARMUP (default 5s) of the same requests. Prints requests/s, p50, p99, max and
# errors for each, first as served (a snapshot keeps the pages of repeated queries), then with nothing kept
# (helpcenter.search.cached-responses=0) so that every request is searched. Needs Debian's wrk and python3,
# and the corpus in ../shared/corpus/content.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${CORPUS:-../shared/corpus/content}
duration=${DURATION:-20s}
warmup=${WARMUP:-60s}
row_warmup=${ROW_WARMUP:-5s}
port=18195
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }
./mvnw -q -B package -DskipTests
jar=$(ls target/helpcenter-*.jar | head -n 1)

# The query lists, as wrk scripts that take a random path of a list for each request.
python3 - "$corpus" "$work" <<'EOF'
import html, os, random, re, sys, urllib.parse

corpus, work = sys.argv[1], sys.argv[2]
translated = re.compile(r'<span data-ttu-id="[^"]*">(.*?)</span>', re.S)
english = re.compile(r'<span data-stu-id="[^"]*">(.*?)</span>', re.S)
markup = re.compile(r'<[^>]+>|\[!\w+\]|[#*`_\[\]()]|\]\([^)]*\)')

def clean(text):
    return ' '.join(html.unescape(markup.sub(' ', text)).split())

headings, titles = [], []
for folder, _, files in os.walk(os.path.join(corpus, 'zh-tw')):
    for name in files:
        if not name.endswith('.md') or name.lower() == 'toc.md' or 'includes' in folder.split(os.sep):
            continue
        for line in open(os.path.join(folder, name), encoding='utf-8'):
            level = len(line) - len(line.lstrip('#'))
            if level not in (1, 2, 3) or not line[level:level + 1].isspace():
                continue
            zh = clean(' '.join(translated.findall(line)))[:40]
            en = clean(' '.join(english.findall(line)))[:60]
            if level == 1:
                titles.append((zh, en))
            else:
                if zh:
                    headings.append('/zh-tw/search?q=' + urllib.parse.quote(zh))
                if en:
                    headings.append('/en-us/search?q=' + urllib.parse.quote(en))

random.seed(42)
prefixes = []
for zh, en in titles:
    zh = zh.replace(' ', '')
    for n in range(1, min(4, len(zh)) + 1):
        prefixes.append('/zh-tw/search/suggest?q=' + urllib.parse.quote(zh[:n]))
    for n in range(2, min(8, len(en)) + 1):
        prefixes.append('/en-us/search/suggest?q=' + urllib.parse.quote(en[:n]))

alphabet = ('abcdefghijklmnopqrstuvwxyz0123456789 ' * 3 + '密碼登入合作夥伴中心帳戶設定無法帳單發票客戶支援'
            + '"+-|()*~\\:^')
randoms = []
for i in range(1000):
    query = ''.join(random.choice(alphabet) for _ in range(100))
    randoms.append(random.choice(['/zh-tw', '/en-us']) + '/search?q=' + urllib.parse.quote(query))

def script(name, paths):
    with open(os.path.join(work, name + '.lua'), 'w', encoding='utf-8') as out:
        out.write('local paths = {\n')
        for path in paths:
            out.write('"' + path + '",\n')
        out.write('}\nlocal i = 0\n')
        out.write('request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1], '
                  '{["Accept-Encoding"] = "gzip"}) end\n')
    print(f'{name}: {len(paths)} paths')

script('headings', headings)
script('suggest', prefixes)
script('random', randoms)
EOF

# Starts the app on core 0 with the given options and waits until it is ready.
start_app() {
  taskset -c 0 java -Xmx512m -jar "$jar" --server.port=$port --logging.level.root=warn \
    --helpcenter.content.root="$corpus" --helpcenter.content.watch=false "$@" ${APP_OPTS:-} > "$work/app.log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed:" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
    sleep 0.5
  done
  # Every kind of request for a while first: on one core the JIT compiler takes a quarter of the core for the
  # first minutes, and the first rows would pay for compiling what all of them need.
  for list in headings suggest random; do
    taskset -c 1 wrk -t1 -c16 -d"$warmup" -s "$work/$list.lua" "http://127.0.0.1:$port" >/dev/null
  done
}

stop_app() {
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Runs wrk on core 1 with a list; prints "requests/s p50 p99 max errors".
measure() {
  local list=$1 connections=$2
  taskset -c 1 wrk -t1 -c"$connections" -d"$row_warmup" -s "$work/$list.lua" "http://127.0.0.1:$port" >/dev/null
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency -s "$work/$list.lua" "http://127.0.0.1:$port" \
    > "$work/wrk.txt"
  awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "Latency" && NF >= 4 { max = $4 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %s %d\n", rps, p50, p99, max, errors }' "$work/wrk.txt"
}

row() {
  local label=$1 list=$2 connections=$3
  read -r rps p50 p99 max errors < <(measure "$list" "$connections")
  printf '%-44s %12s %10s %10s %10s %8s\n' "$label" "$rps" "$p50" "$p99" "$max" "$errors"
}

printf '%-44s %12s %10s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "max" "errors"
# As served: a snapshot keeps the pages of the queries readers repeat (the lists repeat).
start_app
row "heading queries, 16 connections" headings 16
row "heading queries, 1 connection" headings 1
row "suggestions, 16 connections" suggest 16
row "random 100-character, 16 conn." random 16
stop_app
# Every query searched: no page kept.
start_app --helpcenter.search.cached-responses=0
row "heading queries, 16 conn., none kept" headings 16
row "heading queries, 1 conn., none kept" headings 1
row "suggestions, 16 conn., none kept" suggest 16
row "random 100-character, 16 conn., none kept" random 16
stop_app
echo "targets: headings >= 1000/s and p99 <= 20 ms; 1 connection p99 <= 2 ms; suggestions p99 <= 5 ms;"
echo "         random p99 <= 50 ms and max <= 200 ms"
