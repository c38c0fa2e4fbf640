#!/usr/bin/env bash
# Load benchmark: how long the help center takes from launch until it answers, and how much heap it keeps,
# on an empty content tree (the same app with nothing to load), on the bundled content, on the corpus in
# ../shared/corpus/content, and on a 10,000-article tree generated from the corpus outside the repository
# (40 copies of its 250 articles, each copy in its own folder, segment ids renamed). Then Hugo (Debian's
# hugo) builds the same corpus and 10,000 files, with raw HTML allowed, for comparison.
# Prints, for each start, when it first answers, when the seed article and a search for 密碼 answer, when
# readiness is UP (every article and search answer) and when every page is prepared (seconds after launch), heap
# in use after a full GC, and the ratios.
# Usage: bench/load.sh [heap]   (default 512m, the heap the help center is meant to run 10,000 articles in; how the
# app is started: JAVA, APP_JAR, APP_OPTS and AOT=1 for a JDK AOT cache, see bench/launch.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

heap=${1:-512m}
corpus=../shared/corpus/content
port=18180
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

# The generated tree: copy NN of every corpus article under zh-tw/copyNN/, ids prefixed so they stay unique.
mkdir -p "$work/empty"
. bench/generated-tree.sh
generate_tree "$corpus" "$work/big"
generated=$(find "$work/big" -name '*.md' ! -iname 'toc.md' | wc -l)

# Starts the app on a content root and prints, in seconds after launch, when it first answers at all, when the
# seed article answered 200 (path given, "-" for none), when a search for 密碼 answered 200, when readiness turned
# UP (every article URL and search answer: once the content is read and, on a first start, indexed from its
# Markdown; after a change while the app was down, every page prepared) and when every page was prepared
# (/actuator/health no longer says "preparing"); then heap in use after a full GC and resident memory, in MB
# (resident memory includes the memory-mapped responses and search index that readers have touched).
# The render cache is a folder of the run's own per content ("cold" starts with it empty, "warm" restarts on it).
measure() {
  local root=$1 cache=$2 seed=$3 start answers seed_at=- search_at=- ready prepared used
  start=$(date +%s.%N)
  start_app "$heap" --server.port=$port --helpcenter.content.root="$root" \
    --helpcenter.cache.folder="$work/cache-$cache" --spring.datasource.url="jdbc:h2:file:$work/feedback-$cache/db" \
    --logging.level.root=warn --logging.level.app.helpcenter.site.LiveSite=info > "$work/app.log" 2>&1 &
  app_pid=$!
  # Readiness, then every page prepared, are polled on their own, so that their times do not wait for the seed's
  # and search's requests.
  rm -f "$work/ready" "$work/prepared"
  ( until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; do
      kill -0 "$app_pid" 2>/dev/null || exit 0
      sleep 0.05
    done
    date +%s.%N > "$work/ready"
    until health=$(curl -sf "http://127.0.0.1:$port/actuator/health") && ! grep -q '"preparing"' <<< "$health"; do
      kill -0 "$app_pid" 2>/dev/null || exit 0
      sleep 0.05
    done
    date +%s.%N > "$work/prepared" ) &
  local poller=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" != 000 ]; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed on $root:" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  answers=$(date +%s.%N)
  if [ "$seed" != - ]; then
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$seed")" = 200 ] && seed_at=$(date +%s.%N)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/zh-tw/search?q=%E5%AF%86%E7%A2%BC")" = 200 ]; do
      sleep 0.05
    done
    search_at=$(date +%s.%N)
  fi
  wait "$poller"
  ready=$(cat "$work/ready")
  prepared=$(cat "$work/prepared")
  jcmd="$(dirname "$(readlink "/proc/$app_pid/exe")")/jcmd"  # the running JVM's own
  # The live objects' total of a class histogram, which makes a full GC and counts them in the same pause: "used" after a
  # GC.run also counted what the app allocated in between (the content check running after a first start), up to 100 MB.
  used=$("$jcmd" "$app_pid" GC.class_histogram | awk '/^Total/ { print int($3 / 1024) }')
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  grep -o 'Content \(read\|loaded\|reloaded\) in.*\|Search answers before.*' "$work/app.log" | cut -c1-300 | sed "s/^/  $cache: /" >&2
  awk -v s="$start" -v a="$answers" -v d="$seed_at" -v q="$search_at" -v r="$ready" -v p="$prepared" -v u="$used" \
    -v m="$rss" 'function t(x) { return (x == "-") ? "-" : sprintf("%.2f", x - s) }
     BEGIN { printf "%.2f %s %s %.2f %.2f %.0f %.0f\n", a - s, t(d), t(q), r - s, p - s, u / 1024, m / 1024 }'
}

