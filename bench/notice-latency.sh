#!/usr/bin/env bash
# Issue 12's benchmark: from a release-date change (saved through the API by the client's coordinator) to every
# group member's notice stored and visible in their inbox, while other coordinators work. bench/NoticeLatency.java
# does the measuring; this script prepares the database (the concurrent benchmark's generated cohort, from the same
# kind of template) and the application. See bench/README.md. Usage: bench/notice-latency.sh
# Settings (environment):
#   BENCH_DB=tc_delivery_bench      database to run on; it is dropped and re-created from a template
#   BENCH_PORT=18331                application port
#   BENCH_CLIENTS=250000            generated clients (the concurrent benchmark's national scale)
#   BENCH_USERS=32                  coordinators working meanwhile (caseload, client page, client API, round and round)
#   BENCH_CHANGES=200               release-date changes measured
#   BENCH_CHANGERS=4                changes under way at once (each on its own clients)
#   BENCH_HEAP=512m                 the application's -Xmx
#   BENCH_REGENERATE=0, BENCH_SKIP_BUILD=0   as in bench/concurrent.sh
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-tc_delivery_bench}
port=${BENCH_PORT:-18331}
clients=${BENCH_CLIENTS:-250000}
users=${BENCH_USERS:-32}
changes=${BENCH_CHANGES:-200}
changers=${BENCH_CHANGERS:-4}
heap=${BENCH_HEAP:-512m}
pg="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"
results=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-notices
mkdir -p "$results"
apps=()
trap 'for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
trap 'exit 130' INT TERM

source bench/common.sh

echo "== Fresh database $db from the template"
$pg -d postgres -c "drop database if exists $db" -c "create database $db template $template"
echo "== Starting the application (-Xmx$heap, port $port)"
start_app "$port" "$db" "$results/app.log"
$pg -d "$db" -c "analyze"

driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
echo "== Measuring: $changes changes, $changers at once, $users coordinators working"
"${bin}java" -cp "$driver" bench/NoticeLatency.java "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:5432/$db" "$users" "$changes" "$changers" "$results" | tee "$results/summary.txt"
cat "$results/generation.txt" >> "$results/summary.txt"
