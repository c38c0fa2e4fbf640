#!/usr/bin/env bash
# HTTP benchmark: the help center against nginx serving the very same bytes.
#
# Starts the app (jar, bundled content, 512 MB heap, 4 Tomcat threads) pinned to core 0, saves the seed
# page and its gzip form as the app serves them, serves those files from nginx (one worker, gzip_static,
# pinned to core 0 as well, run after the app is stopped), and runs wrk pinned to core 1 with the same
# settings against both: 64 connections, gzip requested, DURATION (default 10s) after a warm-up of WARMUP
# (default 30s; the app's JIT compiler shares core 0 with it, and a cold JVM serves less than half of what it
# serves warm). Then the same for the 304 revalidation path (If-None-Match with the page's ETag).
# Prints requests/s, p50, p99 and errors for each, and the ratio app/nginx last.
# Needs Debian's nginx-light (or nginx) and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
warmup=${WARMUP:-30s}
connections=${CONNECTIONS:-64}
page=/zh-tw/partner-center/unable-to-sign-in
app_port=18080
nginx_port=18081
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs: apt-get install nginx-light wrk" >&2; exit 2; }
./mvnw -q -B package -DskipTests
jar=$(ls target/helpcenter-*.jar | head -n 1)

wait_for() {
  for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "not answering: $1" >&2; exit 1
}

# Runs wrk on core 1 and prints "requests/s p50 p99 errors".
measure() {
  local url=$1; shift
  taskset -c 1 wrk -t1 -c"$connections" -d"$warmup" "$@" "$url" >/dev/null
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "$@" "$url" > "$work/wrk.txt"
  awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %d\n", rps, p50, p99, errors }' "$work/wrk.txt"
}

taskset -c 0 java -Xmx512m -jar "$jar" --server.port=$app_port --server.tomcat.threads.max=4 ${APP_OPTS:-} \
  --logging.level.root=warn > "$work/app.log" 2>&1 &
app_pid=$!
wait_for "http://127.0.0.1:$app_port$page"

mkdir -p "$work/www"
chmod 755 "$work" "$work/www"   # nginx workers run as www-data
curl -s "http://127.0.0.1:$app_port$page" > "$work/www/page.html"
curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port$page" > "$work/www/page.html.gz"
etag=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port$page" \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')

read -r app_rps app_p50 app_p99 app_err < <(measure "http://127.0.0.1:$app_port$page" -H 'Accept-Encoding: gzip')
read -r app304_rps app304_p50 app304_p99 app304_err < <(measure "http://127.0.0.1:$app_port$page" \
  -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag")
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
chmod 644 "$work/www"/*

cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    gzip_static on;
    etag on;
    location = /page { default_type text/html; try_files /page.html =404; }
  }
}
EOF
taskset -c 0 nginx -c "$work/nginx.conf" -p "$work"
wait_for "http://127.0.0.1:$nginx_port/page"
nginx_etag=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/page" \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
read -r ngx_rps ngx_p50 ngx_p99 ngx_err < <(measure "http://127.0.0.1:$nginx_port/page" -H 'Accept-Encoding: gzip')
read -r ngx304_rps ngx304_p50 ngx304_p99 ngx304_err < <(measure "http://127.0.0.1:$nginx_port/page" \
  -H 'Accept-Encoding: gzip' -H "If-None-Match: $nginx_etag")

printf 'page %s: %s bytes, %s bytes gzip; %s connections, %s after %s warm-up\n' "$page" \
  "$(wc -c < "$work/www/page.html")" "$(wc -c < "$work/www/page.html.gz")" "$connections" "$duration" "$warmup"
printf '%-12s %12s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "errors"
printf '%-12s %12s %10s %10s %8s\n' "app 200" "$app_rps" "$app_p50" "$app_p99" "$app_err"
printf '%-12s %12s %10s %10s %8s\n' "nginx 200" "$ngx_rps" "$ngx_p50" "$ngx_p99" "$ngx_err"
printf '%-12s %12s %10s %10s %8s\n' "app 304" "$app304_rps" "$app304_p50" "$app304_p99" "$app304_err"
printf '%-12s %12s %10s %10s %8s\n' "nginx 304" "$ngx304_rps" "$ngx304_p50" "$ngx304_p99" "$ngx304_err"
awk -v a="$app_rps" -v n="$ngx_rps" -v a3="$app304_rps" -v n3="$ngx304_rps" \
  'BEGIN { printf "ratio app/nginx: 200 %.2f, 304 %.2f\n", a / n, a3 / n3 }'
