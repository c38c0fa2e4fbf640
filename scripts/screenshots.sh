#!/usr/bin/env bash
# Refreshes the README screenshots: the browser test saves one per view, this copies them to docs/.
# Needs Debian's chromium and chromium-driver (and fonts-noto-cjk for the Chinese text).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q test -Dtest=ReaderBrowserTests#takesAScreenshotOfEachView -Dsurefire.failIfNoSpecifiedTests=false
cp target/screenshots/{translated,english,bilingual,phone,dark}.png docs/screenshots/
echo "Screenshots copied to docs/screenshots/"
