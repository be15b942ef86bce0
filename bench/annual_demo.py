"""Demo of issue 14 on a replica year: the nights of tests/reports/conftest.py, one dismissal, the reports.

Usage: ``.venv/bin/python bench/annual_demo.py [OUT_DIR]`` (default ``var/annual-demo``). Prints the
period's ranking (score, previous score, change) and writes the year-end reports for 2025 and for
the second half of 2025 (compared with the first half).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.review import dismiss, list_findings  # noqa: E402
from pubwatch.simulate import correct_posting, replica_nights  # noqa: E402
from replica.generate import generate  # noqa: E402
from reports.annual import annual_report  # noqa: E402
from reports.assessment import assess  # noqa: E402
from storage.db import get_engine  # noqa: E402

START = dt.date(2025, 1, 6)
NIGHTS = [
    dt.date(2025, 3, 1),
    dt.date(2025, 5, 1),
    dt.date(2025, 6, 15),
    dt.date(2025, 8, 1),
    dt.date(2025, 10, 21),
    dt.date(2025, 11, 1),
    dt.date(2025, 12, 31),
]
ADDED = '<p style="line-height:1.5em"><strong>十、受让方资格条件：</strong>依法设立并有效存续的企业法人</p>'


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "var" / "annual-demo"
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus"
    generate(22, 200, corpus, start_date=START, days=360)
    correct_posting(corpus, "N0000065", dt.date(2025, 10, 25), ADDED)
    db = out / "year.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    t0 = time.time()
    with replica_nights(corpus, url, START, crawl_settings={"PUBWATCH_RECHECK_INTERVAL_DAYS": "1"}) as night:
        for day in NIGHTS:
            s = night(day)
            print(
                f"{day} open={s['open']} new={s['new']} resolved={s['resolved']} rectified={s['rectified']}"
            )
    print(f"{len(NIGHTS)} nights in {time.time() - t0:.0f} s")
    engine = get_engine(url)
    edit = next(
        f
        for f in list_findings(engine, limit=None)
        if f["kind"] == "silent_edit" and f["responsible_unit"] == "龙游县人民政府"
    )
    dismiss(
        engine,
        edit["id"],
        "该修改系补正缺失的受让方资格条件，属整改行为",
        "市政府办公室（演示）",
        on=dt.date(2026, 1, 5),
    )
    for a, b in ((dt.date(2025, 1, 1), dt.date(2025, 12, 31)), (dt.date(2025, 7, 1), dt.date(2025, 12, 31))):
        result = assess(engine, a, b)
        print(f"\n{a} – {b} (previous {result.prev_from} – {result.prev_to})")
        print("rank | unit | due | C | T | R | N | score | prev | change | proposal")
        for u in result.units:

            def p(x: float | None) -> str:
                return "—" if x is None else f"{x * 100:.1f}%"

            print(
                f"{u.rank or '—'} | {u.label} | {u.tally.due} | {p(u.tally.completeness)} | {p(u.tally.timeliness)} | "
                f"{p(u.rectification)} | {p(u.non_repeat)} | {u.score if u.score is not None else '—'} | "
                f"{u.prev_score if u.prev_score is not None else '—'} | "
                f"{'—' if u.change is None else f'{u.change:+.1f}'} | {u.proposal or '—'}"
            )
        folder = out / f"report-{a}-{b}"
        paths = annual_report(engine, folder, a, b)
        print("reports:", folder, len(paths["reports"]), "scopes")
    engine.dispose()


if __name__ == "__main__":
    main()
