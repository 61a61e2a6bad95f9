#!/bin/sh
# The official image builds redis with protected mode off; Debian's keeps it on, which would
# refuse every client from another container.
set -e
if [ "$1" = "redis-server" ]; then
  shift
  exec redis-server --protected-mode no "$@"
fi
exec "$@"
