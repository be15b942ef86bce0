"""Benchmark: generate a corpus and print notices/s (goal: 100,000 notices < 2 min on one core).

Usage: .venv/bin/python bench/bench_generate.py [--notices 100000] [--seed 7] [--days 150]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from replica.generate import generate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notices", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=int, default=150)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        m = generate(args.seed, args.notices, tmp, days=args.days)
        dt = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6
    print(
        f"notices={m['notice_count']} postings={m['postings']} defects={len(m['defects'])} "
        f"total={dt:.1f}s rate={m['notice_count'] / dt:,.0f} notices/s output={size:.0f} MB"
    )


if __name__ == "__main__":
    main()
