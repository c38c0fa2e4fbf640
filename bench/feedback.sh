#!/usr/bin/env bash
# Feedback under load: 64 concurrent clients posting votes for DURATION (default 30s) into H2 (the embedded
# default, a file) and into PostgreSQL (Debian's server, started in a temporary folder), then every vote the app
# acknowledged (201) is looked for in the database after the app stopped.
#
# The app (jar, bundled content, -Xmx512m) runs pinned to core 0 and wrk to core 1. Each wrk connection is a
# client of its own (X-Forwarded-For, which the app trusts from 127.0.0.1 with server.forward-headers-strategy=
# native). Two rounds per database: the production limits (a burst of 10 posts per client, then one every 6 s:
# most posts are the intended 429s) and no per-client limit (every post is written, 64 at once: the database's own
# pace).
# Prints per round: posts/s, p50, p99, answers by status, votes acknowledged, votes found; any answer other
# than 201 or 429, or an acknowledged vote missing, is a failure.
# Needs wrk and Debian's postgresql (initdb and pg_ctl on the PATH or in /usr/lib/postgresql/*/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-30s}
warmup=${WARMUP:-60s}
connections=64
app_port=18090
pg_port=18091
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/pg/postmaster.pid" ] && su postgres -s /bin/sh -c "pg_ctl -D '$work/pg' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }
pg_bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
[ -x "$pg_bin/pg_ctl" ] || { echo "needs: apt-get install postgresql" >&2; exit 2; }
./mvnw -q -B package -DskipTests
jar=$(ls target/helpcenter-*.jar | head -n 1)
h2=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -n 1)

cat > "$work/vote.lua" <<'EOF'
-- Each connection posts as a client of its own; statuses are counted per thread.
local counter = 0
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  statuses = {}
end
request = function()
  counter = counter + 1
  return wrk.format("POST", "/zh-tw/feedback", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["X-Forwarded-For"] = "10.1.0." .. (counter % 64)
  }, "path=partner-center/unable-to-sign-in&helpful=" .. ((counter % 3 == 0) and "no&reason=missing-info" or "yes"))
end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local counted = thread:get("statuses")
    for status, n in pairs(counted) do total[status] = (total[status] or 0) + n end
  end
  local line = ""
  for status, n in pairs(total) do line = line .. status .. "=" .. n .. " " end
  io.write(string.format("RESULT %.0f %s %s %s\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, line))
end
EOF

wait_for() {
  for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "not answering: $1" >&2; tail -n 30 "$work/app.log" >&2; exit 1
}

start_app() {
  taskset -c 0 java -Xmx512m -jar "$jar" --server.port=$app_port --server.forward-headers-strategy=native \
    --logging.level.root=warn "$@" > "$work/app.log" 2>&1 &
  app_pid=$!
  wait_for "http://127.0.0.1:$app_port/zh-tw/partner-center/unable-to-sign-in"
}

stop_app() {
  kill "$app_pid"
  while kill -0 "$app_pid" 2>/dev/null; do sleep 0.2; done
  app_pid=""
}

failures=0
round_number=0
# round <name> <database-url-maker> <count-command> <app options...>: a fresh database per round; a warm-up run
# of WARMUP (default 60s: the JIT compiler shares the app's core and is busy for the first minute) and the
# measured run both count what they were told was received, and every one of those votes must be in the
# database once the app stopped.
round() {
  local name=$1 make_url=$2 count=$3; shift 3
  round_number=$((round_number + 1))
  local url; url=$($make_url $round_number)
  start_app --spring.datasource.url="$url" "$@"
  local warm; warm=$(taskset -c 1 wrk -t1 -c$connections -d"$warmup" -s "$work/vote.lua" \
    "http://127.0.0.1:$app_port/zh-tw/feedback" | grep '^RESULT')
  local result; result=$(taskset -c 1 wrk -t1 -c$connections -d"$duration" --latency -s "$work/vote.lua" \
    "http://127.0.0.1:$app_port/zh-tw/feedback" | grep '^RESULT')
  stop_app
  local found; found=$($count "$url")
  local acknowledged=0
  for line in "$warm" "$result"; do
    local n; n=$(echo "$line" | grep -o '201=[0-9]*' | cut -d= -f2 || true)
    acknowledged=$((acknowledged + ${n:-0}))
  done
  local others; others=$(echo "$warm $result" | tr ' ' '\n' | grep '=' | grep -v '^201=\|^429=' || true)
  printf '%-24s %s posts/s  p50 %s ms  p99 %s ms  answers: %s\n%-24s acknowledged (warm-up and run) %s, found %s\n' \
    "$name" $(echo "$result" | awk '{print $2, $3, $4}') "$(echo "$result" | cut -d' ' -f5-)" "" "$acknowledged" "$found"
  if [ -n "$others" ] || [ "$found" -lt "$acknowledged" ]; then
    echo "  FAILED: other answers [$others] or votes missing" >&2; failures=$((failures + 1))
  fi
}

h2_url() {
  echo "jdbc:h2:file:$work/h2-$1/feedback;WRITE_DELAY=0"
}
h2_count() {
  java -cp "$h2" org.h2.tools.Shell -url "$1" -user sa -sql "select count(*) from article_vote" | sed -n 2p | tr -d ' '
}

echo "H2 (file, embedded default):"
round "  production limits" h2_url h2_count
round "  no per-client limit" h2_url h2_count --helpcenter.feedback.posts-per-client=100000000 \
  --helpcenter.feedback.posts-at-once=64

mkdir -p "$work/pg" && chown postgres "$work" "$work/pg" && chmod 755 "$work"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$work/pg' -U postgres --auth=trust" >/dev/null
su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$work/pg' -o '-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1' -l '$work/pg/log' -w start" >/dev/null
pg_url() {
  psql -h 127.0.0.1 -p $pg_port -U postgres -q -c "create database round_$1" postgres
  echo "jdbc:postgresql://127.0.0.1:$pg_port/round_$1"
}
pg_count() {
  psql -h 127.0.0.1 -p $pg_port -U postgres -At -c "select count(*) from article_vote" "${1##*/}"
}
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'):"
round "  production limits" pg_url pg_count --spring.datasource.username=postgres
round "  no per-client limit" pg_url pg_count --spring.datasource.username=postgres \
  --helpcenter.feedback.posts-per-client=100000000 --helpcenter.feedback.posts-at-once=64

echo "Targets: 0 answers other than 201 and 429, p99 at most 50 ms, every acknowledged vote found."
exit $((failures > 0))
