#!/usr/bin/env bash
# Concurrent benchmark at national scale on PostgreSQL: many signed-in users at once (distinct coordinators,
# the demo manager, the demo partners) at 1, 8, 32 and 128 concurrent users, with wrk and bench/concurrent.lua.
# See bench/README.md for what each figure means. Usage: bench/concurrent.sh
# Settings (environment):
#   BENCH_DB=throughcare_bench      database to run on; it is dropped and re-created from a template
#   BENCH_PORT=8181                 application port (BENCH_NODES=2 also uses BENCH_PORT2, default BENCH_PORT+1)
#   BENCH_CLIENTS=250000            generated clients (forty per generated coordinator: 6,250 coordinators)
#   BENCH_LEVELS="1 8 32 128"       concurrent users per level
#   BENCH_SECONDS=20                length of the mixed run per level; BENCH_ALONE_SECONDS=15 for the client API
#                                   and the caseload alone, BENCH_STATIC_SECONDS=10 for the static asset alone
#   BENCH_WARMUP_SECONDS=30         mixed warm-up at 4 users before the first level, then 10 s of each page alone
#   BENCH_TIMEOUT=5                 seconds: a request not answered within this is a timeout
#   BENCH_HEAP=512m                 the application's -Xmx
#   BENCH_PROFILE_USERS=32          JFR profile of the client API at this many users (0: no profile)
#   BENCH_NODES=1                   2: two application nodes on the same database, users split across both
#   BENCH_FAULT_KILL=0              1: at the end, kill -9 the application under load, restart it and compare
#                                   the acknowledged custody saves with the database
#   BENCH_FAULT_PG=0                1: stop PostgreSQL for 20 s under load (pg_ctlcluster). Off by default: it
#                                   stops the cluster for everyone who uses it
#   BENCH_REGENERATE=0              1: generate the template database again
#   BENCH_SKIP_BUILD=0              1: use the jar already in target/
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres may create databases), wrk, curl, python3, a JDK (jcmd, jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-throughcare_bench}
port=${BENCH_PORT:-8181}
port2=${BENCH_PORT2:-$((port + 1))}
clients=${BENCH_CLIENTS:-250000}
levels=${BENCH_LEVELS:-1 8 32 128}
mix_seconds=${BENCH_SECONDS:-20}
alone_seconds=${BENCH_ALONE_SECONDS:-15}
static_seconds=${BENCH_STATIC_SECONDS:-10}
warmup_seconds=${BENCH_WARMUP_SECONDS:-30}
timeout=${BENCH_TIMEOUT:-5}
heap=${BENCH_HEAP:-512m}
profile_users=${BENCH_PROFILE_USERS:-32}
nodes=${BENCH_NODES:-1}
pg="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"

max_users=0
for level in $levels; do [ "$level" -gt "$max_users" ] && max_users=$level; done
[ "$profile_users" -gt "$max_users" ] && max_users=$profile_users
[ "$max_users" -lt 4 ] && max_users=4 # the warm-up's users

