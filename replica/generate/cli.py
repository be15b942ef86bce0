"""Command line: ``python -m replica.generate --seed N --notices N --out DIR``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from .core import DEFAULT_DAYS, DEFAULT_START, generate


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, generate the corpus, print a one-line summary; return the exit code."""
    ap = argparse.ArgumentParser(
        prog="python -m replica.generate", description="生成衢州公共资源配置复制站语料"
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--notices", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--start-date", default=DEFAULT_START.isoformat(), type=dt.date.fromisoformat)
    ap.add_argument("--days", type=int, default=DEFAULT_DAYS)
    ap.add_argument(
        "--no-fill",
        action="store_true",
        help="不补足空栏目 only the main corpus (no notices added to channels it leaves without a recent one)",
    )
    args = ap.parse_args(argv)
    try:
        m = generate(
            args.seed,
            args.notices,
            args.out,
            start_date=args.start_date,
            days=args.days,
            fill=not args.no_fill,
        )
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(
        f"公告 {m['notice_count'] - m['fill_notices']} 条，补足栏目 {m['fill_notices']} 条，"
        f"发布 {m['postings']} 条，项目 {m['project_count']} 个，"
        f"缺陷 {len(m['defects'])} 个，故障 {len(m['outages'])} 个 → {args.out}"
    )
    return 0
