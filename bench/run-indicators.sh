#!/usr/bin/env bash
# The indicator dashboard benchmark, end to end, on this machine:
#   bench/run-indicators.sh [PATHWAYS]          (default 1000000)
# Builds the app jar if missing, creates a private PostgreSQL 15 cluster, lets the app migrate it, fills
# indicator_pathway_fact and indicator_cell with synthetic pathways (bench/indicators/generate.sql), then times every
# dashboard view through the app (the /analyse page and GET /api/v1/indicators/report, logged in as the demo analyst) and writes
# bench/results/indicators-YYYY-MM-DD.md. Everything it starts is stopped on exit.
# Settings via environment: RUNS (30), WARMUP (5), PG_PORT (5434), APP_PORT (18081), TODAY (today in Europe/Oslo).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
PATHWAYS=${1:-${PATHWAYS:-1000000}}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-5}
PG_PORT=${PG_PORT:-5434}
APP_PORT=${APP_PORT:-18081}
TODAY=${TODAY:-$(TZ=Europe/Oslo date +%F)}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_SETTINGS=(-c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=32MB -c maintenance_work_mem=512MB
  -c max_wal_size=8GB -c checkpoint_timeout=30min -c random_page_cost=1.1)
JAR=$ROOT/target/samspill-0.1.0-SNAPSHOT.jar
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/samspill"
REPORT=${REPORT:-$BENCH/results/indicators-$(date +%F).md}

WORK=$(mktemp -d /tmp/samspill-bench-ind.XXXXXX)
PGDATA=$WORK/pgdata
LOGS=$WORK/logs
mkdir -p "$LOGS"
APP_PID=""
PG_STARTED=""

