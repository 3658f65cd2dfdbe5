#!/usr/bin/env bash
# Peak memory of `sla report` from 10^5 to 10^7 tickets: generated tickets piped into the
# report, which writes to /dev/null. For each size: wall time, peak resident set size, and
# the largest heap left after a garbage collection (the live data), from the GC log.
# Usage: sla-bench/report-memory.sh [POLICY] [MAX_HEAP]   (after building sla-cli/target/sla.jar)
set -euo pipefail
policy=${1:-express}
heap=${2:-256m}
jar=${SLA_JAR:-$(dirname "$0")/../sla-cli/target/sla.jar}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%10s %9s %12s %16s\n' tickets seconds 'peak RSS MB' 'max live heap MB'
for n in 100000 1000000 10000000; do
  java -jar "$jar" report --generate "$n" --policy "$policy" --seed 1 \
    | /usr/bin/time -f '%e %M' -o "$tmp/time" \
      java -Xmx"$heap" -Xlog:gc:file="$tmp/gc.log" -jar "$jar" report --policy "$policy" --tickets - \
           --out /dev/null --summary "$tmp/summary.json" --at 2026-01-15T00:00:00Z
  read -r secs rss < "$tmp/time"
  live=$(grep -o '[0-9]*M->[0-9]*M' "$tmp/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  printf '%10d %9s %12d %16s\n' "$n" "$secs" $((rss / 1024)) "${live:-0}"
done
