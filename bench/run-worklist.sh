#!/usr/bin/env bash
# The worklist benchmark, end to end, on this machine:
#   bench/run-worklist.sh [PATHWAYS]          (default 1000000)
# Builds what is missing, creates a private PostgreSQL 15 cluster, lets the app migrate it, fills it with
# synthetic pathways, measures GET /api/v1/worklist through the app and the same page as raw SQL, measures cold
# start, and writes bench/results/worklist-YYYY-MM-DD.md. Everything it starts is stopped on exit.
# Settings via environment: CLIENTS ("8 32"), ACCESS_CLIENTS ("2 4 8 32"), ACCESS_RATES ("500 1000" req/s, open loop),
# ACCESS_RATE_CLIENTS (16), DURATION (30), WARMUP (90), PG_PORT (5433), APP_PORT (18080),
# COLD_PORT (18090), COLD_RUNS (3), APP_JAVA_OPTS (""), TODAY (today in Europe/Oslo), KEEP_PG=1 keeps the cluster.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
PATHWAYS=${1:-${PATHWAYS:-1000000}}
CLIENTS=${CLIENTS:-"8 32"}
ACCESS_CLIENTS=${ACCESS_CLIENTS:-"2 4 8 32"}
ACCESS_RATES=${ACCESS_RATES:-"500 1000"}
ACCESS_RATE_CLIENTS=${ACCESS_RATE_CLIENTS:-16}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-90}  # the JIT needs over a minute under load on two cores (measured: 613 req/s after 15 s, 1,400+ after 3 min)
PG_PORT=${PG_PORT:-5433}
APP_PORT=${APP_PORT:-18080}
COLD_PORT=${COLD_PORT:-18090}
COLD_RUNS=${COLD_RUNS:-3}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
TODAY=${TODAY:-$(TZ=Europe/Oslo date +%F)}
HEAVY_USER=kari.koordinator
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_SETTINGS=(-c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB -c maintenance_work_mem=512MB
  -c max_wal_size=8GB -c checkpoint_timeout=30min -c max_connections=200 -c random_page_cost=1.1)
JAR=$ROOT/target/samspill-0.1.0-SNAPSHOT.jar
GEN_JAR=$BENCH/generator/target/samspill-bench-generator.jar
LOAD_JAR=$BENCH/load/target/samspill-bench-load.jar
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/samspill"
RUN_DATE=$(date +%F)
REPORT=${REPORT:-$BENCH/results/worklist-$RUN_DATE.md}

WORK=$(mktemp -d /tmp/samspill-bench.XXXXXX)
PGDATA=$WORK/pgdata
LOGS=$WORK/logs
mkdir -p "$LOGS"
APP_PID=""
DRIVER_PID=""
PG_STARTED=""

