#!/usr/bin/env bash
# Regenerates the pictures in examples/ and the README with the built binary: every picture in
# the README is lrsched's own output. Usage: scripts/make-images.sh [path/to/lrsched]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/lrsched}
for spec in step-cnn cosine-resnet warmup-cosine onecycle plateau-finetune; do
  extra=()
  [ "$spec" = onecycle ] && extra=(--show-momentum)
  "$bin" plot --spec "examples/$spec.json" --quiet -o "examples/$spec.png" "${extra[@]}"
done
"$bin" plot --spec examples/compare-torch-onecycle.json --spec examples/compare-optax-onecycle.json \
  --quiet --title "OneCycle: PyTorch vs optax, same settings" -o examples/compare-onecycle.png
"$bin" plot --spec examples/warmup-cosine.json --quiet --log-y -o examples/warmup-cosine-log.svg
"$bin" plot --spec examples/compare-torch-warmup-cosine.json --spec examples/compare-transformers-warmup-cosine.json \
  --spec examples/compare-timm-warmup-cosine.json --x step --log-y --quiet \
  --title "Warmup + cosine in three libraries" -o examples/compare-warmup-cosine.png
"$bin" plot --spec examples/train-warmup-cosine.json --loss --quiet -o examples/train-warmup-cosine.png
"$bin" plot --spec examples/train-adam-wd.json --spec examples/train-adamw-wd.json --loss --quiet \
  --title "Adam vs AdamW with weight decay 0.1" -o examples/train-adam-vs-adamw.png
"$bin" find-lr --samples 2000 --features 10 --classes 3 --optimizer SGD --momentum 0.9 -o examples/find-lr.png
for spec in examples/gallery/*.json; do
  "$bin" plot --spec "$spec" --quiet -o "${spec%.json}.png"
done
"$bin" plot --spec examples/logs/onecycle-plan.json --log examples/logs/onecycle-per-epoch.csv --x step --quiet \
  --title "OneCycleLR planned per batch, run stepped per epoch" -o examples/logs/onecycle-per-epoch.png
"$bin" plot --spec examples/logs/trainer-plan.json --log examples/logs/trainer_state.json --x step --quiet \
  -o examples/logs/trainer.png
