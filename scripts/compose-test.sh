#!/usr/bin/env bash
# `make compose-test`: the Docker path (docker-compose.yml and services/Dockerfile), run for
# real on a machine without a Docker engine or an image registry:
#   podman's Docker-compatible API + Debian's docker-compose, local base and stand-in images
#   (compose/images.sh), docker-compose.yml + compose/podman.override.yml, every service healthy,
#   the seed article dropped into the inbox, searchable with its entities and claims through the
#   API's published port; then `down -v`, and everything this script started is stopped (by pid).
# Exits non-zero on any failure, after printing the containers' logs.
# Knobs: COMPOSE_TEST_API_PORT (18000), COMPOSE_TEST_KEEP=1 (leave the stack up for a look;
# `scripts/compose-test.sh down`, or `make compose-down`, removes it afterwards),
# COMPOSE_TEST_RUNTIME=crun|runc (force podman's OCI runtime instead of probing for one).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROJECT=newsroom-ct
API_PORT="${COMPOSE_TEST_API_PORT:-18000}"
API="http://127.0.0.1:$API_PORT"
SEED="seeds/syria-russia-bases.txt"
ES_VERSION="$(sed -n 's/^ES_VERSION *:\?= *//p' versions.mk)"
BUILD="$ROOT/compose/.build"
INBOX="$BUILD/inbox"
PIDS="$BUILD/compose-test.pids"   # "podman-service-pid healthcheck-loop-pid run-dir" of a kept stack
T0=$SECONDS
log() { printf '[compose-test %4ds] %s\n' "$((SECONDS - T0))" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
# The first container of a service. awk reads every line: `| head -n1` exits early, and with
# pipefail the writer's SIGPIPE (exit 141) failed the run once a service had three containers.
first_container() { "${COMPOSE[@]}" ps -q "$1" | awk 'NR == 1'; }

if [ "${1:-}" = down ]; then  # remove a stack left up by COMPOSE_TEST_KEEP=1
  export CONTAINERS_CONF="$ROOT/compose/containers.conf"
  podman ps -aq --filter "label=com.docker.compose.project=$PROJECT" | xargs -r podman rm -f -t 10 >/dev/null 2>&1
  podman volume ls -q --filter "label=com.docker.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null
  podman network ls -q --filter "label=com.docker.compose.project=$PROJECT" | xargs -r podman network rm -f >/dev/null
  if [ -s "$PIDS" ]; then
    read -r spid lpid rdir <"$PIDS"
    kill "$lpid" "$spid" 2>/dev/null || true
    rm -rf "$rdir" "$PIDS"
  fi
  rm -rf "$INBOX"; log "stack $PROJECT removed"; exit 0
fi
RUN="$(mktemp -d /tmp/newsroom-compose-test.XXXXXX)"   # socket, logs (a short path: the socket)

# --- tools -------------------------------------------------------------------------------
need=()
# runc beside podman's default crun: crun refuses every container where cgroup v1 controllers sit
# beside a cgroup2 hierarchy (hybrid mode); runc runs them, memory limits included.
for pair in podman:podman runc:runc docker-compose:docker-compose debootstrap:debootstrap curl:curl \
            netavark:netavark aardvark-dns:aardvark-dns; do
  cmd="${pair%%:*}"; pkg="${pair##*:}"
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/lib/podman/$cmd" ] || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || fail "need root to apt-get install ${need[*]}"
  log "installing ${need[*]} with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${need[@]}" >"$RUN/apt.log" 2>&1 ||
    { apt-get update -q >>"$RUN/apt.log" 2>&1 && apt-get install -y -q "${need[@]}" >>"$RUN/apt.log" 2>&1; } ||
    { tail -n 20 "$RUN/apt.log" >&2; fail "apt-get install ${need[*]}"; }
fi

# The sandbox cannot raise rlimits: podman's defaults fail without these ulimits.
export CONTAINERS_CONF="$ROOT/compose/containers.conf"

export DOCKER_HOST="unix://$RUN/podman.sock"
# docker-compose 1.29 builds through the API itself (not a docker CLI with BuildKit).
export COMPOSE_DOCKER_CLI_BUILD=0 DOCKER_BUILDKIT=0 COMPOSE_HTTP_TIMEOUT=600
unset COMPOSE_FILE COMPOSE_PROJECT_NAME
COMPOSE=(docker-compose -f docker-compose.yml -f compose/podman.override.yml -p "$PROJECT")

SERVICE_PID="" LOOP_PID=""
cleanup() {
  local rc=$?
  set +e
  if [ "$rc" -ne 0 ] && [ -S "$RUN/podman.sock" ]; then
    log "containers:"; "${COMPOSE[@]}" ps >&2 2>/dev/null
    for c in $(podman ps -a --filter "label=com.docker.compose.project=$PROJECT" --format '{{.Names}}' 2>/dev/null); do
      echo "----- logs of $c (last 60 lines) -----" >&2
      podman logs --tail 60 "$c" >&2 2>&1
      podman inspect --format 'health: {{json .State.Health}}' "$c" 2>/dev/null | cut -c1-1500 >&2
    done
  fi
  if [ "${COMPOSE_TEST_KEEP:-0}" = 1 ] && [ "$rc" -eq 0 ]; then
    echo "$SERVICE_PID $LOOP_PID $RUN" >"$PIDS"
    log "COMPOSE_TEST_KEEP=1: stack left up (DOCKER_HOST=$DOCKER_HOST, API $API); remove it with: make compose-down"
    exit 0
  fi
  if [ -S "$RUN/podman.sock" ]; then
    log "docker-compose down -v"
    timeout 180 "${COMPOSE[@]}" down -v --remove-orphans >"$RUN/down.log" 2>&1 || { log "down failed:"; tail -n 20 "$RUN/down.log" >&2; }
  fi
  for pid in $LOOP_PID $SERVICE_PID; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$INBOX" "$RUN"
  [ "$rc" -eq 0 ] && log "PASS" || log "failed (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT
# A command that stops the run under `set -e` says where, instead of only "failed (exit N)".
trap 'log "line $LINENO exited $? (set -e stops here)"' ERR
trap 'exit 130' INT TERM

# --- base image and OCI runtime ------------------------------------------------------------
# The base image is imported, not built, so it needs no runtime; every later build and container
# does. Pick the first runtime that runs a container with a memory limit on this machine (crun,
# podman's default, then runc), and hand it to every podman below through CONTAINERS_CONF.
t=$SECONDS
PYTHON_IMAGE="$(compose/images.sh base)" || fail "building the base image (compose/images.sh base)"
export PYTHON_IMAGE
if [ -d /sys/fs/cgroup/unified ]; then CGROUPS="hybrid (cgroup v1 controllers + cgroup2 at /sys/fs/cgroup/unified)"
elif [ -f /sys/fs/cgroup/cgroup.controllers ]; then CGROUPS="unified (cgroup v2)"
else CGROUPS="legacy (cgroup v1)"; fi
RUNTIME=""
for rt in ${COMPOSE_TEST_RUNTIME:-crun runc}; do
  command -v "$rt" >/dev/null 2>&1 || { log "runtime $rt: not installed"; continue; }
  if err="$(timeout 120 podman --runtime "$rt" run --rm --network none --memory 64m "$PYTHON_IMAGE" true 2>&1)"; then
    RUNTIME="$rt"; break
  fi
  log "runtime $rt cannot run a container here: $(echo "$err" | tail -n1)"
done
[ -n "$RUNTIME" ] || fail "no OCI runtime runs containers here (cgroups: $CGROUPS; tried: ${COMPOSE_TEST_RUNTIME:-crun runc})"
{ cat "$ROOT/compose/containers.conf"; printf '\n[engine]\nruntime = "%s"\n' "$RUNTIME"; } >"$RUN/containers.conf"
export CONTAINERS_CONF="$RUN/containers.conf"
log "cgroups: $CGROUPS; OCI runtime: $RUNTIME ($(command -v "$RUNTIME"))"

# --- podman API service and healthcheck loop ---------------------------------------------
log "podman $(podman version --format '{{.Client.Version}}'), $(docker-compose version --short)"
podman system service --time=0 "$DOCKER_HOST" >"$RUN/podman-service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 100); do
  curl -fsS --unix-socket "$RUN/podman.sock" http://d/_ping >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$RUN/podman-service.log" >&2; fail "podman system service exited"; }
  sleep 0.2
done
curl -fsS --unix-socket "$RUN/podman.sock" http://d/_ping >/dev/null || fail "podman API did not answer on $DOCKER_HOST"
compose/healthcheck-loop.sh "$PROJECT" >/dev/null 2>&1 &
LOOP_PID=$!
log "podman API on $DOCKER_HOST (pid $SERVICE_PID), healthcheck loop (pid $LOOP_PID)"

# A run killed before its cleanup leaves its stack behind: start clean.
"${COMPOSE[@]}" down -v --remove-orphans >/dev/null 2>&1 || true

# --- images ------------------------------------------------------------------------------
grep -q "elasticsearch/elasticsearch:$ES_VERSION}" docker-compose.yml ||
  fail "docker-compose.yml's Elasticsearch image is not versions.mk's ES_VERSION ($ES_VERSION)"
# `export X="$(...)"` would hide a failed build behind export's own exit status.
ELASTICSEARCH_IMAGE="$(compose/images.sh elasticsearch)" || fail "building the Elasticsearch stand-in image (compose/images.sh elasticsearch)"
REDIS_IMAGE="$(compose/images.sh redis)" || fail "building the Redis stand-in image (compose/images.sh redis)"
export ELASTICSEARCH_IMAGE REDIS_IMAGE
BASE_SECS=$((SECONDS - t))
log "base and stand-in images ready in ${BASE_SECS}s: $PYTHON_IMAGE $ELASTICSEARCH_IMAGE $REDIS_IMAGE"

# The services run as uid 10001: the inbox and the articles must be readable whatever our umask.
rm -rf "$INBOX"; install -d -m 0755 "$INBOX"
export NEWSROOM_INBOX_HOST_DIR="$INBOX" NEWSROOM_API_PORT="$API_PORT" NEWSROOM_INDEX_PREFIX=newsroom
if curl -s -m 2 -o /dev/null "http://127.0.0.1:$API_PORT/"; then
  fail "port $API_PORT is taken: set COMPOSE_TEST_API_PORT to a free port"
fi

t=$SECONDS
log "building the service images (docker-compose build; log: $RUN/build.log)"
if ! timeout 1500 "${COMPOSE[@]}" build --parallel >"$RUN/build.log" 2>&1; then
  tail -n 60 "$RUN/build.log" >&2; fail "docker-compose build"
fi
BUILD_SECS=$((SECONDS - t))
log "service images built in ${BUILD_SECS}s"

# --- up, healthy -------------------------------------------------------------------------
t_up=$SECONDS
log "docker-compose up -d"
# docker-compose 1.29 waits here for the dependencies' healthchecks (run by the loop above).
kill -0 "$LOOP_PID" 2>/dev/null || fail "the healthcheck loop is not running"
timeout 600 "${COMPOSE[@]}" up -d >"$RUN/up.log" 2>&1 || { cat "$RUN/up.log" >&2; fail "docker-compose up"; }
SERVICES=(redis elasticsearch ingest extract search)
declare -A healthy_at=()
deadline=$((SECONDS + 420))
while :; do
  states=() all=1
  for s in "${SERVICES[@]}"; do
    id="$(first_container "$s" 2>/dev/null)"
    [ -n "$id" ] || { states+=("$s=missing"); all=0; continue; }
    st="$(podman inspect --format '{{.State.Status}}/{{.State.Health.Status}}' "$id" 2>/dev/null || echo gone/)"
    states+=("$s=$st")
    if [ "${st#*/}" = healthy ]; then
      [ -n "${healthy_at[$s]:-}" ] || healthy_at[$s]=$((SECONDS - t_up))
    else
      all=0
    fi
    case "$st" in exited/*|gone/*|stopped/*) fail "$s is not running ($st)";; esac
  done
  [ "$all" = 1 ] && break
  kill -0 "$LOOP_PID" 2>/dev/null || fail "the healthcheck loop died"
  [ $SECONDS -lt $deadline ] || fail "not every service healthy after 420s: ${states[*]}"
  sleep 2
done
HEALTHY_SECS=$((SECONDS - t_up))
log "every service healthy ${HEALTHY_SECS}s after up (seconds after up, as first seen healthy: $(for s in "${SERVICES[@]}"; do printf '%s=%s ' "$s" "${healthy_at[$s]}"; done))"

health="$(curl -fsS -m 5 "$API/health")" || fail "GET $API/health through the published port"
log "GET /health -> $health"

# Product properties a Docker user relies on.
for s in ingest extract search; do
  uid="$("${COMPOSE[@]}" exec -T "$s" id -u 2>/dev/null | tr -d '\r')"
  [ -n "$uid" ] && [ "$uid" != 0 ] || fail "$s runs as root (uid '$uid')"
done
aof="$("${COMPOSE[@]}" exec -T redis redis-cli CONFIG GET appendonly | tr -d '\r' | tail -n1)"
[ "$aof" = yes ] || fail "redis appendonly is '$aof', not yes"

# --- the seed article, end to end --------------------------------------------------------
t_drop=$SECONDS
# As a user would (`cp`): created readable at once (install(1) would chmod only after the
# write, and a watcher that reads on close-write would meet a file it may not read).
(umask 022 && cat "$SEED" >"$INBOX/$(basename "$SEED")")
log "dropped $SEED into the inbox; polling $API/search?q=Khmeimim"
deadline=$((SECONDS + 300))
article_id=""
while [ -z "$article_id" ]; do
  [ $SECONDS -lt $deadline ] || fail "the seed article was not searchable within 300s"
  sleep 1
  body="$(curl -sS -m 5 "$API/search?q=Khmeimim" 2>/dev/null)" || continue
  article_id="$(python3 -c '
import json, sys
try:
    r = json.loads(sys.argv[1])
except ValueError:
    sys.exit()
hits = r.get("hits") or []
if r.get("total", 0) >= 1 and hits and hits[0].get("id"):
    print(hits[0]["id"])
' "$body")"
done
SEARCHABLE_SECS=$((SECONDS - t_up))
log "searchable $((SECONDS - t_drop))s after the drop (${SEARCHABLE_SECS}s after up): id $article_id"

curl -fsS -m 10 "$API/articles/$article_id" >"$RUN/article.json" || fail "GET /articles/$article_id"
python3 - "$RUN/article.json" <<'PY' || fail "the article's entities and claims are not what the seed says"
import json, sys
a = json.load(open(sys.argv[1]))
ents, claims = a.get("entities") or [], a.get("claims") or []
problems = []
if not ents:
    problems.append("no entities")
if not claims:
    problems.append("no claims")
people = {e.get("name") for e in ents if e.get("type") == "PERSON"}
if "Alexander Zhuravlyov" not in people:
    problems.append(f"'Alexander Zhuravlyov' is not a PERSON entity (people: {sorted(people)})")
print(f"[compose-test] article {a.get('id')}: title {a.get('title')!r}, {len(ents)} entities, "
      f"{len(claims)} claims, people: {sorted(people)[:8]}", file=sys.stderr)
if problems:
    print("[compose-test] " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
PY

# The same analysis chain as the local node (the analysis-newsroom plugin in the image):
# possessives, stems and folding through the published port.
compose/analysis-smoke.sh "$API" || fail "the analysis chain through the API (compose/analysis-smoke.sh)"
log "analysis chain: Ukraine, Assad, flee, S-400 and phrase queries answer as on the local node"

# The search page through the published port: served by the search image (templates and
# static files included), and it finds the seed.
page="$(curl -fsS -m 10 "$API/?q=Khmeimim")" || fail "GET $API/?q=Khmeimim (the search page)"
grep -q "$article_id" <<<"$page" || fail "the search page at / does not list the seed article $article_id"
curl -fsS -m 10 -o /dev/null "$API/static/app.js" || fail "GET $API/static/app.js (the page's script, served by the image)"
log "search page: / lists the seed article"

# More extraction workers, as a desk would add them: `--scale extract=3` gives three workers with
# their own hostnames and no inbox mount; a burst of distinct articles is shared between them.
"${COMPOSE[@]}" up -d --no-deps --scale extract=3 extract >"$RUN/scale.log" 2>&1 || { cat "$RUN/scale.log" >&2; fail "docker-compose up --scale extract=3"; }
mapfile -t workers < <("${COMPOSE[@]}" ps -q extract)
[ "${#workers[@]}" -eq 3 ] || fail "--scale extract=3 gave ${#workers[@]} extract containers"
hosts="$(for w in "${workers[@]}"; do podman inspect --format '{{.Config.Hostname}}' "$w"; done | sort -u | wc -l)"
[ "$hosts" -eq 3 ] || fail "the three extract containers share hostnames ($hosts distinct)"
deadline=$((SECONDS + 300))
until [ "$(for w in "${workers[@]}"; do podman inspect --format '{{.State.Health.Status}}' "$w"; done | grep -c '^healthy$')" -eq 3 ]; do
  [ $SECONDS -lt $deadline ] || fail "the scaled extract workers were not healthy within 300s"
  sleep 2
done
before="$(curl -fsS -m 5 "$API/ingest/status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["indexed"])')"
for i in $(seq 1 30); do
  (umask 022 && printf 'Burst article %s from the wire\n\nOfficials in Town%s said on Monday that bridge %s would reopen in %s weeks, according to a statement.\n' \
    "$i" "$i" "$i" "$((i % 7 + 2))" >"$INBOX/burst-$i.txt")
done
deadline=$((SECONDS + 300))
while :; do
  now="$(curl -fsS -m 5 "$API/ingest/status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["indexed"])')" || now=0
  [ "$((now - before))" -ge 30 ] && break
  [ $SECONDS -lt $deadline ] || fail "30 burst articles not indexed by 3 workers within 300s ($((now - before)) were)"
  sleep 2
done
split="$(for w in "${workers[@]}"; do podman logs "$w" 2>&1 | grep -c 'indexed .*burst-' || true; done | tr '\n' ' ')"
log "--scale extract=3: 3 workers with distinct hostnames indexed the 30-article burst (per worker: $split)"

# --- report ------------------------------------------------------------------------------
log "timings: base+stand-in images ${BASE_SECS}s, service image build ${BUILD_SECS}s, up->healthy ${HEALTHY_SECS}s, up->searchable ${SEARCHABLE_SECS}s"
log "memory in use / limit:"
podman stats --no-stream --format '  {{.Name}} {{.MemUsage}}' $("${COMPOSE[@]}" ps -q) >&2 || true
log "image sizes:"
{
  for s in ingest extract search; do
    id="$(first_container "$s")"
    podman inspect --format "$s {{.ImageName}}" "$id"
  done
  echo "elasticsearch $ELASTICSEARCH_IMAGE"; echo "redis $REDIS_IMAGE"; echo "base $PYTHON_IMAGE"
} | while read -r s img; do
  printf '  %-14s %-55s %s\n' "$s" "$img" "$(podman image inspect --format '{{.Size}}' "$img" | awk '{printf "%.0f MB", $1/1e6}')"
done >&2