log() { printf '\n=== %s  %s\n' "$(date +%T)" "$*"; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Stop a process and everything under it, by process id only.
kill_tree() {
  local pid=$1 child
  [ -n "$pid" ] || return 0
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill_tree "$child"; done
  kill "$pid" 2>/dev/null || true
}

stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

cleanup() {
  local rc=$?
  set +e
  [ -n "$DRIVER_PID" ] && kill_tree "$DRIVER_PID"
  stop_app
  if [ -n "$PG_STARTED" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  fi
  if [ "${KEEP_PG:-0}" = 1 ]; then
    echo "kept $WORK (cluster stopped; start it again with pg_ctl -D $PGDATA)"
  else
    rm -rf "$BENCH/results/logs-last"; cp -r "$LOGS" "$BENCH/results/logs-last" 2>/dev/null
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_db() { "$PGBIN/psql" -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill -v ON_ERROR_STOP=1 "$@"; }

http_status() { # $1 = path
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT$1" 2>/dev/null || true
}

# Ready when the log-in page or (for an app without a log-in page yet) the health endpoint answers 200.
app_ready() { [ "$(http_status /login)" = 200 ] || [ "$(http_status /actuator/health)" = 200 ]; }

start_app() { # $1 = log name
  log "starting the app against the private cluster ($1)"
  SAMSPILL_DB_URL=$DB_URL SAMSPILL_DB_USER=postgres SAMSPILL_DB_PASSWORD=bench \
    SAMSPILL_DEMO=true SAMSPILL_DEMO_PATHWAYS=0 SAMSPILL_SERVER_TIMING=${SERVER_TIMING:-false} PORT=$APP_PORT \
    java $APP_JAVA_OPTS -jar "$JAR" >"$LOGS/$1.log" 2>&1 &
  APP_PID=$!
  local t0=$SECONDS
  until app_ready; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app exited during start-up; last lines of $LOGS/$1.log:"; tail -n 40 "$LOGS/$1.log"; return 1
    fi
    if [ $((SECONDS - t0)) -gt 240 ]; then echo "no 200 from /login within 240 s"; tail -n 40 "$LOGS/$1.log"; return 1; fi
    sleep 0.5
  done
  echo "app up (pid $APP_PID) after $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- build
cd "$ROOT"
if [ ! -f "$JAR" ]; then
  log "building the app jar"
  ./mvnw -q -DskipTests package
fi
log "building the bench tools"
./mvnw -q -f bench/pom.xml package

# ---------------------------------------------------------------- PostgreSQL
log "private PostgreSQL cluster in $PGDATA on port $PG_PORT"
if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
  echo "port $PG_PORT is already taken; set PG_PORT"; exit 1
fi
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$WORK"; chmod 777 "$LOGS"; fi
as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOGS/postgres.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK ${PG_SETTINGS[*]}" start >/dev/null
PG_STARTED=1
"$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE samspill"

# ---------------------------------------------------------------- migrate (the app runs Flyway), fill
start_app migrate
stop_app
psql_db -Atc "SELECT count(*) FROM flyway_schema_history WHERE success" | sed 's/^/migrations applied: /'

log "generating $PATHWAYS pathways (today = $TODAY)"
t0=$SECONDS
(cd "$LOGS" && java -jar "$GEN_JAR" --url "$DB_URL" --user postgres --pathways "$PATHWAYS" --today "$TODAY" \
  --heavy-user "$HEAVY_USER") | tee "$LOGS/generator.log"
GEN_SECS=$((SECONDS - t0))
log "VACUUM after the bulk load (so autovacuum does not run during the measurements)"
t0=$SECONDS
psql_db -qc "VACUUM (ANALYZE)"
VACUUM_SECS=$((SECONDS - t0))
DB_SIZE=$(psql_db -Atc "SELECT pg_size_pretty(pg_database_size('samspill'))")
END_OF_WEEK=$(psql_db -Atc "SELECT date '$TODAY' + (7 - extract(isodow FROM date '$TODAY')::int)")
HEAVY_COUNTS=$(psql_db -Atc "SELECT (SELECT count(*) FROM pathway WHERE coordinator = '$HEAVY_USER' AND state <> 'CLOSED')
  || ' open pathways, ' || count(*) || ' worklist items, ' || count(*) FILTER (WHERE due_date <= date '$END_OF_WEEK')
  || ' due by ' || '$END_OF_WEEK' FROM worklist_item WHERE owner = '$HEAVY_USER'")
EXPLAIN=$(psql_db -Atc "EXPLAIN (ANALYZE, BUFFERS) SELECT w.pathway_id, w.kind, w.ref, w.title, w.due_date
  FROM worklist_item w WHERE w.owner = '$HEAVY_USER' AND w.due_date <= date '$END_OF_WEEK'
  ORDER BY w.due_date, w.pathway_id, w.kind, w.ref LIMIT 50")
echo "$EXPLAIN"

# ---------------------------------------------------------------- measure
declare -A HTTP HTTP_SERVER SQL
HTTP_NOTE=""
SERVER_TIMING=true start_app measure
for c in $CLIENTS; do
  log "HTTP worklist, $c clients"
  if out=$(java -jar "$LOAD_JAR" http --base "http://127.0.0.1:$APP_PORT" \
      --path "/api/v1/worklist?scope=WEEK&page=0&size=50" --user "$HEAVY_USER" --password demo \
      --clients "$c" --warmup "$WARMUP" --duration "$DURATION" 2>&1); then
    echo "$out"; HTTP[$c]=$(grep '^RESULT|http|' <<<"$out" | tail -n 1)
    HTTP_SERVER[$c]=$(grep '^RESULT|http-server|' <<<"$out" | tail -n 1 || true)
  else
    echo "$out"; HTTP_NOTE=$(grep -E "Exception|IllegalState" <<<"$out" | head -n 1 || true)
    HTTP[$c]=""
  fi
done
for c in $CLIENTS; do
  log "raw SQL, $c connections"
  out=$(java -jar "$LOAD_JAR" sql --url "$DB_URL" --db-user postgres --owner "$HEAVY_USER" --today "$TODAY" \
    --clients "$c" --warmup "$WARMUP" --duration "$DURATION" 2>&1)
  echo "$out"; SQL[$c]=$(grep '^RESULT|' <<<"$out" | tail -n 1)
done
stop_app

# The access choke point: the same app with Server-Timing on, reading the heavy user's pathway pages; closed loops of
# ACCESS_CLIENTS clients, then open loops at ACCESS_RATES requests per second over ACCESS_RATE_CLIENTS connections.
# The first run warms the JIT up for WARMUP seconds, the later ones for 20.
declare -A ACCESS
ACCESS_KEYS=()
SERVER_TIMING=true start_app access
access_warmup=$WARMUP
for c in $ACCESS_CLIENTS; do
  log "pathway page with the access choke point, $c clients (closed loop)"
  out=$(java -jar "$LOAD_JAR" access --base "http://127.0.0.1:$APP_PORT" --user "$HEAVY_USER" --password demo \
    --clients "$c" --warmup "$access_warmup" --duration "$DURATION" --pathways 200 2>&1) || true
  echo "$out"
  ACCESS["$c clients"]="$(grep -E '^(RESULT|ACCESS)\|' <<<"$out" || true)"; ACCESS_KEYS+=("$c clients")
  access_warmup=20
done
for r in $ACCESS_RATES; do
  log "pathway page with the access choke point, $r req/s over $ACCESS_RATE_CLIENTS connections (open loop)"
  out=$(java -jar "$LOAD_JAR" access --base "http://127.0.0.1:$APP_PORT" --user "$HEAVY_USER" --password demo \
    --clients "$ACCESS_RATE_CLIENTS" --rate "$r" --warmup "$access_warmup" --duration "$DURATION" --pathways 200 2>&1) \
    || true
  echo "$out"
  ACCESS["$r req/s"]="$(grep -E '^(RESULT|ACCESS)\|' <<<"$out" || true)"; ACCESS_KEYS+=("$r req/s")
  access_warmup=20
done
AUDIT_ROWS=$(psql_db -Atc "SELECT count(*) FROM audit_entry")
stop_app

PG_VERSION=$(psql_db -Atc 'SELECT version()' 2>/dev/null || "$PGBIN/postgres" --version)
# The cold start uses the app's embedded database, not this cluster. Stop the cluster first: after the load above it
# still vacuums and checkpoints the audit rows just written, and that competes with the start for the two cores.
log "stopping the private cluster before the cold start"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
PG_STARTED=""

log "cold start, $COLD_RUNS runs (embedded database)"
COLD=""
COLD_NOTE=""
java -jar "$LOAD_JAR" coldstart --jar "$JAR" --runs "$COLD_RUNS" --port "$COLD_PORT" --log-dir "$LOGS" \
  --timeout "${COLD_TIMEOUT:-120}" >"$LOGS/coldstart.out" 2>&1 &
DRIVER_PID=$!
if wait "$DRIVER_PID"; then COLD=$(grep "^RESULT|" "$LOGS/coldstart.out" | tail -n 1 || true); else
  COLD_NOTE=$(grep -E "Exception" "$LOGS/coldstart.out" | head -n 1 || true); fi
DRIVER_PID=""
cat "$LOGS/coldstart.out"

# ---------------------------------------------------------------- report
log "writing $REPORT"
field() { cut -d'|' -f"$2" <<<"$1"; }
verdict() { if awk "BEGIN{exit !($1)}"; then echo "**met**"; else echo "**missed**"; fi; }
GEN_SUMMARY=$(grep '^TOTAL' "$LOGS/generator.log" || true)
ROWS=$(sed -n '/^rows per table:/,/^TOTAL/p' "$LOGS/generator.log" | grep -v -e '^rows per' -e '^TOTAL' |
  awk '{printf "| %s | %s |\n", $1, $2}' || true)
{
  echo "# Worklist benchmark, $RUN_DATE"
  echo
  echo "Made by \`bench/run-worklist.sh $PATHWAYS\` (see bench/README.md). App commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
  echo "- memory: $(free -h | awk '/^Mem:/{print $2}')"
  echo "- Java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "- PostgreSQL: $PG_VERSION"
  echo "- OS: $(uname -sr)"
  echo
  echo "## Settings"
  echo
  echo "- PostgreSQL 15 private cluster, port $PG_PORT: \`${PG_SETTINGS[*]}\` (other settings default; fsync on)"
  echo "- app: \`java ${APP_JAVA_OPTS:-(default JVM options)} -jar target/samspill-0.1.0-SNAPSHOT.jar\`, SAMSPILL_DEMO=true, SAMSPILL_DEMO_PATHWAYS=0, Hikari pool 20"
  echo "- data: $PATHWAYS synthetic pathways, today = $TODAY (end of ISO week $END_OF_WEEK), database size $DB_SIZE"
  echo "- user under test: \`$HEAVY_USER\`: $HEAVY_COUNTS"
  echo "- load: closed loop, clients $CLIENTS, warm-up ${WARMUP} s, measured ${DURATION} s each; one log-in per client (session cookie), then one blocking HTTP/1.1 keep-alive socket per client (bench/http), as the raw SQL mode uses one blocking JDBC connection per client; load driver on the same machine. *Client* latency is measured by the driver; *server* time is the app's own \`Server-Timing: total\` (all filters, the handler and the wait for the audit commit; not Tomcat's socket I/O)"
  echo
  echo "## Data generation"
  echo
  echo "$GEN_SUMMARY (generator wall time incl. JVM start: ${GEN_SECS} s; VACUUM ANALYZE afterwards: ${VACUUM_SECS} s)"
  echo
  echo "| table | rows |"
  echo "|---|---:|"
  echo "$ROWS"
  echo
  echo "## GET /api/v1/worklist?scope=WEEK&page=0&size=50 vs raw SQL"
  echo
  echo "| path | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in $CLIENTS; do
    r=${HTTP[$c]}
    if [ -n "$r" ]; then
      echo "| app (HTTP, client) | $c | $(field "$r" 4) | $(field "$r" 5) | $(field "$r" 6) | $(field "$r" 7) | $(field "$r" 8) | $(field "$r" 9) | $(field "$r" 10) |"
      sv=${HTTP_SERVER[$c]}
      [ -n "$sv" ] && echo "| app (server time) | $c | $(field "$sv" 4) | | | $(field "$sv" 7) | $(field "$sv" 8) | $(field "$sv" 9) | $(field "$sv" 10) |"
    else
      echo "| app (HTTP) | $c | not measured | | | | | | |"
    fi
  done
  for c in $CLIENTS; do
    r=${SQL[$c]}
    echo "| raw SQL (2 statements) | $c | $(field "$r" 4) | $(field "$r" 5) | $(field "$r" 6) | $(field "$r" 7) | $(field "$r" 8) | $(field "$r" 9) | $(field "$r" 10) |"
  done
  [ -n "$HTTP_NOTE" ] && echo && echo "HTTP not measured: \`$HTTP_NOTE\`"
  echo
  echo "## Access choke point on the pathway page (GET /api/v1/pathways/{id})"
  echo
  echo "Each page read passes five access decisions: four logged (pathway, sick-leave timeline, tasks, patient) and"
  echo "one unlogged check of the work-function category. The person's relationships are read once per request; each"
  echo "logged decision's audit entry goes to the group-commit writer, and the response waits until the entries are"
  echo "committed (decision 0033). The server reports its own time per request in a Server-Timing header: \`access\` ="
  echo "decisions + look-ups + audit hand-over + the wait for the audit commit (\`audit-wait\`, also shown on its own);"
  echo "*deciding* = access − audit-wait; *without* = total − access. *Closed loop*: each client sends its next request"
  echo "when the answer to the last has come. *Open loop*: requests start on a fixed schedule (the rate) over"
  echo "$ACCESS_RATE_CLIENTS connections whether or not earlier ones have answered; the client latency counts from the"
  echo "scheduled start. Audit rows written during this step and before: $AUDIT_ROWS."
  echo
  echo "| load | series | requests | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for k in "${ACCESS_KEYS[@]}"; do
    while IFS= read -r line; do
      case "$line" in
        RESULT*) echo "| $k | $(field "$line" 2) | $(field "$line" 4) | $(field "$line" 7) | $(field "$line" 8) | $(field "$line" 9) | $(field "$line" 10) |" ;;
      esac
    done <<<"${ACCESS[$k]}"
  done
  echo
  echo "| load | req/s | access share p95 ms | added to page p95 ms | page p95 ms | page p95 / page-without-access p95 | target: ≤ 1 ms added |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for k in "${ACCESS_KEYS[@]}"; do
    a=$(grep '^ACCESS|' <<<"${ACCESS[$k]}" | tail -n 1)
    rps=$(grep '^RESULT|access-page-client' <<<"${ACCESS[$k]}" | tail -n 1)
    if [ -n "$a" ]; then
      echo "| $k | $(field "$rps" 6) | $(field "$a" 3) | $(field "$a" 4) | $(field "$a" 5) | $(field "$a" 6)× | $(verdict "$(field "$a" 4) <= 1") |"
    else
      echo "| $k | | not measured | | | | |"
    fi
  done
  echo
  echo "## Cold start (java -jar with the embedded database, wall time until GET /login is 200; the private cluster stopped)"
  echo
  if [ -n "$COLD" ]; then
    echo "median of $(field "$COLD" 3) runs: **$(field "$COLD" 4) s** (runs: $(field "$COLD" 5) s)"
  else
    echo "not measured: \`$COLD_NOTE\`"
  fi
  echo
  echo "## Targets"
  echo
  echo "| target | result |"
  echo "|---|---|"
  for c in $CLIENTS; do
    h=${HTTP[$c]}; s=${SQL[$c]}
    if [ -n "$h" ]; then
      hp=$(field "$h" 8); sp=$(field "$s" 8); sv=${HTTP_SERVER[$c]}
      if [ -n "$sv" ]; then
        vp=$(field "$sv" 8)
        echo "| p95 ≤ 20 ms server time at $c clients | $vp ms (client-side: $hp ms): $(verdict "$vp <= 20") |"
      else
        echo "| p95 ≤ 20 ms at $c clients (client-side; no Server-Timing) | $hp ms: $(verdict "$hp <= 20") |"
      fi
      echo "| p95 within 5× raw SQL at $c clients (both client-side) | $hp / $sp ms = $(awk "BEGIN{printf \"%.1f\", $hp/$sp}")×: $(verdict "$hp <= 5*$sp") |"
    else
      echo "| p95 ≤ 20 ms and ≤ 5× raw SQL at $c clients | not measured |"
    fi
  done
  if [ -n "$COLD" ]; then
    echo "| cold start ≤ 8 s | $(field "$COLD" 4) s: $(verdict "$(field "$COLD" 4) <= 8") |"
  else
    echo "| cold start ≤ 8 s | not measured |"
  fi
  echo
  echo "## Plan of the worklist query"
  echo
  echo '```'
  echo "$EXPLAIN"
  echo '```'
} >"$REPORT"
cat "$REPORT"
