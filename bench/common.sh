# Shared by bench/concurrent.sh and bench/notice-latency.sh (sourced, not run): the JDK, the jar, starting and
# stopping a node, and the generated world kept as a template database. Expects $db, $port, $clients, $heap,
# $results, $pg and the array $apps (the nodes to stop on exit) to be set.

for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
bin=${JAVA_HOME:+$JAVA_HOME/bin/}

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== Building the jar"
  ./mvnw -B -q -ntp -DskipTests package
fi
jar=${BENCH_JAR:-$(ls target/throughcare-*.jar | awk '!/original/ { print; exit }')}

# start_app PORT DATABASE LOG [extra arguments]: starts a node and waits until it is ready; sets $started.
start_app() {
  local port=$1 database=$2 log=$3
  shift 3
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database?reWriteBatchedInserts=true" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    "${bin}java" -Xmx"$heap" -jar "$jar" --server.port="$port" "$@" > "$log" 2>&1 &
  started=$!
  apps+=("$started")
  for _ in $(seq 1 1800); do
    curl -sf -m 2 "127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && return 0
    kill -0 "$started" 2>/dev/null || { tail -50 "$log"; echo "the application did not start" >&2; exit 1; }
    sleep 1
  done
  echo "the application did not become ready in 30 minutes" >&2
  exit 1
}

stop_app() { # PID
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
}

# The generated world is kept as a template database: generating 250,000 clients takes minutes, copying
# the template seconds. The template's name changes with the generator's sources and the client count; the
# schema is not part of it, since the application's Flyway migrates the copy at start as it would migrate
# production.
key=$(cat src/main/java/org/throughcare/demo/*.java src/main/java/org/throughcare/client/CohortGenerator.java \
  src/main/java/org/throughcare/client/internal/SyntheticCases.java bench/partner-groups.sql \
  | sha1sum | cut -c1-8)
template="${db}_tpl_${clients}_$key"
if [ "${BENCH_REGENERATE:-0}" = 1 ]; then $pg -d postgres -c "drop database if exists $template"; fi
if [ -z "$($pg -d postgres -Atc "select 1 from pg_database where datname = '$template'")" ]; then
  echo "== Generating the template database $template ($clients clients)"
  $pg -d postgres -c "drop database if exists $template" -c "create database $template"
  begun=$(date +%s)
  start_app "$port" "$template" "$results/generate.log" --throughcare.generate.clients="$clients"
  generated=$(( $(date +%s) - begun ))
  stop_app "$started"
  apps=()
  $pg -d "$template" -f bench/partner-groups.sql
  $pg -d "$template" -c "vacuum analyze"
  note=$(grep -o "Synthetic load: .*" "$results/generate.log" || true)
  $pg -d postgres -c "comment on database $template is 'bench: $note; start to ready ${generated} s'"
  echo "$note; start to ready ${generated} s" | tee "$results/generation.txt"
else
  echo "== Using the template database $template"
  $pg -d postgres -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$template'" \
    | tee "$results/generation.txt"
fi
