#!/usr/bin/env bash
# Two instances behind a caching proxy, as deploy/nginx/helpcenter.conf sets it up, on 127.0.0.1:
#   - PostgreSQL (Debian's server, started in a temporary folder as bench/feedback.sh does), two instances of the
#     packaged app (-Xmx512m) on one copy of the corpus (the bundled content without ../shared), one database and
#     one render cache, each with its management port, and nginx with deploy/nginx/helpcenter.conf (ports and
#     folders rewritten);
#   - wrk, 64 connections through nginx, a mix of article views (three views of a hundred articles, gzip asked
#     for), searches (both locales) and feedback votes (each from one of 64 client addresses, X-Forwarded-For):
#     WARMUP (default 60s, not counted), then PHASE (default 20s) before, DURING (default 40s) in which the
#     second instance is killed (kill -9) after 5 s and started again 2 s later, and PHASE after. Per phase: p99 and
#     socket errors from wrk; failed GETs, posts by answer and the cache's hit ratio from nginx's log. Then every
#     vote acknowledged (201) is looked for in PostgreSQL;
#   - an article edited: when each instance serves it, when nginx does without a purge (the app's max-age,
#     MAX_AGE, default 30s here, 5 minutes in production), and a second edit purged by raising the locale's
#     number in the config and reloading nginx;
#   - slow clients (bench/slow-clients.py): SLOW (default 8300) connections from 127.0.0.2 sending a header line
#     every 10 s, for 60 s, against nginx, against an instance alone with the shipped limits and against an
#     instance with Tomcat's defaults (60 s timeouts); 8 readers (wrk, 20 s, 3 s timeout) during the second half.
# Targets (issue): 0 failed GETs, every acknowledged vote in the database; readers served behind nginx while slow
# clients hold connections. Needs wrk, Debian's nginx and postgresql, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup=${WARMUP:-60s}
phase=${PHASE:-20s}
during=${DURING:-40}
max_age=${MAX_AGE:-30s}
slow=${SLOW:-8300}
proxy_port=18280
app_ports=(18281 18282)
management_ports=(18291 18292)
pg_port=18289
work=$(mktemp -d)
app_pids=("" "")
slow_pid=""
cleanup() {
  for pid in "${app_pids[@]}" "$slow_pid"; do [ -n "$pid" ] && { kill -9 "$pid"; wait "$pid"; } 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  [ -f "$work/pg/postmaster.pid" ] && su postgres -s /bin/sh -c "pg_ctl -D '$work/pg' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx python3 psql; do command -v $tool >/dev/null || { echo "needs: $tool" >&2; exit 2; }; done
pg_bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
./mvnw -q -B package -DskipTests
jar=$(ls target/helpcenter-*.jar | head -n 1)
password=$(echo "cluster-bench-operator" | java -jar "$jar" encode-password)

corpus=../shared/corpus/content
if [ -d "$corpus" ]; then cp -r "$corpus" "$work/content"; else cp -r content "$work/content"; fi
article=partner-center/unable-to-sign-in
articles=$(cd "$work/content/zh-tw" && find . -name '*.md' ! -iname toc.md ! -path '*/includes/*' | sed 's|^\./||; s|\.md$||' | sort | head -n 100)

mkdir -p "$work/pg" && chown postgres "$work" "$work/pg" && chmod 755 "$work"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$work/pg' -U postgres --auth=trust" >/dev/null
su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$work/pg' -o '-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1' -l '$work/pg/log' -w start" >/dev/null
psql -h 127.0.0.1 -p $pg_port -U postgres -q -c "create database helpcenter" postgres
votes_in_database() {
  psql -h 127.0.0.1 -p $pg_port -U postgres -At -c "select count(*) from article_vote" helpcenter
}

# start_instance INDEX [options...]: returns once its readiness is UP; ready_ms says how long that took.
start_instance() {
  local i=$1; shift
  local started; started=$(date +%s%N)
  java -Xmx512m -jar "$jar" --server.port=${app_ports[$i]} --management.server.port=${management_ports[$i]} \
    --management.server.address=127.0.0.1 --helpcenter.content.root="$work/content" \
    --helpcenter.cache.folder="$work/render-cache" --server.forward-headers-strategy=native \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/helpcenter" --spring.datasource.username=postgres \
    --helpcenter.web.max-age="$max_age" --helpcenter.admin.username=operator --helpcenter.admin.password="$password" \
    "$@" >> "$work/app$i.log" 2>&1 &
  app_pids[$i]=$!
  until curl -sf -o /dev/null "http://127.0.0.1:${management_ports[$i]}/actuator/health/readiness"; do
    kill -0 "${app_pids[$i]}" 2>/dev/null || { echo "instance $i failed:" >&2; tail -n 30 "$work/app$i.log" >&2; exit 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_instance() {
  kill "${app_pids[$1]}"; wait "${app_pids[$1]}" 2>/dev/null || true; app_pids[$1]=""
}

mkdir -p "$work/nginx-cache" "$work/nginx-temp"
sed -e "s/127\.0\.0\.1:8080/127.0.0.1:$proxy_port/; s/127\.0\.0\.1:8081/127.0.0.1:${app_ports[0]}/g;" \
  -e "s/127\.0\.0\.1:8082/127.0.0.1:${app_ports[1]}/g; s|/var/cache/nginx/helpcenter|$work/nginx-cache|;" \
  -e "s|/var/log/nginx/helpcenter.log|$work/access.log|" deploy/nginx/helpcenter.conf > "$work/helpcenter.conf"
cat > "$work/nginx.conf" <<CONF
user root;
worker_processes 1;
worker_rlimit_nofile 40000;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 20000; }
http {
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  include $work/helpcenter.conf;
}
CONF

echo "== two instances on one content copy ($(echo "$articles" | wc -l) articles viewed), PostgreSQL, nginx"
for i in 0 1; do start_instance $i; echo "instance $i ready in $ready_ms ms"; done
nginx -p "$work" -c "$work/nginx.conf"
proxy=http://127.0.0.1:$proxy_port

# wrk's mix: 16 of 20 requests view an article (translated, English, side by side), 3 search, 1 votes.
echo "$articles" > "$work/articles.txt"
cat > "$work/mix.lua" <<'LUA'
local articles, searches = {}, {
  "/zh-tw/search?q=%E5%AF%86%E7%A2%BC", "/zh-tw/search?q=%E5%B8%B3%E6%88%B6", "/zh-tw/search?q=%E5%90%88%E4%BD%9C%E5%A4%A5%E4%BC%B4",
  "/zh-tw/search?q=%E7%99%BC%E7%A5%A8", "/en-us/search?q=password", "/en-us/search?q=account",
  "/en-us/search?q=partner+center", "/en-us/search?q=invoice" }
local counter = 0
function init(args)
  for line in io.lines(args[1]) do table.insert(articles, line) end
end
request = function()
  counter = counter + 1
  local k = counter % 20
  if k == 0 then
    local path = articles[(counter / 20) % #articles + 1]
    return wrk.format("POST", "/zh-tw/feedback", {
      ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "application/json",
      ["X-Forwarded-For"] = "10.3.0." .. (counter / 20 % 64) }, "path=" .. path .. "&helpful=yes")
  elseif k <= 3 then
    return wrk.format("GET", searches[counter % #searches + 1], { ["Accept-Encoding"] = "gzip" })
  end
  local path = articles[counter % #articles + 1]
  local views = { "/zh-tw/" .. path, "/zh-tw/" .. path .. "?view=bilingual", "/en-us/" .. path }
  return wrk.format("GET", views[counter % 3 + 1], { ["Accept-Encoding"] = "gzip" })
end
LUA

# load DURATION NAME: wrk through nginx; prints NAME, then p99 and socket errors; nginx's lines of the run go to
# $work/phase-NAME.log.
load() {
  local duration=$1 name=$2 before after out
  before=$(wc -l < "$work/access.log" 2>/dev/null || echo 0)
  out=$(wrk -t1 -c64 -d"$duration" --timeout 5s --latency -s "$work/mix.lua" "$proxy" -- "$work/articles.txt")
  sleep 2  # nginx writes its log every second
  tail -n +$((before + 1)) "$work/access.log" > "$work/phase-$name.log"
  echo "$out" > "$work/wrk-$name.txt"
}

# report NAME: one line of figures for a phase.
report() {
  local name=$1 log=$work/phase-$1.log
  local p99; p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk-$name.txt")
  local rate; rate=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk-$name.txt")
  local socket; socket=$(grep -o 'Socket errors:.*' "$work/wrk-$name.txt" || echo "Socket errors: none")
  awk -v name="$name" -v p99="$p99" -v rate="$rate" -v socket="$socket" '
    $2 == "GET" { gets++; if ($3 != 200 && $3 != 304) failed++; if ($4 != "-") { cached++; if ($4 == "HIT") hits++ } }
    $2 == "POST" { posts[$3]++ }
    END {
      line = ""; for (s in posts) line = line " " s "=" posts[s]
      printf "%-8s %6s req/s  p99 %8s  GET %d, failed %d  hit ratio %.1f%% (%d of %d)  posts:%s  %s\n",
        name, rate, p99, gets, failed, cached ? 100 * hits / cached : 0, hits, cached, line, socket }' "$log"
}

echo "== load through nginx: wrk, 64 connections, views, searches and votes"
load "$warmup" warmup
load "$phase" before
load "${during}s" during &
load_pid=$!
sleep 5
kill -9 "${app_pids[1]}"; wait "${app_pids[1]}" 2>/dev/null || true
sleep 2
start_instance 1
echo "instance 1 killed (kill -9), started again 2 s later, ready $ready_ms ms after that (warm render cache)"
wait $load_pid
# A lazy start swaps in the opening snapshot (health's generation 1), the complete one (2), then checks every
# article once (3); "after" begins once it has.
waited=$(date +%s%N)
until [ "$(curl -s "http://127.0.0.1:${management_ports[1]}/actuator/health" | grep -o '"generation":[0-9]*' | cut -d: -f2)" -ge 3 ] 2>/dev/null; do
  sleep 0.2
done
echo "instance 1 had checked every article $(( ($(date +%s%N) - waited) / 1000000 )) ms after the 'during' phase ended"
load "$phase" after
for name in warmup before during after; do report $name; done
acknowledged=$(cat "$work"/phase-*.log | awk '$2 == "POST" && $3 == 201' | wc -l)
found=$(votes_in_database)
echo "votes acknowledged (201) $acknowledged, found in PostgreSQL $found"
failed_gets=$(cat "$work"/phase-{before,during,after}.log | awk '$2 == "GET" && $3 != 200 && $3 != 304' | wc -l)

echo "== an operator on the admin pages through nginx"
curl -s -c "$work/cookies" "$proxy/admin/login" > "$work/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$work/cookies" -c "$work/cookies" --data-urlencode "username=operator" \
  --data-urlencode "password=cluster-bench-operator" --data-urlencode "_csrf=$csrf" "$proxy/admin/login"
signed_in=0
for i in $(seq 1 20); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" "$proxy/admin/feedback")" = 200 ] && signed_in=$((signed_in + 1))
done
echo "signed in once, then $signed_in of 20 admin pages answered 200 (the session stays on one instance)"

echo "== an article changed"
file=$work/content/zh-tw/$article.md
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# served URL TEXT: whether the page at URL contains TEXT (asked for as the load asks: nginx keeps a copy per
# Accept-Encoding, as the app's Vary says)
served() { curl -s --compressed -H 'Accept-Encoding: gzip' "$1" | grep -qF "$2"; }
# The worst case: nginx's copy made fresh just before the edit (its max-age is over; the answer after that is the
# stale copy, while nginx fetches the new one in the background).
waited=$(now_ms)
until curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$proxy/zh-tw/$article" | grep -qiE '^x-cache-status: (STALE|EXPIRED|MISS)'; do
  [ $(( $(now_ms) - waited )) -gt 600000 ] && { echo "nginx's copy never expired" >&2; exit 1; }
  sleep 0.5
done
sleep 1
edit_article() {
  local marker="EDIT$RANDOM$RANDOM"
  sed -i "0,/data-ttu-id=\"[^\"]*\">/s//&$marker/" "$file"
  echo "$marker"
}
marker=$(edit_article); edited=$(now_ms)
for i in 0 1; do
  until served "http://127.0.0.1:${app_ports[$i]}/zh-tw/$article" "$marker"; do sleep 0.05; done
  echo "instance $i serves the edit $(( $(now_ms) - edited )) ms after the write"
done
until served "$proxy/zh-tw/$article" "$marker"; do
  [ $(( $(now_ms) - edited )) -gt 600000 ] && { echo "nginx never served the edit" >&2; break; }
  sleep 0.5
done
echo "nginx serves it $(( $(now_ms) - edited )) ms after the write without a purge (its copy was fresh; max-age $max_age, then one stale answer while it fetches)"
curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$proxy/zh-tw/$article"
marker=$(edit_article); edited=$(now_ms)
for i in 0 1; do until served "http://127.0.0.1:${app_ports[$i]}/zh-tw/$article" "$marker"; do sleep 0.05; done; done
echo "second edit on both instances after $(( $(now_ms) - edited )) ms; nginx still serves the old one: $(served "$proxy/zh-tw/$article" "$marker" && echo no || echo yes)"
purge=$(now_ms)
sed -i 's|^\(    ~^/zh-tw/ *\)1;|\12;|' "$work/helpcenter.conf"
nginx -p "$work" -c "$work/nginx.conf" -s reload 2>/dev/null
until served "$proxy/zh-tw/$article" "$marker"; do sleep 0.05; done
echo "purged (zh-tw's number raised, nginx -s reload): nginx serves it $(( $(now_ms) - purge )) ms later"

echo "== slow clients: $slow connections from 127.0.0.2, a header line every 10 s, 60 s; 8 readers in the second half"
# attack NAME PORT: slow clients against PORT for 60 s; after 30 s, 8 readers for 20 s.
attack() {
  local name=$1 port=$2
  python3 bench/slow-clients.py 127.0.0.1 "$port" "$slow" 10 60 127.0.0.2 > "$work/slow-$name.txt" &
  slow_pid=$!
  sleep 30
  local readers; readers=$(wrk -t1 -c8 -d20s --timeout 3s --latency "http://127.0.0.1:$port/zh-tw/$article" || true)
  wait $slow_pid; slow_pid=""
  printf '%-34s readers: %s req/s, p99 %s, %s | %s\n' "$name" \
    "$(echo "$readers" | awk '/Requests\/sec/ { printf "%.0f", $2 }')" \
    "$(echo "$readers" | awk '$1 == "99%" { print $2 }')" \
    "$( (echo "$readers" | grep -o 'Socket errors:.*') || echo 'no socket errors')" \
    "$(grep '^RESULT' "$work/slow-$name.txt" | cut -d' ' -f2-)"
  sleep 15  # connections left by the run close
}
attack "nginx (both instances behind)" $proxy_port
attack "instance alone, shipped limits" "${app_ports[1]}"
stop_instance 0
start_instance 0 --server.tomcat.connection-timeout=60s --server.tomcat.keep-alive-timeout=60s
attack "instance alone, Tomcat's defaults" "${app_ports[0]}"

echo "Targets: failed GETs 0 (were $failed_gets), every acknowledged vote found ($found of $acknowledged)."
[ "$failed_gets" -eq 0 ] && [ "$found" -ge "$acknowledged" ] && [ "$signed_in" -eq 20 ]
