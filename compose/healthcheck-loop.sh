#!/usr/bin/env bash
# Without systemd nothing schedules podman healthchecks: run them here.
# Every ~2 s, for each running container of the compose project that has a healthcheck, run
# `podman healthcheck run` when it is not healthy yet or its own interval has passed (so an
# expensive check such as a Celery ping still runs only every 30 s once healthy). Checks run in
# the background, one at a time per container, so a slow one does not hold up the others.
#   compose/healthcheck-loop.sh PROJECT
set -u
project="${1:?compose project name}"
declare -A last=() running=()
trap 'kill $(jobs -p) 2>/dev/null; exit 0' TERM INT
while :; do
  now=$(date +%s)
  while read -r id interval status; do
    [ -n "$id" ] || continue
    [[ "$interval" =~ ^[0-9]+$ ]] || continue  # "-": no healthcheck
    secs=$(( interval / 1000000000 )); [ "$secs" -ge 1 ] || secs=30
    pid="${running[$id]:-}"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then continue; fi
    if [ "$status" != "healthy" ] || [ $(( now - ${last[$id]:-0} )) -ge "$secs" ]; then
      last[$id]=$now
      podman healthcheck run "$id" </dev/null >/dev/null 2>&1 &
      running[$id]=$!
    fi
  done < <(podman ps --filter "label=com.docker.compose.project=$project" --format '{{.ID}}' 2>/dev/null </dev/null |
           xargs -r podman inspect --format '{{.Id}} {{if .Config.Healthcheck}}{{printf "%d" .Config.Healthcheck.Interval}}{{else}}-{{end}} {{.State.Health.Status}}' 2>/dev/null)
  sleep 2
done
