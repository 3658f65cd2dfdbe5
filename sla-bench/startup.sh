#!/usr/bin/env bash
# Start-up of `sla deadline` beside a bare JVM start, measured side by side in one run:
# a Hello class (java -cp DIR Hello), the ./sla launcher answering as text and as JSON, and
# the same question with java -jar and no options. With hyperfine when it is installed,
# otherwise a loop of 20 runs of each. Then the classes the question loads, and from where.
# Usage: sla-bench/startup.sh [RUNS]   (from the repository; ./sla builds the jar and the archive)
set -euo pipefail
runs=${1:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/sla-cli/target/sla.jar"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$tmp/Hello.java"
javac -d "$tmp" "$tmp/Hello.java"
question="deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00"
"$root/sla" $question >/dev/null   # builds the jar and the archive if they are missing
java -version 2>&1 | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 5 -r "$runs" "java -cp $tmp Hello" "$root/sla $question" "$root/sla $question --json" \
      "java -jar $jar $question"
else
  for cmd in "java -cp $tmp Hello" "$root/sla $question" "$root/sla $question --json" "java -jar $jar $question"; do
    start=$(date +%s%N)
    for _ in $(seq 20); do $cmd >/dev/null; done
    echo "$(( ($(date +%s%N) - start) / 20000000 )) ms  $cmd"
  done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
opts="-XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -Xlog:cds=off"
java $opts -XX:SharedArchiveFile="$root/sla-cli/target/sla.jsa" -Xlog:class+load=info:file="$tmp/classes" \
    -jar "$jar" $question >/dev/null
echo "classes loaded: $(wc -l <"$tmp/classes"), of them from the archive: $(grep -c 'shared objects file' "$tmp/classes")"