hugo_build() {
  local source=$1 site="$work/hugo-$2"
  mkdir -p "$site/content" "$site/layouts/_default"
  # Minimal layouts: the page's title and rendered Markdown, and a list of pages for sections.
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>' \
    > "$site/layouts/_default/single.html"
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' \
    > "$site/layouts/_default/list.html"
  cat > "$site/hugo.toml" <<EOF
baseURL = "http://localhost/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[markup.goldmark.renderer]
unsafe = true
EOF
  cp -r "$source"/. "$site/content/"
  find "$site/content" -iname 'toc.md' -delete
  local start end
  start=$(date +%s.%N)
  hugo --quiet -s "$site" -d "$site/public" >/dev/null 2>"$site/errors.txt" || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$(find "$site/public" -name '*.html' | wc -l)" \
    'BEGIN { printf "%.2f %d\n", e - s, n }'
}

seed=/zh-tw/partner-center/unable-to-sign-in
read -r empty_s _ _ empty_ready empty_prepared empty_mb empty_rss < <(measure "$work/empty" empty -)
read -r bundled_s bundled_seed bundled_search bundled_ready bundled_prepared bundled_mb bundled_rss \
  < <(measure content bundled "$seed")
read -r corpus_s corpus_seed corpus_search corpus_ready corpus_prepared corpus_mb corpus_rss \
  < <(measure "$corpus" corpus "$seed")
read -r corpus_warm_s corpus_warm_seed corpus_warm_search corpus_warm_ready corpus_warm_prepared corpus_warm_mb \
  corpus_warm_rss < <(measure "$corpus" corpus "$seed")
read -r big_s big_seed big_search big_ready big_prepared big_mb big_rss \
  < <(measure "$work/big" big "/zh-tw/copy01${seed#/zh-tw}")
read -r big_warm_s big_warm_seed big_warm_search big_warm_ready big_warm_prepared big_warm_mb big_warm_rss \
  < <(measure "$work/big" big "/zh-tw/copy01${seed#/zh-tw}")
read -r hugo_corpus_s hugo_corpus_pages < <(hugo_build "$corpus/zh-tw" corpus)
read -r hugo_big_s hugo_big_pages < <(hugo_build "$work/big/zh-tw" big)

printf 'heap limit %s, %d cores; seconds after launch (answers: first HTTP answer; seed: the seed article 200;\n' \
  "$heap" "$(nproc)"
printf 'search: 密碼 answered 200; ready: readiness UP, every article and search answer; prepared: every page\n'
printf 'prepared; articles/s: articles over the time to every page prepared)\n'
printf '%-22s %8s %8s %8s %8s %9s %11s %14s %11s\n' "content" "answers" "seed" "search" "ready" "prepared" "articles/s" \
  "heap after GC" "resident"
row() {
  printf '%-22s %8s %8s %8s %8s %9s %11s %11s MB %8s MB\n' "$1" "$2" "$3" "$4" "$5" "$6" \
    "$( [ "$7" = - ] && echo - || awk -v n="$7" -v s="$6" 'BEGIN { printf "%.0f", n / s }')" "$8" "$9"
}
row "empty" "$empty_s" - - "$empty_ready" "$empty_prepared" - "$empty_mb" "$empty_rss"
row "bundled (1 article)" "$bundled_s" "$bundled_seed" "$bundled_search" "$bundled_ready" "$bundled_prepared" - \
  "$bundled_mb" "$bundled_rss"
row "corpus (250)" "$corpus_s" "$corpus_seed" "$corpus_search" "$corpus_ready" "$corpus_prepared" 250 "$corpus_mb" \
  "$corpus_rss"
row "corpus, warm cache" "$corpus_warm_s" "$corpus_warm_seed" "$corpus_warm_search" "$corpus_warm_ready" \
  "$corpus_warm_prepared" 250 "$corpus_warm_mb" "$corpus_warm_rss"
row "generated ($generated)" "$big_s" "$big_seed" "$big_search" "$big_ready" "$big_prepared" "$generated" "$big_mb" \
  "$big_rss"
row "generated, warm cache" "$big_warm_s" "$big_warm_seed" "$big_warm_search" "$big_warm_ready" "$big_warm_prepared" \
  "$generated" "$big_warm_mb" "$big_warm_rss"
printf 'hugo: corpus %s s (%s pages), generated %s s (%s pages)\n' "$hugo_corpus_s" "$hugo_corpus_pages" \
  "$hugo_big_s" "$hugo_big_pages"
awk -v e="$empty_s" -v ea="$empty_ready" -v cs="$corpus_seed" -v cq="$corpus_search" -v cp="$corpus_prepared" \
  -v hc="$hugo_corpus_s" -v bwa="$big_warm_s" -v bwr="$big_warm_ready" -v br="$big_ready" -v bp="$big_prepared" \
  -v hb="$hugo_big_s" \
  'BEGIN {
     printf "after the empty app answered (%.2f s):\n", e
     printf "  corpus, empty cache: seed %.2f s, search %.2f s, every page prepared %.2f s = %.2f x hugo (%.2f s)\n", cs - e, cq - e, cp - ea, (cp - ea) / hc, hc
     printf "  generated, warm cache: answers %.2f s, ready %.2f s\n", bwa - e, bwr - ea
     printf "  generated, empty cache: ready %.2f s after the empty app was ready = %.2f x hugo (%.2f s); every page prepared %.2f s = %.2f x hugo\n", br - ea, (br - ea) / hb, hb, bp - ea, (bp - ea) / hb
   }'
