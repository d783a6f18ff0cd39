#!/usr/bin/env bash
# Times the follow-up figures (issue 15) on the database bench/followup-data.sh loaded: the national figures as JSON
# (GET /api/v1/followup/figures, the national analyst), the manager's office page (GET /followup, default cohort: their
# office, referred in the last year) and, in the same run, the national figures' statements run by psql alone
# (bench/followup-figures-raw.sql), then prints p50/p95 of each and the ratio application : raw SQL.
# The application runs with the prod profile (no demo loader) on that database; the demo's accounts are already in it.
# Times are curl's time to the last byte on loopback (the server's time plus a negligible transfer) and psql's
# \timing per statement (the database's time plus fetching every row to psql), each after warm-up.
# Usage: bench/followup-figures.sh
# Settings (environment):
#   BENCH_DB=throughcare_followup   the database bench/followup-data.sh left
#   BENCH_PORT=8184                 application port
#   BENCH_RUNS=30                   timed requests per measurement (after BENCH_WARMUP untimed ones)
#   BENCH_WARMUP=5
#   BENCH_HEAP=1g                   the application's -Xmx
#   BENCH_SKIP_BUILD=0              1: use the jar already in target/
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), psql, curl, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-throughcare_followup}
port=${BENCH_PORT:-8184}
runs=${BENCH_RUNS:-30}
warmup=${BENCH_WARMUP:-5}
heap=${BENCH_HEAP:-1g}
pg="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d $db"
results=bench/results/followup-figures-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"
base="http://localhost:$port"

for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== Building the jar"
  ./mvnw -B -q -ntp -DskipTests package
fi
jar=$(ls target/throughcare-*.jar | awk '!/original/ { print; exit }')

# p50/p95 (nearest rank) of the numbers in a file, in milliseconds with one decimal.
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    i50 = int((NR * 50 + 99) / 100); i95 = int((NR * 95 + 99) / 100)
    printf "p50 %.1f ms  p95 %.1f ms  (n=%d)", v[i50], v[i95], NR }'
}
p50() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR * 50 + 99) / 100)] }'; }

echo "== Starting the application (prod profile) on $db, port $port"
SPRING_PROFILES_ACTIVE=prod \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  "${bin}java" -Xmx"$heap" -jar "$jar" --server.port="$port" --server.servlet.session.cookie.secure=false \
  > "$results/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf -m 2 "$base/actuator/health" > /dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { tail -50 "$results/app.log"; echo "the application stopped" >&2; exit 1; }
  sleep 1
done
# The follow-up facts for today are worked out for every client in the background soon after start (ClientFacts):
# the timings below are of the figures read from them, as on any day after the first minute.
echo "== Waiting for today's follow-up facts"
today=$(TZ=Europe/Stockholm date +%F)
until [ "$($pg -Atc "select count(*) from followup_fact_day where facts_on = '$today' and complete" 2>/dev/null)" = 1 ]; do
  kill -0 "$app" 2>/dev/null || { tail -50 "$results/app.log"; echo "the application stopped" >&2; exit 1; }
  sleep 2
done
facts=$(grep -o "Follow-up facts for .*" "$results/app.log" | head -1 || true)
facts=${facts:-"Follow-up facts for $today: already worked out before this start"}

# The manager signs in through the login form (a browser's session); the analyst calls the API with basic auth.
cookies="$results/manager.cookies"
token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=manager" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$token" "$base/login"

# time_request NAME URL CURL-ARGS...: warm-up, then $runs timed requests; every answer must be 200.
time_request() {
  local name=$1 url=$2
  shift 2
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null "$@" "$url"; done
  : > "$results/$name.ms"
  for _ in $(seq 1 "$runs"); do
    curl -s -o "$results/$name.body" -w "%{http_code} %{time_total}\n" "$@" "$url" > "$results/$name.last"
    read -r code seconds < "$results/$name.last"
    [ "$code" = 200 ] || { echo "$name answered $code" >&2; exit 1; }
    awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }' >> "$results/$name.ms"
  done
}

echo "== National figures (JSON, analyst): $warmup warm-up, $runs timed"
time_request national "$base/api/v1/followup/figures" -u analyst:demo
echo "== Manager's office page (/followup, manager): $warmup warm-up, $runs timed"
time_request office "$base/followup" -b "$cookies"
grep -q 'figure' "$results/office.body" || { echo "the office page shows no figures" >&2; exit 1; }

# The same cohort as the application's default national one: referred in the last year, to today (Stockholm).
to=$(TZ=Europe/Stockholm date +%F)
from=$(TZ=Europe/Stockholm date -d "$to -1 year +1 day" +%F)
echo "== The national figures' reads by psql alone ($from to $to): $warmup warm-up, $runs timed"
{
  echo '\timing on'
  for _ in $(seq 1 $((warmup + runs))); do
    echo '\echo run'
    cat bench/followup-figures-raw.sql
  done
} > "$results/raw-runs.sql"
$pg -v from="$from" -v to="$to" -f "$results/raw-runs.sql" > "$results/raw.out"
awk -v skip="$warmup" '/^run$/ { if (n++ > skip) print sum; sum = 0; next }
  /^Time: / { sum += $2 } END { if (n > skip) print sum }' "$results/raw.out" \
  | awk '{ printf "%.1f\n", $1 }' > "$results/raw.ms"

kill "$app"; wait "$app" 2>/dev/null || true
trap - EXIT

{
  echo "database $db: $($pg -Atc "select count(*) from client") clients, $($pg -Atc \
    "select count(*) from followup_client where referred_on between '$from' and '$to'") referred $from..$to"
  echo "  rows: group members $($pg -Atc "select count(*) from group_member"), consents $($pg -Atc \
    "select count(*) from consent"), assessments $($pg -Atc "select count(*) from assessment"), measures $($pg -Atc \
    "select count(*) from plan_measure"), meetings $($pg -Atc "select count(*) from meeting")"
  echo "$facts"
  echo "national figures (JSON):    $(percentiles "$results/national.ms")"
  echo "the same reads, psql alone: $(percentiles "$results/raw.ms")"
  echo "ratio application : raw SQL (p50): $(awk -v a="$(p50 "$results/national.ms")" -v r="$(p50 "$results/raw.ms")" \
    'BEGIN { printf "%.2f", a / r }')"
  echo "manager's office page:      $(percentiles "$results/office.ms")"
  echo "office page size $(wc -c < "$results/office.body") bytes; national JSON $(wc -c < "$results/national.body") bytes"
} | tee "$results/summary.txt"
echo "== Results in $results"
