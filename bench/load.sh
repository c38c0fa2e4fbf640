#!/usr/bin/env bash
# Load benchmark: how long the help center takes from launch until it answers, and how much heap it keeps,
# on an empty content tree (the same app with nothing to load), on the bundled content, on the corpus in
# ../shared/corpus/content, and on a 10,000-article tree generated from the corpus outside the repository
# (40 copies of its 250 articles, each copy in its own folder, segment ids renamed). Then Hugo (Debian's
# hugo) builds the same corpus and 10,000 files, with raw HTML allowed, for comparison.
# Prints wall time, articles per second and heap in use after a full GC for each run, and the ratios.
# Usage: bench/load.sh [heap]   (default 512m, the heap the help center is meant to run 10,000 articles in)
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
jar=$(ls target/helpcenter-*.jar | head -n 1)

# The generated tree: copy NN of every corpus article under zh-tw/copyNN/, ids prefixed so they stay unique.
mkdir -p "$work/empty"
. bench/generated-tree.sh
generate_tree "$corpus" "$work/big"
generated=$(find "$work/big" -name '*.md' ! -iname 'toc.md' | wc -l)

# Starts the app on a content root; prints "seconds heap-MB rss-MB" once it answers and after a full GC
# (resident memory includes the memory-mapped responses and search index that readers have touched).
# The render cache is a folder of the run's own per content ("cold" starts with it empty, "warm" restarts on it).
measure() {
  local root=$1 cache=$2 start ready used
  start=$(date +%s.%N)
  java -Xmx"$heap" -jar "$jar" --server.port=$port --helpcenter.content.root="$root" \
    --helpcenter.cache.folder="$work/cache-$cache" --spring.datasource.url="jdbc:h2:file:$work/feedback-$cache/db" \
    --logging.level.root=warn --logging.level.app.helpcenter.site.LiveSite=info > "$work/app.log" 2>&1 &
  app_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" != 000 ]; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed on $root:" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  jcmd "$app_pid" GC.run >/dev/null
  used=$(jcmd "$app_pid" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub("K,?", "", $(i + 1)); print $(i + 1) } }')
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  grep -o 'Content loaded in.*' "$work/app.log" | sed "s/^/  $cache: /" >&2
  awk -v s="$start" -v r="$ready" -v u="$used" -v m="$rss" 'BEGIN { printf "%.2f %.0f %.0f\n", r - s, u / 1024, m / 1024 }'
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

read -r empty_s empty_mb empty_rss < <(measure "$work/empty" empty)
read -r bundled_s bundled_mb bundled_rss < <(measure content bundled)
read -r corpus_s corpus_mb corpus_rss < <(measure "$corpus" corpus)
read -r corpus_warm_s corpus_warm_mb corpus_warm_rss < <(measure "$corpus" corpus)
read -r big_s big_mb big_rss < <(measure "$work/big" big)
read -r big_warm_s big_warm_mb big_warm_rss < <(measure "$work/big" big)
read -r hugo_corpus_s hugo_corpus_pages < <(hugo_build "$corpus/zh-tw" corpus)
read -r hugo_big_s hugo_big_pages < <(hugo_build "$work/big/zh-tw" big)

printf 'heap limit %s, %d cores\n' "$heap" "$(nproc)"
printf '%-22s %10s %12s %14s %14s\n' "content" "ready (s)" "articles/s" "heap after GC" "resident"
printf '%-22s %10s %12s %11s MB %11s MB\n' "empty" "$empty_s" "-" "$empty_mb" "$empty_rss"
printf '%-22s %10s %12s %11s MB %11s MB\n' "bundled (1 article)" "$bundled_s" "-" "$bundled_mb" "$bundled_rss"
printf '%-22s %10s %12.0f %11s MB %11s MB\n' "corpus (250)" "$corpus_s" "$(awk -v s="$corpus_s" 'BEGIN { print 250 / s }')" "$corpus_mb" "$corpus_rss"
printf '%-22s %10s %12.0f %11s MB %11s MB\n' "corpus, warm cache" "$corpus_warm_s" "$(awk -v s="$corpus_warm_s" 'BEGIN { print 250 / s }')" "$corpus_warm_mb" "$corpus_warm_rss"
printf '%-22s %10s %12.0f %11s MB %11s MB\n' "generated ($generated)" "$big_s" "$(awk -v n="$generated" -v s="$big_s" 'BEGIN { print n / s }')" "$big_mb" "$big_rss"
printf '%-22s %10s %12.0f %11s MB %11s MB\n' "generated, warm cache" "$big_warm_s" "$(awk -v n="$generated" -v s="$big_warm_s" 'BEGIN { print n / s }')" "$big_warm_mb" "$big_warm_rss"
printf 'hugo: corpus %s s (%s pages), generated %s s (%s pages)\n' "$hugo_corpus_s" "$hugo_corpus_pages" \
  "$hugo_big_s" "$hugo_big_pages"
awk -v c="$corpus_s" -v cw="$corpus_warm_s" -v e="$empty_s" -v b="$big_s" -v bw="$big_warm_s" -v h="$hugo_big_s" \
  'BEGIN { printf "corpus ready %.2f s after the empty app (warm cache %.2f s); generated tree: app/hugo %.2f, ready %.2f s after the empty app with a warm cache\n", c - e, cw - e, b / h, bw - e }'
