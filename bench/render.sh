#!/usr/bin/env bash
# Render benchmark: renders every article of a content tree (default: the 250-article corpus) into its pages
# (all views, sanitized) ROUNDS times in one JVM, then flexmark alone on one thread, and prints each round's
# time. The first round is what start-up pays; the last rounds are the cost once the JIT compiler is done.
# Usage: bench/render.sh [content-root] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-../shared/corpus/content}
rounds=${2:-10}

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  app.helpcenter.render.RenderBenchmark "$root" "$rounds"
