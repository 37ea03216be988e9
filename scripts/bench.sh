#!/usr/bin/env bash
# lrsched's throughput, memory and start-up, printed as tables (`make bench`).
#
#   simulate   10^6 and 10^7 rows of a recursive CosineAnnealingLR and of SequentialLR(LinearLR,
#              CosineAnnealingLR): seconds, rows/second, peak MiB
#   check      `check --expect` of the 10^6-row golden simulate wrote, against simulate's time
#   plot       a PNG of 10^7 rows, against simulate's time
#   start-up   a 100-row simulate as a whole process, mean of 50 runs
#   allocs     heap allocations per step of each spec in scripts/bench/ (needs valgrind)
#
# Usage: scripts/bench.sh [path/to/lrsched]
set -euo pipefail
bin=${1:-.build/release/lrsched}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
[ -x "$bin" ] || { echo "no binary at $bin (make build)"; exit 1; }

cat > "$tmp/cosine.json" <<'JSON'
{"epochs": 1, "steps_per_epoch": 1, "interval": "step",
 "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9},
 "scheduler": {"type": "CosineAnnealingLR", "T_max": 1000}}
JSON
cat > "$tmp/sequential.json" <<'JSON'
{"epochs": 1, "steps_per_epoch": 1, "interval": "step",
 "optimizer": {"type": "AdamW", "lr": 0.001},
 "scheduler": {"type": "SequentialLR", "milestones": [1000],
   "schedulers": [{"type": "LinearLR", "start_factor": 0.01, "total_iters": 1000},
                  {"type": "CosineAnnealingLR", "T_max": 100000, "eta_min": 1e-6}]}}
JSON
cat > "$tmp/short.json" <<'JSON'
{"epochs": 100, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineAnnealingLR", "T_max": 100}}
JSON

# Runs a command and prints "seconds peakKiB" (wall clock, maximum resident set size).
timed() {
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>/dev/null || { echo "failed: $*" >&2; exit 1; }
  tail -n 1 "$tmp/time"
}

rule() { printf '|%s' "$@" | sed 's/[^|]/-/g'; echo '|'; }

echo "simulate"
printf '| %-32s | %10s | %8s | %12s | %8s |\n' schedule rows seconds rows/second "peak MiB"
rule "$(printf ' %-32s ' x)" "$(printf ' %10s ' x)" "$(printf ' %8s ' x)" "$(printf ' %12s ' x)" "$(printf ' %8s ' x)"
declare -A simulated
for rows in 1000000 10000000; do
  for spec in cosine sequential; do
    read -r secs kib < <(timed "$bin" simulate --spec "$tmp/$spec.json" --quiet --epochs 1 --steps-per-epoch "$rows" --output /dev/null)
    simulated[$spec-$rows]=$secs
    name=$([ "$spec" = cosine ] && echo "CosineAnnealingLR (recursive)" || echo "SequentialLR(LinearLR, Cosine)")
    awk -v n="$rows" -v s="$secs" -v k="$kib" -v name="$name" \
      'BEGIN { printf "| %-32s | %10d | %8.2f | %12.0f | %8.1f |\n", name, n, s, (s > 0 ? n / s : 0), k / 1024 }'
  done
done

echo
echo "check and plot, against simulate of the same rows"
printf '| %-40s | %10s | %8s | %8s | %8s |\n' command rows seconds "× sim" "peak MiB"
rule "$(printf ' %-40s ' x)" "$(printf ' %10s ' x)" "$(printf ' %8s ' x)" "$(printf ' %8s ' x)" "$(printf ' %8s ' x)"
"$bin" simulate --spec "$tmp/cosine.json" --quiet --epochs 1 --steps-per-epoch 1000000 --output "$tmp/golden.csv"
read -r secs kib < <(timed "$bin" check --spec "$tmp/cosine.json" --epochs 1 --steps-per-epoch 1000000 --expect "$tmp/golden.csv")
awk -v s="$secs" -v b="${simulated[cosine-1000000]}" -v k="$kib" \
  'BEGIN { printf "| %-40s | %10d | %8.2f | %8.2f | %8.1f |\n", "check --expect golden.csv (cosine)", 1000000, s, (b > 0 ? s / b : 0), k / 1024 }'
rm -f "$tmp/golden.csv"
read -r secs kib < <(timed "$bin" plot --spec "$tmp/cosine.json" --quiet --epochs 1 --steps-per-epoch 10000000 --output "$tmp/plot.png")
awk -v s="$secs" -v b="${simulated[cosine-10000000]}" -v k="$kib" \
  'BEGIN { printf "| %-40s | %10d | %8.2f | %8.2f | %8.1f |\n", "plot -o plot.png (cosine)", 10000000, s, (b > 0 ? s / b : 0), k / 1024 }'

echo
echo "start-up: a 100-row simulate as a whole process"
runs=50
start=$(date +%s%N)
for _ in $(seq "$runs"); do "$bin" simulate --spec "$tmp/short.json" >/dev/null; done
end=$(date +%s%N)
awk -v t="$((end - start))" -v n="$runs" 'BEGIN { printf "mean of %d runs: %.1f ms\n", n, t / n / 1e6 }'

echo
if command -v valgrind >/dev/null; then
  echo "heap allocations per step (valgrind; row formatting skipped with --every, so the engine alone)"
  stripped="$tmp/lrsched"
  strip -o "$stripped" "$bin" 2>/dev/null || cp "$bin" "$stripped"
  allocs() { # spec steps
    valgrind --tool=memcheck "$stripped" simulate --spec "$1" --quiet --epochs "$2" --steps-per-epoch 1 --every 100000000 \
      --output /dev/null 2>&1 | sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' | tr -d ,
  }
  printf '| %-40s | %14s |\n' spec "allocs / step"
  rule "$(printf ' %-40s ' x)" "$(printf ' %14s ' x)"
  for spec in "$tmp/cosine.json" "$tmp/sequential.json" "$here"/bench/*.json; do
    [ -f "$spec" ] || continue
    a=$(allocs "$spec" 1000); b=$(allocs "$spec" 3000)
    [ -n "$a" ] && [ -n "$b" ] || continue
    awk -v a="$a" -v b="$b" -v name="$(basename "$spec")" 'BEGIN { printf "| %-40s | %14.2f |\n", name, (b - a) / 2000 }'
  done
else
  echo "heap allocations per step: skipped (apt-get install valgrind to measure them)"
fi
