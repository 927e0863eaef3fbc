#!/usr/bin/env bash
# Head-to-head FHIR benchmark against the peer, HAPI FHIR JPA server 8.8.0, in one command:
#   bench/fhir-peer/run.sh
# 1. builds what is missing: the app jar (target/samspill-0.1.0-SNAPSHOT.jar) and the HAPI JPA jar (bench/hapi-jpa);
#    always builds the load driver (bench/fhir-peer) and installs its HTTP client (bench/http) first;
# 2. starts a private PostgreSQL 15 cluster (port PG_PORT) with two databases, samspill and hapi;
# 3. starts HAPI JPA (HAPI_PORT) and Samspill (SAMSPILL_PORT, demo mode, rate limits raised) against them;
# 4. the driver lists Samspill's patients for kari.koordinator, stores the PHQ-9 and GAD-7 Questionnaires and as
#    many Patients in HAPI, generates ONE seeded stream of QuestionnaireResponses and posts the same slices of it to
#    both servers with the same number of clients (warm-up first, WARMUP_SECONDS or WARMUP requests; then COUNT or
#    MAX_SECONDS per measurement);
# 5. verifies what was stored on both sides (QuestionnaireResponses; on Samspill also the scores/Observations);
# 6. writes bench/results/fhir-peer-$TODAY.md and stops everything it started (trap on exit, also on Ctrl-C).
# Settings: CLIENTS ("1,32"), COUNT (20000), MAX_SECONDS (30), WARMUP_SECONDS (45: a server's JIT needs ~45 s of load
#           to settle), WARMUP (300000: the warm-up also ends after this many requests; the driver encodes them all
#           beforehand), HTTP_CLIENT (raw: bench/http, one keep-alive socket per client thread; jdk: java.net.http, as
#           the earlier figures were measured), PATIENTS (200),
#           SEED (20261124), PG_PORT (5435), SAMSPILL_PORT (18093), HAPI_PORT (18094), TODAY (Europe/Oslo date),
#           JAVA_OPTS ("" for both servers), SAMSPILL_AUTHORIZATION (an Authorization header value instead of
#           HTTP Basic kari.koordinator:demo), KEEP_PG=1 (keep the cluster's directory).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$ROOT/bench
HERE=$BENCH/fhir-peer
CLIENTS=${CLIENTS:-1,32}
COUNT=${COUNT:-20000}
MAX_SECONDS=${MAX_SECONDS:-30}
WARMUP=${WARMUP:-300000}
WARMUP_SECONDS=${WARMUP_SECONDS:-45}
HTTP_CLIENT=${HTTP_CLIENT:-raw}
case $HTTP_CLIENT in
  raw) CLIENT_TEXT="bench/http (one keep-alive socket per client thread)" ;;
  jdk) CLIENT_TEXT="java.net.http (HttpClient)" ;;
  *) echo "HTTP_CLIENT is raw or jdk, not $HTTP_CLIENT"; exit 2 ;;
esac
PATIENTS=${PATIENTS:-200}
SEED=${SEED:-20261124}
PG_PORT=${PG_PORT:-5435}
SAMSPILL_PORT=${SAMSPILL_PORT:-18093}
HAPI_PORT=${HAPI_PORT:-18094}
TODAY=${TODAY:-$(TZ=Europe/Oslo date +%F)}
JAVA_OPTS=${JAVA_OPTS:-}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MVN=${MVN:-$ROOT/mvnw}
JAR=$ROOT/target/samspill-0.1.0-SNAPSHOT.jar
HAPI_JAR=$BENCH/hapi-jpa/target/samspill-bench-hapi-jpa.jar
DRIVER_JAR=$HERE/target/samspill-bench-fhir-peer.jar
REPORT=$BENCH/results/fhir-peer-$TODAY.md
WORK=$(mktemp -d /tmp/samspill-fhir-peer.XXXXXX)
PGDATA=$WORK/pgdata
LOGS=$WORK/logs
mkdir -p "$LOGS"
SAMSPILL_PID=""; HAPI_PID=""; PG_STARTED=""

