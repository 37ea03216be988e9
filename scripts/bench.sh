#!/usr/bin/env bash
# Rows per second and peak memory of `lrsched simulate` for a recursive and a composite schedule,
# at 10^6 and 10^7 rows, printed as a table. Usage: scripts/bench.sh [path/to/lrsched]
set -euo pipefail
bin=${1:-.build/release/lrsched}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

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

measure() { # spec rows
  local out
  out=$( { /usr/bin/time -f '%e %M' "$bin" simulate --spec "$1" --epochs 1 --steps-per-epoch "$2" --output /dev/null; } 2>&1 >/dev/null | tail -n 1)
  local secs=${out% *} kib=${out#* }
  awk -v n="$2" -v s="$secs" -v k="$kib" -v name="$3" \
    'BEGIN { r = (s > 0) ? n / s : 0; printf "| %-32s | %10d | %8.2f | %14.0f | %8.1f |\n", name, n, s, r, k / 1024 }'
}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
printf '| %-32s | %10s | %8s | %14s | %8s |\n' schedule rows seconds "rows/second" "peak MiB"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..34})" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..10})"
for rows in 1000000 10000000; do
  measure "$tmp/cosine.json" "$rows" "CosineAnnealingLR (recursive)"
  measure "$tmp/sequential.json" "$rows" "SequentialLR(LinearLR, Cosine)"
done
