#!/usr/bin/env bash
# Loads the follow-up benchmark's data into a PostgreSQL database: the demo plus BENCH_CLIENTS generated clients
# (250,000 by default) with a year of the programme's history — every one enrolled within the past year, referred,
# screened and consented before, some released, completed, back in custody or gone (withdrew, moved, died), each
# with a group of agencies at the seeds' mix and, for most, a documented consent — written by the application's own
# generator (client.CohortGenerator + group.RosterGenerator, JDBC batches) at its first start; then meetings,
# assessments and plan measures (bench/followup-history.sql), referrals and outcome forms (bench/followup-referrals.sql)
# in bulk SQL, and spreads the clients over 34 offices (bench/followup-offices.sql). Prints how long each took and what it wrote. The database is left for the follow-up benchmark to run on.
# Usage: bench/followup-data.sh
# Settings (environment):
#   BENCH_DB=throughcare_followup   database to create; dropped first if it exists
#   BENCH_PORT=8183                 application port while generating
#   BENCH_CLIENTS=250000            generated clients (forty per generated coordinator)
#   BENCH_DAYS=365                  the window they were enrolled in, in days before today
#   BENCH_HEAP=1g                   the application's -Xmx
#   BENCH_SKIP_BUILD=0              1: use the jar already in target/
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres may create databases), curl, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-throughcare_followup}
port=${BENCH_PORT:-8183}
clients=${BENCH_CLIENTS:-250000}
days=${BENCH_DAYS:-365}
heap=${BENCH_HEAP:-1g}
pg="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"
results=bench/results/followup-data-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"

for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== Building the jar"
  ./mvnw -B -q -ntp -DskipTests package
fi
jar=$(ls target/throughcare-*.jar | awk '!/original/ { print; exit }')

echo "== Creating $db"
$pg -d postgres -c "drop database if exists $db" -c "create database $db"

echo "== Generating $clients clients enrolled within $days days (the application's first start)"
begun=$(date +%s)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  "${bin}java" -Xmx"$heap" -jar "$jar" --server.port="$port" --throughcare.generate.clients="$clients" \
  --throughcare.generate.enrolled-within-days="$days" > "$results/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until grep -q "Synthetic load: " "$results/app.log"; do
  kill -0 "$app" 2>/dev/null || { tail -50 "$results/app.log"; echo "the application stopped" >&2; exit 1; }
  sleep 2
done
generated=$(( $(date +%s) - begun ))
kill "$app"; wait "$app" 2>/dev/null || true
trap - EXIT

echo "== Adding meetings, assessments and plan measures (bench/followup-history.sql)"
begun=$(date +%s)
$pg -d "$db" -f bench/followup-history.sql
echo "== Adding referrals and outcome forms (bench/followup-referrals.sql)"
$pg -d "$db" -f bench/followup-referrals.sql > "$results/referrals.txt"
echo "== Spreading the generated coordinators and their clients over 34 probation offices (bench/followup-offices.sql)"
$pg -d "$db" -f bench/followup-offices.sql > "$results/offices.txt"
history=$(( $(date +%s) - begun ))
$pg -d "$db" -c "vacuum analyze"
{
  grep -o "Synthetic load: .*" "$results/app.log"
  echo "start to loaded: ${generated} s; meetings, assessments and measures added in ${history} s"
  $pg -d "$db" -Atc "
    select 'clients ' || count(*) from client;
    select 'stage transitions ' || count(*) from stage_transition;
    select 'by stage ' || string_agg(stage || '=' || n, ' ' order by stage)
      from (select stage, count(*) n from client group by stage) s;
    select 'group members ' || count(*) from group_member;
    select 'consents ' || count(*) from consent;
    select 'meetings ' || count(*) || ' (held ' || count(*) filter (where status = 'HELD') || ')' from meeting;
    select 'assessments ' || count(*) || ', rated areas ' || (select count(*) from assessment_area) from assessment;
    select 'plan measures ' || count(*) from plan_measure;
    select 'enrolled in the last $days days ' || count(*) from stage_transition
      where to_stage = 'ENROLLED' and effective_on >= current_date - $days;"
} | tee "$results/summary.txt"
echo "== $db is ready for the follow-up benchmark; summary in $results/summary.txt"
