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
# With BENCH_CHANNELS=1 (what bench/channel-latency.sh sets) it also times each immediate e-mail and each webhook of
# the changes to real receivers (bench/ChannelLatency.java), the application sending to them:
#   BENCH_SMTP_PORT=18362, BENCH_HOOK_PORT=18361   where the SMTP server (GreenMail) and the webhook receiver listen
#   BENCH_WINDOW=0s                 the coalescing window (0s: the sends are not held; the 10 s target is "after the
#                                   window"); quiet hours are off in this mode
#   BENCH_MAIL_POLL=2s, BENCH_HOOK_POLL=5s    the senders' poll intervals (the defaults)
#   BENCH_GRACE=120                 seconds to wait after the last change for e-mails and webhooks still under way
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
channels=${BENCH_CHANNELS:-0}
results=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$([ "$channels" = 1 ] && echo channels || echo notices)
mkdir -p "$results"
apps=()
trap 'for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
trap 'exit 130' INT TERM

source bench/common.sh

echo "== Fresh database $db from the template"
$pg -d postgres -c "drop database if exists $db" -c "create database $db template $template"
newest() { ls ~/.m2/repository/"$1"/*/*.jar | grep -v -- '-sources' | sort -V | tail -1; }
classpath=$(newest org/postgresql/postgresql)
program=(bench/NoticeLatency.java)
app_args=()
receivers=()
if [ "$channels" = 1 ]; then
  smtp_port=${BENCH_SMTP_PORT:-18362}
  hook_port=${BENCH_HOOK_PORT:-18361}
  # The receivers start with the measuring program, after the application: mail's health check would find no server.
  app_args=(--spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" --management.health.mail.enabled=false
    --spring.mail.properties.mail.smtp.connectiontimeout=5000 --spring.mail.properties.mail.smtp.timeout=5000
    --throughcare.notification.coalescing-window="${BENCH_WINDOW:-0s}" --throughcare.notification.quiet-hours=
    --throughcare.notification.mail.poll-interval="${BENCH_MAIL_POLL:-2s}"
    --throughcare.webhooks.poll-interval="${BENCH_HOOK_POLL:-5s}" --throughcare.webhooks.allow-private-addresses=true)
  for artifact in com/icegreen/greenmail jakarta/mail/jakarta.mail-api org/eclipse/angus/angus-mail \
      jakarta/activation/jakarta.activation-api org/eclipse/angus/angus-activation org/slf4j/slf4j-api; do
    classpath="$classpath:$(newest "$artifact")"
  done
  program=(bench/ChannelLatency.java)
  receivers=("$smtp_port" "$hook_port" "${BENCH_GRACE:-120}")
fi
echo "== Starting the application (-Xmx$heap, port $port) ${app_args[*]}"
start_app "$port" "$db" "$results/app.log" "${app_args[@]}"
$pg -d "$db" -c "analyze"

echo "== Measuring: $changes changes, $changers at once, $users coordinators working"
"${bin}java" -cp "$classpath" "${program[@]}" "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:5432/$db" "$users" "$changes" "$changers" "$results" \
  "${receivers[@]}" | tee "$results/summary.txt"
cat "$results/generation.txt" >> "$results/summary.txt"
