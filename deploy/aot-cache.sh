#!/usr/bin/env bash
# Makes a JDK AOT cache for the help center (Java 25): the jar is extracted into DEST (the layout the JDK's AOT
# cache needs: the application jar with its libraries beside it, no nested jars), then a training run serves
# CONTENT_ROOT from an empty render cache of its own until every page is prepared, asks for a sample of article
# pages in each view, the locales' landing pages, searches and suggestions, and stops; the JVM writes at its exit
# DEST/helpcenter.aot: the classes it loaded and linked and the methods' profiles. A later start with that cache
# takes those classes from it, already linked, and compiles the hot methods sooner (bench/first-requests.sh: first requests
# p99 about half, see README, Production).
# Train on the content the instances will serve (or a sample of it: the corpus's 250 articles train as well for a
# tree of 10,000). The cache matches this jar and this JDK only: make it again after each build, in DEST as is
# (the JDK checks the jar files' paths, sizes and modification times, so copy DEST only with them kept, cp -p; with
# -XX:AOTMode=auto, its default, it starts without the cache and warns if they changed). Only DEST/app,
# DEST/helpcenter.aot and DEST/run are replaced; anything else in DEST stays. Extra arguments go to the training run (a database URL, say); feedback from the
# training run goes to an H2 database in its own temporary folder unless they say otherwise. DEST/run starts the
# help center with the cache (the application's arguments after it, JVM options in JAVA_OPTS).
# Usage: deploy/aot-cache.sh JAR CONTENT_ROOT DEST [application arguments...]
#   JAVA: the java of a JDK 25 (default: java on the PATH if it is 25 or later, else /usr/lib/jvm/temurin-25*)
#   PORT: the training run's port on 127.0.0.1 (default 18299)
set -euo pipefail

[ $# -ge 3 ] || { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2; }
jar=$1 root=$2 dest=$3
shift 3
port=${PORT:-18299}
[ -f "$jar" ] || { echo "no jar at $jar (./mvnw package makes it)" >&2; exit 2; }
[ -d "$root" ] || { echo "no content folder at $root" >&2; exit 2; }

feature_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java=${JAVA:-}
if [ -z "$java" ]; then
  if command -v java >/dev/null 2>&1 && [ "$(feature_version java)" -ge 25 ] 2>/dev/null; then
    java=java
  else
    java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -n 1 || true)
  fi
fi
[ -n "$java" ] && [ "$(feature_version "$java")" -ge 25 ] 2>/dev/null \
  || { echo "needs a JDK 25 or later: set JAVA to its bin/java" >&2; exit 2; }

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$dest"
rm -rf "$dest/app" "$dest/helpcenter.aot" "$dest/run"
dest=$(cd "$dest" && pwd)
java=$(command -v "$java")
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest/app" >/dev/null
app_jar=$(ls "$dest"/app/*.jar | head -n 1)
aot="$dest/helpcenter.aot"

"$java" -Xmx512m -XX:AOTCacheOutput="$aot" -jar "$app_jar" --server.port="$port" --server.address=127.0.0.1 \
  --helpcenter.content.root="$root" --helpcenter.content.watch=false --helpcenter.cache.folder="$work/cache" \
  --spring.datasource.url="jdbc:h2:file:$work/feedback/db" --logging.level.root=warn "$@" > "$work/training.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$port"

# Every page prepared: /actuator/health is UP and no longer says "preparing" (polled for up to an hour).
deadline=$((SECONDS + 3600))
until health=$(curl -sf "$base/actuator/health") && ! grep -q '"preparing"' <<< "$health"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the training run stopped:" >&2; tail -n 40 "$work/training.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "the training run did not prepare every page within an hour" >&2; exit 1; }
  sleep 0.2
done

# A sample of 50 articles spread over the content, each locale's as served, in English and side by side.
find "$root" -mindepth 2 -name '*.md' ! -iname 'toc.md' ! -path '*/includes/*' -printf '%P\n' | sort \
  | awk '{ lines[NR] = $0 } END { n = NR < 50 ? NR : 50; for (i = 0; i < n; i++) print lines[int(i * NR / n) + 1] }' \
  | sed 's/\.md$//' > "$work/articles"
requests=0 answered=0
ask() {  # URL [expected status, default 200]
  requests=$((requests + 1))
  [ "$(curl -s -o /dev/null -w '%{http_code}' --compressed "$base$1")" = "${2:-200}" ] && answered=$((answered + 1)) || true
}
while read -r article; do
  locale=${article%%/*} path=${article#*/}
  for url in "/$locale/$path" "/en-us/$path" "/$locale/$path?view=bilingual"; do
    ask "$url"
  done
done < "$work/articles"
for locale in $(find "$root" -mindepth 1 -maxdepth 1 -type d -printf '%f\n') en-us; do
  for url in "/$locale/" "/$locale/search?q=password" "/$locale/search?q=%E5%AF%86%E7%A2%BC" \
      "/$locale/search/suggest?q=pass"; do
    ask "$url"
  done
  ask "/$locale/no-such-article" 404
done

kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
[ -s "$aot" ] || { echo "the JVM wrote no AOT cache:" >&2; tail -n 40 "$work/training.log" >&2; exit 1; }
cat > "$dest/run" <<RUN
#!/bin/sh
# Starts the help center with the AOT cache made beside this file; arguments are the application's, JAVA_OPTS the JVM's.
exec "$java" -XX:AOTCache="$aot" \${JAVA_OPTS:-} -jar "$app_jar" "\$@"
RUN
chmod +x "$dest/run"
echo "AOT cache $aot ($(( $(stat -c %s "$aot") / 1048576 )) MB), trained on $root (then $requests requests, $answered answered as expected)."
echo "Start with: JAVA_OPTS='-Xmx512m' $dest/run --helpcenter.content.root=... (the arguments as without it)"
