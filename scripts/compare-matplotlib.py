#!/usr/bin/env python3
"""Draws lrsched's charts beside matplotlib's, from lrsched's own exact CSV.

For each case, `lrsched simulate` writes the rows and matplotlib draws them with its defaults
(plt.step(where="post") for learning rates, plt.plot for losses, legend loc="best"), and
`lrsched plot` draws the same schedule at the same size. Each pair is saved side by side as
OUT/<size>/<case>.png, to compare by eye.

Usage (matplotlib in a scratch venv, not part of the package):
  python3 -m venv /tmp/mpl && /tmp/mpl/bin/pip install matplotlib
  /tmp/mpl/bin/python scripts/compare-matplotlib.py [--bin .build/release/lrsched] [--out /tmp/mpl-compare]
"""
import argparse
import csv
import io
import os
import subprocess

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

OVERLAY = [
    "CosineAnnealingLR(optimizer, T_max=90)",
    "StepLR(optimizer, step_size=30)",
    "MultiStepLR(optimizer, milestones=[20,50,70], gamma=0.3)",
    "ExponentialLR(optimizer, gamma=0.97)",
    "CosineAnnealingWarmRestarts(optimizer, T_0=10, T_mult=2)",
]

# name: (runs as lists of source flags, plot flags, x column, log-y, secondary columns)
CASES = {
    "step-cnn": ([["--spec", "examples/step-cnn.json"]], [], "epoch", False, []),
    "warmup-cosine-log": ([["--spec", "examples/warmup-cosine.json"]], ["--log-y"], "epoch", True, []),
    "compare-warmup-cosine": (
        [["--spec", f"examples/compare-{lib}-warmup-cosine.json"] for lib in ("torch", "transformers", "timm")],
        ["--x", "step", "--log-y", "--title", "Warmup + cosine in three libraries"], "step", True, []),
    "overlay5": ([["--scheduler", s, "--epochs", "90"] for s in OVERLAY], [], "epoch", False, []),
    "onecycle-momentum": ([["--spec", "examples/onecycle.json"]], ["--show-momentum"], "epoch", False, ["momentum"]),
    "train-adam-vs-adamw": (
        [["--spec", "examples/train-adam-wd.json"], ["--spec", "examples/train-adamw-wd.json"]],
        ["--loss", "--title", "Adam vs AdamW with weight decay 0.1"], "epoch", False, ["train_loss", "val_loss"]),
}
SIZES = [(320, 240), (640, 480), (1920, 1080)]


def rows(binary, flags):
    text = subprocess.run([binary, "simulate", *flags, "--quiet"], check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def number(text):
    return float(text) if text not in ("", None) else float("nan")


def matplotlib_chart(binary, case, size, path):
    runs, plot_flags, x, log_y, secondary = CASES[case]
    title = plot_flags[plot_flags.index("--title") + 1] if "--title" in plot_flags else None
    if secondary:
        fig, (ax, ax2) = plt.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]},
                                      figsize=(size[0] / 100, size[1] / 100), dpi=100)
    else:
        fig, ax = plt.subplots(figsize=(size[0] / 100, size[1] / 100), dpi=100)
        ax2 = None
    for flags in runs:
        data = rows(binary, flags)
        xs = [number(r[x]) for r in data]
        name = flags[1] if flags[0] == "--scheduler" else os.path.basename(flags[1])
        lr_columns = [c for c in data[0] if c == "lr" or c.startswith("lr_")]
        for column in lr_columns:
            ax.step(xs, [number(r[column]) for r in data], where="post", label=f"{name} {column}")
        for column in secondary:
            if column in data[0]:
                ax2.plot(xs, [number(r[column]) for r in data], label=f"{name}: {column}")
    if log_y:
        ax.set_yscale("log")
    ax.set_ylabel("learning rate")
    (ax2 or ax).set_xlabel(x)
    if ax2:
        ax2.set_ylabel(" / ".join(secondary) if secondary != ["train_loss", "val_loss"] else "loss")
        ax2.legend(loc="best")
    ax.legend(loc="best")
    ax.set_title(title or case)
    fig.savefig(path)
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/lrsched")
    parser.add_argument("--out", default="/tmp/mpl-compare")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for size in SIZES:
        folder = os.path.join(args.out, f"{size[0]}x{size[1]}")
        os.makedirs(folder, exist_ok=True)
        for case, (runs, plot_flags, _, _, _) in CASES.items():
            theirs = os.path.join(folder, f"{case}.matplotlib.png")
            ours = os.path.join(folder, f"{case}.lrsched.png")
            matplotlib_chart(args.bin, case, size, theirs)
            sources = [flag for run in runs for flag in run if flag != "--epochs" and flag != "90"]
            extra = ["--epochs", "90"] if runs[0][0] == "--scheduler" else []
            subprocess.run([args.bin, "plot", *sources, *extra, *plot_flags, "--quiet",
                            "--size", f"{size[0]}x{size[1]}", "-o", ours], check=True)
            left, right = Image.open(theirs), Image.open(ours)
            pair = Image.new("RGB", (left.width + right.width + 8, max(left.height, right.height)), (90, 90, 90))
            pair.paste(left.convert("RGB"), (0, 0))
            pair.paste(right.convert("RGB"), (left.width + 8, 0))
            pair.save(os.path.join(folder, f"{case}.png"))
            print(os.path.join(folder, f"{case}.png"))


if __name__ == "__main__":
    main()
