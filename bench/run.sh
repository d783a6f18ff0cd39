#!/usr/bin/env bash
# Benchmark: caseload and target-pool pages with a national-scale cohort on PostgreSQL.
# Usage: bench/run.sh [clients] [requests] [audit rows]
#        (defaults: 100000 clients, 300 requests per page, 3000000 audit rows)
# Needs: a PostgreSQL on 127.0.0.1:5432 where user postgres may create databases, curl, python3.
# BENCH_DB (default throughcare_bench) names the database, which is dropped and re-created; BENCH_PORT
# (default 8181) the application's port.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-100000}
requests=${2:-300}
audit_rows=${3:-3000000}
port=${BENCH_PORT:-8181}
db=${BENCH_DB:-throughcare_bench}
work=$(mktemp -d)
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

echo "== Building the jar"
./mvnw -B -q -ntp -DskipTests package
jar=$(ls target/throughcare-*.jar | grep -v original | head -1)

echo "== Fresh database $db"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db" -c "create database $db"

echo "== Starting with the demo and $clients generated clients"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  "$java" -Xmx1g -jar "$jar" --server.port=$port --throughcare.generate.clients="$clients" \
  > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
  curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
grep -o "Synthetic load: .*" "$work/app.log" || true
psql -q -h 127.0.0.1 -U postgres -d "$db" -c "analyze"
echo "clients in database: $(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from client')"

login() { # $1 user -> cookie jar in $work/$1
  local jar="$work/$1" token
  token=$(curl -s -c "$jar" -b "$jar" "localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "localhost:$port/login"
}

measure() { # $1 label, $2 user, $3 path
  local jar="$work/$2" times="$work/times"
  for _ in $(seq 1 300); do curl -s -o /dev/null -b "$jar" "localhost:$port$3"; done
  : > "$times"
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -b "$jar" -w "%{http_code} %{time_total}\n" "localhost:$port$3" >> "$times"
  done
  python3 - "$1" "$times" <<'PY'
import sys
label, path = sys.argv[1], sys.argv[2]
rows = [l.split() for l in open(path)]
bad = [r for r in rows if r[0] != "200"]
ms = sorted(float(r[1]) * 1000 for r in rows)
pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * len(ms) + 0.5)) - 1)]
print(f"{label:45s} n={len(ms)} p50={pct(50):6.1f} ms  p95={pct(95):6.1f} ms  max={ms[-1]:6.1f} ms  non-200={len(bad)}")
PY
}

login coordinator
login manager
login analyst
echo "== Timings (time to last byte from curl on loopback; $requests requests after 300 warm-up)"
measure "caseload, coordinator (~40 clients)" coordinator "/clients?scope=mine"
measure "caseload API, coordinator" coordinator "/api/v1/clients?mine=true"
measure "caseload, manager's office, page 1" manager "/clients?scope=office"
measure "target pool, manager (one office)" manager "/target-pool"
measure "target pool, national analyst (counts)" analyst "/target-pool"

echo "== The access gate with $audit_rows more audit rows"
psql -q -h 127.0.0.1 -U postgres -d "$db" -v rows="$audit_rows" -f bench/audit-rows.sql
echo "audit rows: $(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from audit_entry')"
client=$(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "select c.id from client c join app_user u on u.id = c.coordinator_id where u.username = 'coordinator' and c.release_date is not null limit 1")
measure "client page, coordinator (2 gate checks)" coordinator "/clients/$client"
measure "client API, coordinator (2 gate checks)" coordinator "/api/v1/clients/$client"
planned=$(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "select client_id from plan_measure group by client_id order by count(*) desc limit 1")
measure "plan page, coordinator (5 gate checks)" coordinator "/clients/$planned/plan"
measure "plan API, coordinator (5 gate checks)" coordinator "/api/v1/clients/$planned/plan"
measure "assessment page, coordinator (4 gate checks)" coordinator "/clients/$planned/assessment"
echo "gate decision incl. audit write, server side (seconds, all checks since start):"
curl -s -u admin:demo "localhost:$port/actuator/prometheus" | grep -E '^throughcare_gate_check_seconds(\{|_count|_max)' | grep -E 'quantile="0.(5|95|99)"|_count|_max'
echo "audit chain head lock wait is inside those figures."
