#!/usr/bin/env bash
# Questionnaire benchmarks, end to end on this machine:
#   bench/questionnaire/run.sh
# 1. builds the app (jar + target/classes) if missing, packs target/classes into lib/, installs the load driver's HTTP
#    client (bench/http) and builds this project;
# 2. JMH: scoring throughput per instrument;
# 3. a private PostgreSQL 15 cluster (port 5434), the app on it (rate limits raised for the run), and the submission
#    load at 1 and 32 clients (COUNT submissions or MAX_SECONDS each, after a warm-up of WARMUP_SECONDS);
# 4. writes bench/results/questionnaire-YYYY-MM-DD.md. Everything it starts is stopped on exit (by process id).
# Settings: CLIENTS ("1,32"), COUNT (20000), MAX_SECONDS (30), WARMUP_SECONDS (45: the app's JIT needs ~45 s of load
#           to settle), WARMUP (300000: the warm-up also ends after this many submissions; link mode prepares one link
#           per submission, CLIENTS × (WARMUP + COUNT) in all), HTTP_CLIENT (raw: bench/http, one keep-alive socket per
#           client thread; jdk: java.net.http, as the earlier figures were measured), PG_PORT (5434), APP_PORT (18081),
#           SKIP_JMH=1, JMH_RESULT=<file> (reuse an earlier JMH result),
#           MODES ("link,fhir": the patient's link, and FHIR QuestionnaireResponse create as kari.koordinator; the app
#           runs in demo mode so that the demo clinic, its users and patients exist), JAR=<app jar> (another build),
#           REPORT=<file> (where the report goes), APP_JAVA_OPTS (e.g. -XX:StartFlightRecording=... to profile),
#           PG_STATS=1 (load pg_stat_statements and add PostgreSQL's 15 costliest statements of the run to the report),
#           PG_EXTRA (more server settings for the cluster, e.g. "-c pg_stat_statements.track_planning=on"),
#           KEEP_PG=1 (keep the run's directory: cluster, app log; removed on exit otherwise, ~1.5 GB a run).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/bench/questionnaire
CLIENTS=${CLIENTS:-1,32}
COUNT=${COUNT:-20000}
MAX_SECONDS=${MAX_SECONDS:-30}
WARMUP=${WARMUP:-300000}
WARMUP_SECONDS=${WARMUP_SECONDS:-45}
HTTP_CLIENT=${HTTP_CLIENT:-raw}
case $HTTP_CLIENT in
  raw) CLIENT_TEXT="bench/http (one keep-alive socket per client thread)" ;;
  jdk) CLIENT_TEXT="java.net.http (HttpClient, HTTP/1.1)" ;;
  *) echo "HTTP_CLIENT is raw or jdk, not $HTTP_CLIENT"; exit 2 ;;
