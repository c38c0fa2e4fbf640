#!/usr/bin/env bash
# Index-before-rendering benchmark: indexes every article of a content tree (default: the 250-article corpus) from
# its Markdown, as a first start does before any article is rendered (SearchIndex.indexUnrendered), ROUNDS times in
# one JVM with a 512 MB heap, and prints each round's time; the first round is what a start pays.
# Usage: bench/unrendered-index.sh [content-root] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-../shared/corpus/content}
rounds=${2:-3}

. bench/java-main.sh
run_main app.helpcenter.search.UnrenderedIndexBenchmark "$root" "$rounds"