log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pid() { # $1 = pid: TERM, wait up to 30 s, then KILL
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  set +e
  stop_pid "$SAMSPILL_PID"
  stop_pid "$HAPI_PID"
  [ -n "$PG_STARTED" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$BENCH/results/logs-last-fhir-peer"; cp -r "$LOGS" "$BENCH/results/logs-last-fhir-peer" 2>/dev/null
  if [ "${KEEP_PG:-0}" = 1 ]; then echo "kept $WORK (cluster stopped)"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_db() { "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
code_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" 2>/dev/null || true; }
wait_for() { # $1 = name, $2 = pid, $3 = url, $4 = log
  local t0=$SECONDS
  until [ "$(code_of "$3")" = 200 ]; do
    if ! kill -0 "$2" 2>/dev/null; then echo "$1 exited during start-up; last lines of $4:"; tail -n 40 "$4"; return 1; fi
    if [ $((SECONDS - t0)) -gt 400 ]; then echo "$1: no 200 from $3 within 400 s"; tail -n 40 "$4"; return 1; fi
    sleep 1
  done
  echo "$1 up (pid $2) after $((SECONDS - t0)) s"
}
# Row counts of Samspill's tables that hold questionnaire responses, scores or observations ("table rows" lines).
samspill_counts() {
  psql_db -d samspill -At -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
      AND table_type = 'BASE TABLE' AND (table_name LIKE '%questionnaire%' OR table_name LIKE '%observation%'
      OR table_name LIKE '%score%' OR table_name LIKE '%answer%') ORDER BY 1" |
    while read -r t; do echo "$t $(psql_db -d samspill -At -c "SELECT count(*) FROM \"$t\"")"; done
}

# ---------------------------------------------------------------- build what is missing
cd "$ROOT"
if [ ! -f "$JAR" ]; then log "building the app jar"; "$MVN" -q -DskipTests package; fi
if [ ! -f "$HAPI_JAR" ]; then
  log "building the HAPI JPA jar (first time: downloads HAPI 8.8.0 and its dependencies from Maven Central)"
  "$MVN" -q -o -f bench/hapi-jpa/pom.xml package 2>/dev/null || "$MVN" -q -f bench/hapi-jpa/pom.xml package
fi
log "building the load driver and its HTTP client (bench/http)"
"$MVN" -q -o -f bench/pom.xml install -pl http -am -DskipTests 2>/dev/null ||
  "$MVN" -q -f bench/pom.xml install -pl http -am -DskipTests
"$MVN" -q -o -f bench/fhir-peer/pom.xml package 2>/dev/null || "$MVN" -q -f bench/fhir-peer/pom.xml package

# ---------------------------------------------------------------- PostgreSQL
log "private PostgreSQL cluster in $PGDATA on port $PG_PORT"
if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then echo "port $PG_PORT is already taken; set PG_PORT"; exit 1; fi
for p in "$SAMSPILL_PORT" "$HAPI_PORT"; do
  if [ "$(code_of "http://127.0.0.1:$p/")" != 000 ]; then echo "port $p is already taken"; exit 1; fi
done
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$WORK"; chmod 777 "$LOGS"; fi
PG_SETTINGS="-c shared_buffers=512MB -c max_connections=100 -c synchronous_commit=on"
as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOGS/postgres.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK $PG_SETTINGS" start >/dev/null
PG_STARTED=1
psql_db -c "CREATE DATABASE samspill" -c "CREATE DATABASE hapi"

# ---------------------------------------------------------------- the two servers
log "starting HAPI FHIR JPA (port $HAPI_PORT, database hapi) and Samspill (port $SAMSPILL_PORT, database samspill)"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$HAPI_JAR" --server.port="$HAPI_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/hapi" --spring.datasource.username=postgres \
  >"$LOGS/hapi.log" 2>&1 &
HAPI_PID=$!
# shellcheck disable=SC2086
SAMSPILL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/samspill" SAMSPILL_DB_USER=postgres SAMSPILL_DB_PASSWORD= \
  SAMSPILL_DEMO=true java $JAVA_OPTS -jar "$JAR" --server.port="$SAMSPILL_PORT" --logging.level.root=WARN \
  --samspill.questionnaire.rate-limit.per-address-per-minute=100000000 \
  --samspill.questionnaire.rate-limit.per-token-per-minute=100000000 >"$LOGS/samspill.log" 2>&1 &
SAMSPILL_PID=$!
wait_for "HAPI JPA" "$HAPI_PID" "http://127.0.0.1:$HAPI_PORT/fhir/metadata" "$LOGS/hapi.log"
wait_for "Samspill" "$SAMSPILL_PID" "http://127.0.0.1:$SAMSPILL_PORT/actuator/health" "$LOGS/samspill.log"

SAMSPILL_BEFORE=$(samspill_counts)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- the load
log "load: CLIENTS=$CLIENTS COUNT=$COUNT MAX_SECONDS=$MAX_SECONDS WARMUP=$WARMUP WARMUP_SECONDS=$WARMUP_SECONDS \
HTTP_CLIENT=$HTTP_CLIENT"
AUTH_ARGS=()
[ -n "${SAMSPILL_AUTHORIZATION:-}" ] && AUTH_ARGS=(--samspill-authorization "$SAMSPILL_AUTHORIZATION")
java -jar "$DRIVER_JAR" --hapi "http://127.0.0.1:$HAPI_PORT/fhir" --samspill "http://127.0.0.1:$SAMSPILL_PORT/fhir" \
  "${AUTH_ARGS[@]}" --instruments "$ROOT/src/main/resources/instruments" --patients "$PATIENTS" \
  --clients "$CLIENTS" --count "$COUNT" --max-seconds "$MAX_SECONDS" --warmup "$WARMUP" \
  --warmup-seconds "$WARMUP_SECONDS" --seed "$SEED" --http-client "$HTTP_CLIENT" --expect "$WORK/expect" \
  >"$WORK/load.md" 2>"$LOGS/driver.log" || {
  echo "the load driver failed:"; tail -n 30 "$LOGS/driver.log"; exit 1; }
grep RESULT "$LOGS/driver.log" || true
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC1091
. "$WORK/expect"

# ---------------------------------------------------------------- what was stored
log "verifying what was stored"
HAPI_SQL=$(psql_db -d hapi -At -c "SELECT count(*) FROM hfj_resource WHERE res_type = 'QuestionnaireResponse'
  AND res_deleted_at IS NULL")
HAPI_FHIR=$(curl -s --max-time 60 "http://127.0.0.1:$HAPI_PORT/fhir/QuestionnaireResponse?_summary=count" |
  grep -o '"total":[0-9]*' | cut -d: -f2 || true)
HAPI_INDEX_ROWS=$(psql_db -d hapi -At -c "SELECT
  (SELECT count(*) FROM hfj_spidx_token) || ' token, ' || (SELECT count(*) FROM hfj_spidx_date) || ' date, '
  || (SELECT count(*) FROM hfj_res_link) || ' link, ' || (SELECT count(*) FROM hfj_res_ver) || ' versions'")
SAMSPILL_AFTER=$(samspill_counts)
fhir_total() { # $1 = resource type, on Samspill
  local auth=(-u kari.koordinator:demo) body code
  [ -n "${SAMSPILL_AUTHORIZATION:-}" ] && auth=(-H "Authorization: $SAMSPILL_AUTHORIZATION")
  body=$(curl -s --max-time 60 "${auth[@]}" -w '\n%{http_code}' \
    "http://127.0.0.1:$SAMSPILL_PORT/fhir/$1?_summary=count" 2>/dev/null || true)
  code=$(tail -n1 <<<"$body")
  if [ "$code" = 200 ] && grep -q '"total"' <<<"$body"; then grep -o '"total":[0-9]*' <<<"$body" | cut -d: -f2
  else echo "not available (HTTP ${code:-none})"; fi
}
SAMSPILL_QR_FHIR=$(fhir_total QuestionnaireResponse)
SAMSPILL_OBS_FHIR=$(fhir_total Observation)
DELTAS=$(join -a2 -e0 -o '0,1.2,2.2' <(sort <<<"$SAMSPILL_BEFORE") <(sort <<<"$SAMSPILL_AFTER") 2>/dev/null |
  awk '{printf "| %s | %s | %s | %d |\n", $1, $2, $3, $3 - $2}')

# ---------------------------------------------------------------- report
PG_VERSION=$("$PGBIN/postgres" --version)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
  echo "# FHIR head-to-head: Samspill vs HAPI FHIR JPA 8.8.0, $TODAY"
  echo
  echo "Run with \`bench/fhir-peer/run.sh\` (CLIENTS=$CLIENTS COUNT=$COUNT MAX_SECONDS=$MAX_SECONDS WARMUP=$WARMUP"
  echo "WARMUP_SECONDS=$WARMUP_SECONDS HTTP_CLIENT=$HTTP_CLIENT PATIENTS=$PATIENTS SEED=$SEED), Samspill at commit"
  echo "$COMMIT."
  echo
  echo "Load average $LOAD_BEFORE before the load and $LOAD_AFTER after it, on $(nproc) cores (both servers, the"
  echo "database and the load driver share them). Anything else running at the same time shows in these figures;"
  echo "both servers ran side by side under the same conditions."
  echo
  echo "## Setup"
  echo
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
  echo "  $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "- Database: $PG_VERSION, one private cluster for both (port $PG_PORT), databases \`samspill\` and \`hapi\`;"
  echo "  $PG_SETTINGS."
  echo "- HAPI FHIR JPA server 8.8.0 (\`ca.uhn.hapi.fhir:hapi-fhir-jpaserver-base\`), bench/hapi-jpa: Spring Boot 3.4.11"
  echo "  (Spring 6.2.12, Tomcat 10.1), Hibernate 6.6.4.Final, Jackson 2.20.0 (HAPI 8.8.0's versions), dialect"
  echo "  \`HapiFhirPostgresDialect\`, schema by \`hbm2ddl.auto=update\` as in the official starter, HikariCP pool 20."
  echo "  \`JpaStorageSettings\` at HAPI's defaults (indexing of all search parameters, referential integrity on write,"
  echo "  resource history, versioning: all on). Not wired: subscriptions, MDM, CQL, validation, request logging."
  echo "- Samspill: \`target/samspill-0.1.0-SNAPSHOT.jar\`, \`SAMSPILL_DEMO=true\` (demo accounts and pathways), its own"
  echo "  HikariCP pool of 20, questionnaire rate limits raised, log level WARN. Each request authenticates"
  echo "  $( [ -n "${SAMSPILL_AUTHORIZATION:-}" ] && echo "with the given Authorization header" || echo "with HTTP Basic (\`kari.koordinator:demo\`, a BCrypt check per request)"); HAPI has no authentication."
  echo "- Both JVMs: \`java ${JAVA_OPTS:-(no options)} -jar\`; load driver (bench/fhir-peer, closed loop, HTTP/1.1 client"
  echo "  $CLIENT_TEXT, the same for both servers) on the same machine over loopback. Latency = client-side round trip."
  echo "- Work per request: HAPI parses, indexes (tokens, dates, references) and stores the QuestionnaireResponse;"
  echo "  Samspill also checks the answers, scores them and stores the scores (Observations)."
  echo
  echo "## Results"
  echo
  cat "$WORK/load.md"
  echo
  echo "Target: Samspill ≥ 5× HAPI JPA's creates/s (stretch 10×) for the same resources. For comparison, issue #6"
  echo "quotes a first measurement of the peer on this kind of machine: ~965 creates/s at 32 clients, p99 92 ms (not"
  echo "produced by this script)."
  echo
  echo "## What was stored"
  echo
  echo "- HAPI: $HAPI_CREATED creates answered 2xx; QuestionnaireResponses in the database: $HAPI_SQL"
  echo "  (\`_summary=count\`: ${HAPI_FHIR:-no answer}); index rows: $HAPI_INDEX_ROWS."
  echo "- Samspill: ${SAMSPILL_CREATED} creates answered 2xx; \`GET /fhir/QuestionnaireResponse?_summary=count\`:"
  echo "  $SAMSPILL_QR_FHIR; \`GET /fhir/Observation?_summary=count\`: $SAMSPILL_OBS_FHIR. Rows in its questionnaire,"
  echo "  score and observation tables before and after the load:"
  echo
  echo "| table | before | after | added |"
  echo "|---|---:|---:|---:|"
  if [ -n "$DELTAS" ]; then echo "$DELTAS"; else echo "| (none found) | | | |"; fi
} >"$REPORT"
log "report: $REPORT"
cat "$REPORT"
