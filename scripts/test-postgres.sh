#!/usr/bin/env bash
# The app on PostgreSQL, end to end (`npm run test:postgres`; .ci/run runs it after `npm test`):
# a throwaway cluster (scripts/pg-cluster.sh); the database tests on it; a build whose pages come
# from it (DATABASE_URL set, NEXT_DIST_DIR=.next-pg, beside the embedded build in .next); then the
# browser smoke and fault tests against `next start` on that build. The cluster stops at the end.
# PG_TEST_DIR and PG_TEST_PORT choose the cluster's folder and port; PG_APP_PORT the app's.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PG_TEST_DIR="${PG_TEST_DIR:-/tmp/ucm-pg}" PG_TEST_PORT="${PG_TEST_PORT:-55432}"
# next build adds its dist folder's types to tsconfig.json: the committed file is put back.
tsconfig=$(mktemp)
cp tsconfig.json "$tsconfig"
finish() {
  cp "$tsconfig" tsconfig.json && rm -f "$tsconfig"
  bash scripts/pg-cluster.sh stop >/dev/null 2>&1 || true
}
trap finish EXIT

echo "== the database tests on PostgreSQL"
url=$(bash scripts/pg-cluster.sh start)
# One file at a time: each test empties the database.
TEST_DATABASE_URL="$url" npx vitest run --no-file-parallelism $(grep -l TEST_DATABASE_URL tests/unit/*.test.ts)

echo "== a build from PostgreSQL"
url=$(bash scripts/pg-cluster.sh start) # a fresh cluster: the app seeds it from data/collection
DATABASE_URL="$url" NEXT_DIST_DIR=.next-pg npm run build
cp "$tsconfig" tsconfig.json

echo "== the browser tests on PostgreSQL"
DATABASE_URL="$url" npx playwright test -c playwright.pg.config.ts
