#!/usr/bin/env bash
# Render benchmark: renders every article of a content tree (default: the 250-article corpus) into its pages
# (all views, sanitized) ROUNDS times in one JVM, then flexmark alone on one thread, and prints each round's
# time. The first round is what start-up pays; the last rounds are the cost once the JIT compiler is done.
# Usage: bench/render.sh [content-root] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-../shared/corpus/content}
rounds=${2:-10}

. bench/java-main.sh
run_main app.helpcenter.render.RenderBenchmark "$root" "$rounds"