log() { printf '\n=== %s  %s\n' "$(date +%T)" "$*"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

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
  stop_app
  [ -n "$PG_STARTED" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

psql_db() { "$PGBIN/psql" -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill -v ON_ERROR_STOP=1 "$@"; }

start_app() {
  log "starting the app against the private cluster"
  SAMSPILL_DB_URL=$DB_URL SAMSPILL_DB_USER=postgres SAMSPILL_DB_PASSWORD=bench \
    SAMSPILL_DEMO=true SAMSPILL_DEMO_PATHWAYS=0 PORT=$APP_PORT java -jar "$JAR" >"$LOGS/app.log" 2>&1 &
  APP_PID=$!
  local t0=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/login" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$LOGS/app.log"; return 1; }
    [ $((SECONDS - t0)) -gt 240 ] && { echo "app not up within 240 s"; tail -n 40 "$LOGS/app.log"; return 1; }
    sleep 0.5
  done
  echo "app up after $((SECONDS - t0)) s"
}

# Form log-in as the demo analyst once; every timed request then rides the session cookie (no BCrypt per request).
COOKIES=$WORK/cookies.txt
login() {
  local page csrf
  page=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://127.0.0.1:$APP_PORT/login")
  csrf=$(printf '%s' "$page" | grep -o 'name="_csrf"[^>]*' | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=anna.analytiker \
    --data-urlencode password=demo --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$APP_PORT/login"
}

# One view (a path): WARMUP untimed calls, then RUNS sequential timed calls; prints "p50 p95 max" in ms.
time_view() {
  local url="http://127.0.0.1:$APP_PORT$1" code
  code=$(curl -s -o "$LOGS/last.out" -w '%{http_code}' -b "$COOKIES" "$url")
  [ "$code" = 200 ] || { echo "GET $url -> $code"; head -c 2000 "$LOGS/last.out"; return 1; }
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null -b "$COOKIES" "$url"; done
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$COOKIES" "$url"
  done | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n | awk -v n="$RUNS" '
    { v[NR] = $1 }
    END { p50 = v[int((n + 1) / 2)]; i95 = int(n * 0.95 + 0.999); if (i95 > n) i95 = n;
          printf "%s %s %s\n", p50, v[i95], v[n] }'
}

cd "$ROOT"
if [ ! -f "$JAR" ]; then
  log "building the app jar"
  ./mvnw -o -q -DskipTests package
fi

log "private PostgreSQL cluster on port $PG_PORT"
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$WORK"; chmod 777 "$LOGS"; fi
as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOGS/postgres.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK ${PG_SETTINGS[*]}" start >/dev/null
PG_STARTED=1
"$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE samspill"

start_app
log "generating $PATHWAYS pathways' facts and cells (today = $TODAY)"
t0=$SECONDS
psql_db -q -v n="$PATHWAYS" -v today="$TODAY" -f "$BENCH/indicators/generate.sql"
GEN_SECS=$((SECONDS - t0))
# Write the generated pages out before timing, so the first view does not time the generator's checkpoint.
psql_db -q -c CHECKPOINT
FACTS=$(psql_db -Atc "SELECT count(*) FROM indicator_pathway_fact")
CELLS=$(psql_db -Atc "SELECT count(*) FROM indicator_cell")
CELLS_12=$(psql_db -Atc "SELECT count(*) FROM indicator_cell WHERE month >= date_trunc('month', date '$TODAY' - interval '11 months')")
SIZE=$(psql_db -Atc "SELECT pg_size_pretty(pg_total_relation_size('indicator_cell')) || ' cells, ' || pg_size_pretty(pg_total_relation_size('indicator_pathway_fact')) || ' facts'")
FROM60=$(psql_db -Atc "SELECT to_char(date '$TODAY' - interval '59 months', 'YYYY-MM')")
CUBES=$(psql_db -Atc "SELECT string_agg(t || ' ' || c, ', ') FROM (
  SELECT 'month' AS t, count(*) AS c FROM indicator_cube_month UNION ALL SELECT 'arm', count(*) FROM indicator_cube_arm
  UNION ALL SELECT 'clinic', count(*) FROM indicator_cube_clinic
  UNION ALL SELECT 'profile', count(*) FROM indicator_cube_profile) x")
CLINIC=$(psql_db -Atc "SELECT clinic FROM indicator_cell GROUP BY 1 ORDER BY 1 LIMIT 1")

login
declare -a NAMES=("dashboard page /analyse (four views), 12 months" "total, last 12 months" "trend by month, 12 months" "clinic comparison, 12 months"
  "by study arm, 12 months" "trend by month, one clinic" "clinic comparison, group + sex + age band"
  "trend by month, 60 months")
API=/api/v1/indicators/report
declare -a QUERIES=("/analyse" "$API?groupBy=TOTAL" "$API?groupBy=MONTH" "$API?groupBy=CLINIC" "$API?groupBy=ARM"
  "$API?groupBy=MONTH&clinic=$CLINIC"
  "$API?groupBy=CLINIC&complaintGroup=COMMON_MENTAL&sex=FEMALE&ageBand=FROM_40_TO_49" "$API?groupBy=MONTH&from=$FROM60")
ROWS=""
for i in "${!NAMES[@]}"; do
  log "timing: ${NAMES[$i]}"
  read -r P50 P95 MAX < <(time_view "${QUERIES[$i]}")
  echo "p50 $P50 ms, p95 $P95 ms, max $MAX ms"
  ROWS+="| ${NAMES[$i]} | \`${QUERIES[$i]}\` | $P50 | $P95 | $MAX |"$'\n'
done

EXPLAIN=$(psql_db -Atc "EXPLAIN (ANALYZE, BUFFERS) SELECT clinic, measure, bucket, sum(n)
  FROM indicator_cube_clinic WHERE month BETWEEN date_trunc('month', date '$TODAY' - interval '11 months') AND date '$TODAY'
  GROUP BY 1, 2, 3")

mkdir -p "$BENCH/results"
{
  echo "# Indicator dashboard benchmark, $(date +%F)"
  echo
  echo "Command: \`bench/run-indicators.sh $PATHWAYS\` (RUNS=$RUNS sequential requests per view after $WARMUP warm-up)."
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; $(java -version 2>&1 | head -1)"
  echo "- PostgreSQL: $("$PGBIN/postgres" --version); settings: ${PG_SETTINGS[*]}"
  echo "- Data: $FACTS pathway facts over 60 months up to $TODAY; $CELLS cells ($CELLS_12 in the last 12 months); $SIZE"
  echo "- Cuboid rows (all 60 months): $CUBES"
  echo "- Generation (SQL, facts, cells and cuboids): $GEN_SECS s"
  echo
  echo "Each view is one HTTP request to the app, end to end (session cookie from one form log-in): security, filter parsing, the sum over the smallest"
  echo "cuboid that serves the view and the open-deadline correction (two SQL statements), suppression of all 20 indicators, JSON."
  echo "The /analyse page runs the total, month, clinic and arm views in one request (three cuboid reads, one open-deadline read)."
  echo
  echo "| view | path | p50 ms | p95 ms | max ms |"
  echo "|---|---|---|---|---|"
  printf '%s' "$ROWS"
  echo
  echo "Target: every view within 200 ms."
  echo
  echo "## Plan of the 12-month clinic comparison (cuboid month x clinic)"
  echo
  echo '```'
  echo "$EXPLAIN"
  echo '```'
} > "$REPORT"
log "report written to $REPORT"