results=bench/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$results/raw"
work=$(mktemp -d)
apps=()
cleanup() {
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${apps[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

source bench/common.sh

# Each node opens a pool of 10 connections; on a cluster shared with test suites there may be no room.
free=$($pg -d postgres -Atc "select current_setting('max_connections')::int - count(*) from pg_stat_activity")
if [ "$free" -lt $((12 * nodes)) ]; then
  echo "PostgreSQL has $free free connections; $nodes node(s) need $((12 * nodes)). Try again later." >&2
  exit 1
fi

echo "== Fresh database $db from the template"
copy_begun=$(date +%s.%N)
$pg -d postgres -c "drop database if exists $db" -c "create database $db template $template"
echo "copied in $(awk -v a="$copy_begun" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s" \
  | tee -a "$results/generation.txt"

echo "== Starting $nodes application node(s) (-Xmx$heap, port $port$( [ "$nodes" = 2 ] && echo " and $port2"))"
start_app "$port" "$db" "$results/app.log"
app_pids=("$started")
if [ "$nodes" = 2 ]; then
  start_app "$port2" "$db" "$results/app2.log"
  app_pids+=("$started")
  export BENCH_PORT2=$port2
else
  export BENCH_PORT2=
fi
echo "${app_pids[@]}" > "$results/raw/app-pids"
$pg -d "$db" -c "analyze"

echo "== Signing in $max_users coordinators, the manager and the partners"
# login USER -> "USER SESSION CSRF-TOKEN"; by form, as a browser does, so each virtual user has a session of its own.
login() {
  local jar token
  jar=$(mktemp -p "$work")
  token=$(curl -s -c "$jar" -b "$jar" "127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' \
    | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "127.0.0.1:$port/login"
  # The session's CSRF token, which an API write on the session cookie must send back (X-CSRF-TOKEN).
  token=$(curl -s -b "$jar" "127.0.0.1:$port/consent-texts/2026-1" | grep -o 'name="csrf-token" content="[^"]*"' \
    | sed 's/.*content="//;s/"//')
  echo "$1 $(awk '$6 == "SESSION" { print $7 }' "$jar") $token"
}
export -f login
export port work
{ for i in $(seq 0 $((max_users - 1))); do echo "bench-$i"; done; echo manager; echo partner; echo employment; } \
  | xargs -P 4 -I{} bash -c 'login {}' > "$work/sessions"
missing=$(awk 'NF < 3' "$work/sessions" | wc -l)
[ "$missing" -eq 0 ] || { echo "$missing users could not sign in" >&2; exit 1; }

# The users files: one line per virtual user (role, session cookie, clients to read, clients to write, CSRF token).
# Writable clients have a current custody episode whose saved facts pass the form's rules today.
$pg -d "$db" -At -F $'\t' -c "
  select u.username,
         string_agg(c.id::text, ',' order by c.id),
         coalesce(string_agg(c.id::text, ',' order by c.id) filter (where e.id is not null
           and (e.risk_assessed_on is null or e.risk_assessed_on <= current_date)), '')
  from app_user u
  join client c on c.coordinator_id = u.id
  left join custody_episode e on e.client_id = c.id and e.current
  where u.username like 'bench-%' and substr(u.username, 7)::int < $max_users
  group by u.username" > "$work/caseloads"
# The manager visits clients of the first generated coordinators at the Umeå office (and saves some of them,
# as a manager correcting a date may meet a coordinator's save: a 409); the partners their group's clients.
$pg -d "$db" -At -c "
  select string_agg(c.id::text, ',' order by c.id)
  from (select c.id from client c join app_user u on u.id = c.coordinator_id
        join custody_episode e on e.client_id = c.id and e.current
        where u.username like 'bench-%'
          and c.probation_office_id = (select unit_id from app_user where username = 'manager')
          and (e.risk_assessed_on is null or e.risk_assessed_on <= current_date)
        order by substr(u.username, 7)::int, c.id limit 40) c" > "$work/office"
$pg -d "$db" -At -c "
  select string_agg(distinct m.client_id::text, ',')
  from group_member m join app_user u on u.id = m.user_id where u.username = 'partner'" > "$work/group"
python3 - "$work" "$max_users" <<'PY'
import sys
work, users = sys.argv[1], int(sys.argv[2])
sessions, tokens = {}, {}
for line in open(f"{work}/sessions"):
    name, session, token = line.split()
    sessions[name], tokens[name] = session, token
caseloads = {}
for line in open(f"{work}/caseloads"):
    name, reads, writes = (line.rstrip("\n").split("\t") + [""])[:3]
    caseloads[name] = (reads, writes)
office = open(f"{work}/office").read().strip()
group = open(f"{work}/group").read().strip()
def coordinator(n):
    reads, writes = caseloads[f"bench-{n}"]
    return f"coordinator\tSESSION={sessions[f'bench-{n}']}\t{reads}\t{writes}\t{tokens[f'bench-{n}']}"
# The mix: one user in eight a partner (the two alternating), one in sixteen the manager, the rest coordinators,
# each a coordinator of their own.
with open(f"{work}/users-mix.tsv", "w") as mix, open(f"{work}/users-coordinators.tsv", "w") as alone:
    partners = 0
    for vu in range(1, users + 1):
        alone.write(coordinator(vu - 1) + "\n")
        if vu % 8 == 0:
            partners += 1
            name = "partner" if partners % 2 else "employment"
            mix.write(f"partner\tSESSION={sessions[name]}\t{group}\t\t{tokens[name]}\n")
        elif vu % 16 == 2:
            mix.write(f"manager\tSESSION={sessions['manager']}\t{office}\t{office}\t{tokens['manager']}\n")
        else:
            mix.write(coordinator(vu - 1) + "\n")
PY
cp "$work/users-mix.tsv" "$work/users-coordinators.tsv" "$results/raw/"
sed -i 's/SESSION=[^\t]*/SESSION=…/; s/\t[^\t]*$/\t…/' "$results/raw/"users-*.tsv
probe_client=$(awk -F'\t' 'NR == 1 { split($3, ids, ","); print ids[1] }' "$work/users-coordinators.tsv")
probe_cookie=$(awk -F'\t' 'NR == 1 { print $2 }' "$work/users-coordinators.tsv")

# CPU of the application nodes and of the PostgreSQL backends serving this database, in clock ticks.
# Other databases on the same cluster (other people's test suites) are not counted.
cpu_snapshot() {
  local pid
  for pid in "${app_pids[@]}" $($pg -d postgres -Atc "select pid from pg_stat_activity where datname = '$db'"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)" || true
  done
}

# Before each run, wait until a client read answers within 3 s again (after a stall that can take until the
# pool's 30 s connection timeout has failed the stuck requests); the wait is recorded.
settle() {
  local begun=$(date +%s)
  for _ in $(seq 1 30); do
    code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' -b "$probe_cookie" "127.0.0.1:$port/api/v1/clients/$probe_client" || true)
    [ "$code" = 200 ] && break
    sleep 2
  done
  echo $(( $(date +%s) - begun ))
}

# run LEVEL PHASE MODE USERS-FILE SECONDS
run() {
  local level=$1 phase=$2 mode=$3 users=$4 seconds=$5 name="$1-$2"
  local waited
  waited=$(settle)
  cpu_snapshot > "$results/raw/$name.cpu-before"
  BENCH_MODE=$mode BENCH_USERS=$users BENCH_OUT="$results/raw/$name.requests" BENCH_TIMEOUT_MS=$((timeout * 1000)) \
    timeout $((seconds + 60)) wrk -t "$level" -c "$level" -d "${seconds}s" --timeout "${timeout}s" \
    -s bench/concurrent.lua "http://127.0.0.1:$port" > "$results/raw/$name.wrk" 2>&1 || true
  cpu_snapshot > "$results/raw/$name.cpu-after"
  echo "$level $phase $waited $(cut -d' ' -f1 /proc/loadavg)" > "$results/raw/$name.meta"
  python3 bench/concurrent-report.py phase "$results" "$name" "$(getconf CLK_TCK)"
}

heap_used() { # MB used on the heap of every node, now
  local pid
  for pid in "${app_pids[@]}"; do
    "${bin}jcmd" "$pid" GC.heap_info 2>/dev/null | awk '!seen && match($0, /used [0-9]+K/) { printf "%d ", substr($0, RSTART + 5, RLENGTH - 6) / 1024; seen = 1 }'
  done
}

pool_timeouts() { # connection timeouts of the pool since start (HikariCP's counter), per node
  local p
  for p in $port ${BENCH_PORT2:+$port2}; do
    curl -s -m 10 -u admin:demo "127.0.0.1:$p/actuator/prometheus" \
      | awk '/^hikaricp_connections_timeout_total/ { printf "%d ", $2 } END { if (NR == 0) printf "? " }'
  done
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%d MB", $2 / 1024 }' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$results/machine.txt"
echo "== Warm-up (the JIT compiles the request paths): the mix at 4 users for $warmup_seconds s, then each page alone"
run 4 warmup mix "$work/users-mix.tsv" "$warmup_seconds" > /dev/null
run 4 warmup-api api "$work/users-coordinators.tsv" 10 > /dev/null
run 4 warmup-caseload caseload "$work/users-coordinators.tsv" 10 > /dev/null

for level in $levels; do
  echo "== $level concurrent users"
  run "$level" static static "$work/users-coordinators.tsv" "$static_seconds"
  run "$level" mix mix "$work/users-mix.tsv" "$mix_seconds"
  run "$level" api api "$work/users-coordinators.tsv" "$alone_seconds"
  run "$level" caseload caseload "$work/users-coordinators.tsv" "$alone_seconds"
  used=$(heap_used)
  timeouts=$(pool_timeouts)
  echo "$level $used| $timeouts" >> "$results/raw/heap-pool.txt"
  echo "heap used after the level (MB, per node): $used; pool connection timeouts so far (? = no answer): $timeouts"
done

if [ "$profile_users" -gt 0 ]; then
  echo "== JFR profile: the client API alone at $profile_users users for 30 s"
  "${bin}jcmd" "${app_pids[0]}" JFR.start name=bench settings=profile duration=30s \
    filename="$PWD/$results/profile.jfr" > /dev/null
  run "$profile_users" profile api "$work/users-coordinators.tsv" 30
  sleep 3
  "${bin}jfr" print --events jdk.ExecutionSample --stack-depth 64 "$results/profile.jfr" > "$work/samples.txt"
  python3 bench/concurrent-report.py profile "$results" "$work/samples.txt" | tee "$results/profile.txt"
  "${bin}jfr" view --width 160 hot-methods "$results/profile.jfr" >> "$results/profile.txt" 2>&1 || true
fi

# Fault experiments. A background mixed load at BENCH_FAULT_USERS users (default 8) for 60 s.
fault_load() { # NAME
  BENCH_MODE=mix BENCH_USERS="$work/users-mix.tsv" BENCH_OUT="$results/raw/$1.requests" \
    BENCH_TIMEOUT_MS=$((timeout * 1000)) timeout 120 wrk -t "${BENCH_FAULT_USERS:-8}" -c "${BENCH_FAULT_USERS:-8}" \
    -d 60s --timeout "${timeout}s" -s bench/concurrent.lua "http://127.0.0.1:$port" > "$results/raw/$1.wrk" 2>&1 &
  load=$!
}
mark() { # NAME EVENT: the moment on the monotonic clock the requests file uses
  echo "$2 $(awk '{ print $1 }' /proc/uptime)" >> "$results/raw/$1.events"
}
# Every custody save the load saw acknowledged must be in the database, with its audit entry.
compare_acknowledged() { # NAME SINCE
  python3 bench/concurrent-report.py acknowledged "$results/raw/$1.requests" "$2" > "$work/compare.sql"
  $pg -d "$db" -f "$work/compare.sql" | tee -a "$results/faults.txt"
}

if [ "${BENCH_FAULT_KILL:-0}" = 1 ]; then
  echo "== Fault: kill -9 of the application 20 s into a mixed load, restart, compare" | tee -a "$results/faults.txt"
  since=$($pg -d "$db" -Atc "select now()")
  fault_load fault-kill
  sleep 20
  mark fault-kill killed
  kill -9 "${app_pids[0]}"
  restart=$(date +%s)
  start_app "$port" "$db" "$results/app-restarted.log"
  app_pids[0]=$started
  mark fault-kill restarted
  echo "ready again $(( $(date +%s) - restart )) s after the kill" | tee -a "$results/faults.txt"
  wait "$load" || true
  python3 bench/concurrent-report.py timeline "$results" fault-kill | tee -a "$results/faults.txt"
  compare_acknowledged fault-kill "$since"
fi

if [ "${BENCH_FAULT_PG:-0}" = 1 ]; then
  # Stops the whole cluster: everyone else's databases on it stop too. Never on a shared machine.
  cluster=$(pg_lsclusters -h | awk '$3 == 5432 { print $1, $2 }')
  echo "== Fault: PostgreSQL ($cluster) stopped for 20 s under a mixed load" | tee -a "$results/faults.txt"
  since=$($pg -d "$db" -Atc "select now()")
  fault_load fault-postgres
  sleep 15
  mark fault-postgres stopped
  pg_ctlcluster $cluster stop -m fast
  sleep 20
  pg_ctlcluster $cluster start
  mark fault-postgres started
  wait "$load" || true
  python3 bench/concurrent-report.py timeline "$results" fault-postgres | tee -a "$results/faults.txt"
  compare_acknowledged fault-postgres "$since"
fi

echo "== Audit chain verification (administrator API)"
curl -s -m 900 -u admin:demo "127.0.0.1:$port/api/v1/audit/verification" | tee "$results/verification.json"
echo

{
  python3 bench/concurrent-report.py summary "$results"
  echo
  # A stuck request fails only when the pool's 30 s timeout ends it, often after its run: the log has them all.
  for log in "$results"/app*.log; do
    echo "$(basename "$log"): $(grep -c ' ERROR ' "$log" || true) errors logged, of which" \
      "$(grep -c 'SQLTransientConnectionException: .*Connection is not available' "$log" || true) pool timeouts (HikariCP: Connection is not available)"
  done
} | tee "$results/summary.txt"
echo "== Results in $results"
