#!/bin/bash
# Like the official image's entrypoint: environment variables that look like settings
# (lower case, with dots: discovery.type=single-node) become -E options.
set -e
if [ "${1:-eswrapper}" = "eswrapper" ] || [ "${1:-}" = "elasticsearch" ]; then
  [ $# -gt 0 ] && shift
  args=()
  while IFS= read -r -d '' kv; do
    k="${kv%%=*}"
    [[ "$k" =~ ^[a-z0-9_]+(\.[a-z0-9_]+)+$ ]] && args+=("-E" "$kv")
  done < <(env -0)
  exec /usr/share/elasticsearch/bin/elasticsearch "${args[@]}" "$@"
fi
exec "$@"