esac
PG_PORT=${PG_PORT:-5434}
APP_PORT=${APP_PORT:-18081}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAR=${JAR:-$ROOT/target/samspill-0.1.0-SNAPSHOT.jar}
MODES=${MODES:-link,fhir}
REPORT=${REPORT:-$ROOT/bench/results/questionnaire-$(date +%F).md}
WORK=$(mktemp -d /tmp/samspill-qbench.XXXXXX)
APP_PID=""; PG_STARTED=""

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && wait "$APP_PID" 2>/dev/null || true
  [ -n "$PG_STARTED" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
  if [ "${KEEP_PG:-0}" = 1 ]; then echo "kept $WORK (cluster stopped)"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
mkdir -p "$HERE/lib"
(cd "$ROOT/target/classes" && jar cf "$HERE/lib/samspill-classes.jar" .)
(cd "$ROOT/bench" && { mvn -q -o install -pl http -am -DskipTests 2>/dev/null ||
  mvn -q install -pl http -am -DskipTests; })
(cd "$HERE" && mvn -q -o package 2>/dev/null || mvn -q package)
BENCH_JAR=$HERE/target/samspill-bench-questionnaire.jar
CP=$BENCH_JAR:$HERE/lib/samspill-classes.jar

JMH_OUT=$WORK/jmh.txt
if [ -n "${JMH_RESULT:-}" ]; then
  cp "$JMH_RESULT" "$WORK/jmh-result.txt"     # reuse a JMH result from an earlier run
elif [ -z "${SKIP_JMH:-}" ]; then
  java -cp "$CP" org.openjdk.jmh.Main ScoringBenchmark -rf text -rff "$WORK/jmh-result.txt" | tee "$JMH_OUT"
fi

chmod 777 "$WORK"
as_pg "$PGBIN/initdb" -D "$WORK/pgdata" -A trust -U postgres >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pg.log" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=100 -c synchronous_commit=on ${PG_EXTRA:-}${PG_STATS:+ -c shared_preload_libraries=pg_stat_statements}" -w start >/dev/null
PG_STARTED=1
as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE samspill" >/dev/null
[ -n "${PG_STATS:-}" ] && as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill \
  -c "CREATE EXTENSION pg_stat_statements" >/dev/null
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/samspill"

SAMSPILL_DB_URL=$DB_URL SAMSPILL_DB_USER=postgres SAMSPILL_DB_PASSWORD= SAMSPILL_DEMO=true \
  java ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" --logging.level.root=WARN \
  --samspill.questionnaire.rate-limit.per-address-per-minute=100000000 \
  --samspill.questionnaire.rate-limit.per-token-per-minute=100000000 > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done

[ -n "${PG_STATS:-}" ] && as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill \
  -c "SELECT pg_stat_statements_reset()" >/dev/null
LOAD_OUT=$WORK/load.md
: > "$LOAD_OUT"
for MODE in ${MODES//,/ }; do
  { echo; echo "### Mode: $MODE"; echo; } >> "$LOAD_OUT"
  java -cp "$CP" no.samspill.bench.questionnaire.SubmissionLoad "http://127.0.0.1:$APP_PORT" "$DB_URL" postgres \
    "$CLIENTS" "$COUNT" "$MAX_SECONDS" "$WARMUP" "$MODE" --warmup-seconds "$WARMUP_SECONDS" \
    --http-client "$HTTP_CLIENT" | tee -a "$LOAD_OUT"
done
PG_TOP=""
[ -n "${PG_STATS:-}" ] && PG_TOP=$(as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill -P pager=off \
  -c "SELECT calls, round(total_exec_time::numeric, 0) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
      rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
      FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15")
ROWS=$(as_pg "$PGBIN/psql" -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samspill -c "SELECT count(*) FROM questionnaire_score")

{
  echo "# Questionnaire benchmarks, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(java -version 2>&1 | head -1)."
  echo "Run with \`bench/questionnaire/run.sh\` (CLIENTS=$CLIENTS COUNT=$COUNT MAX_SECONDS=$MAX_SECONDS"
  echo "WARMUP_SECONDS=$WARMUP_SECONDS WARMUP=$WARMUP HTTP_CLIENT=$HTTP_CLIENT). Per client count a warm-up of"
  echo "WARMUP_SECONDS (or WARMUP submissions), then the measured run; closed loop, latency = client-side round trip,"
  echo "errors = answers other than 201. Load driver's HTTP client: $CLIENT_TEXT."
  echo "Load driver and server on the same machine (loopback); PostgreSQL 15 private cluster, shared_buffers=512MB, synchronous_commit=on."
  echo
  echo "## Scoring throughput (JMH, check answers + score, one thread)"
  echo
  echo '```'
  [ -f "$WORK/jmh-result.txt" ] && cat "$WORK/jmh-result.txt" || echo "(skipped)"
  echo '```'
  echo
  echo "## End-to-end submission (HTTP → validate → score → store)"
  echo
  echo "link: POST /api/v1/questionnaire-responses with a link token (PHQ-9). fhir: POST /fhir/QuestionnaireResponse"
  echo "(R4 JSON, PHQ-9 and GAD-7 in turn) with HTTP Basic as kari.koordinator, for the demo clinic's open pathways."
  echo
  cat "$LOAD_OUT"
  echo
  if [ -n "$PG_TOP" ]; then
    echo "## PostgreSQL's costliest statements in the run (pg_stat_statements, execution time only)"
    echo; echo '```'; echo "$PG_TOP"; echo '```'; echo
  fi
  echo "Scores stored in the run: $ROWS. Target: ≥ 5,000 submissions/s on 2 cores with p99 ≤ 20 ms at 32 clients."
} > "$REPORT"
echo "Report: $REPORT"
