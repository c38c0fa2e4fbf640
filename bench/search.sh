#!/usr/bin/env bash
# Search benchmark: builds the search index of a content tree (default: the 250-article corpus) and runs
# a few thousand queries taken from the articles' headings, in both locales, one at a time on one thread.
# Prints the index build time and p50/p90/p99 query latency (highlighting included).
# With "unrendered" as the third argument, the index searched is the one a first start answers from before any
# page is rendered, made from the articles' Markdown.
# Usage: bench/search.sh [content-root] [query-count] [unrendered]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-../shared/corpus/content}
count=${2:-5000}

. bench/java-main.sh
run_main app.helpcenter.search.SearchBenchmark "$root" "$count" ${3:-}
