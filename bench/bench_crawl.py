"""Crawl benchmark: N simulated nights against the replica.

Prints coverage (postings served on the crawled nights vs documents captured), duplicates, and
requests per new-or-changed notice after the first night (goal <= 1.2, list pages included),
with the nightly numbers. Usage::

    .venv/bin/python bench/bench_crawl.py [--seed 3] [--notices 400] [--nights 10] [--recheck-interval 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

from replica.generate import generate  # noqa: E402
from replica.server import run_in_thread  # noqa: E402

SOURCES = "qz_hanweb,qz_epoint,kecheng,qujiang,kaihua,changshan,longyou,jiangshan,zjggzy,zfcg,qz_portal,ccgp"


def online(p: dict, day: dt.date) -> bool:
    pub = dt.date.fromisoformat(p["publish_date"])
    rem = dt.date.fromisoformat(p["removed_on"]) if p.get("removed_on") else None
    return pub <= day and (rem is None or day < rem)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--notices", type=int, default=400)
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--nights", type=int, default=10)
    ap.add_argument("--first-night", default="2026-02-01")
    ap.add_argument("--sources", default=SOURCES)
    ap.add_argument("--recheck-interval", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_crawl_"))
    generate(args.seed, args.notices, tmp / "corpus", days=args.days)
    postings = [json.loads(x) for x in (tmp / "corpus" / "postings.jsonl").read_text(encoding="utf-8").splitlines()]
    sites = args.sources.split(",")
    db_url = f"sqlite:///{tmp / 'bench.db'}"
    first = dt.date.fromisoformat(args.first_night)
    nights = [first + dt.timedelta(days=i) for i in range(args.nights)]
    served: set[str] = set()
    totals = Counter()
    with run_in_thread(tmp / "corpus", first) as replica:
        env = dict(os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites))
        print(f"{'night':10} {'secs':>5} {'requests':>8} {'new':>5} {'changed':>7} {'removed':>7} {'incomplete'}")
        for i, night in enumerate(nights):
            replica.set_date(night)
            served |= {p["posting_id"] for p in postings if p["site"] in sites and online(p, night)}
            before = sum(s["requests"] for s in replica.stats().values())
            t0 = time.monotonic()
            proc = subprocess.run(
                [sys.executable, "-m", "crawler.run", "--night", night.isoformat(), "--sources", args.sources,
                 "--db-url", db_url, "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
                 "-s", "RETRY_BACKOFF_BASE=0", "-s", "LOG_LEVEL=ERROR", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
                 "-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=1",
                 "-s", f"PUBWATCH_RECHECK_INTERVAL_DAYS={args.recheck_interval}"],
                cwd=REPO, env=env, capture_output=True, text=True, check=False,
            )
            secs = time.monotonic() - t0
            summary = json.loads(proc.stdout.strip().splitlines()[-1])
            requests = sum(s["requests"] for s in replica.stats().values()) - before
            new = sum(s["new"] for s in summary["sources"].values())
            changed = sum(s["changed"] for s in summary["sources"].values())
            removed = sum(s["removed"] for s in summary["sources"].values())
            bad = sorted(k for k, s in summary["sources"].items() if not s["complete"])
            print(f"{night.isoformat():10} {secs:5.1f} {requests:8d} {new:5d} {changed:7d} {removed:7d} {','.join(bad)}")
            if i > 0:
                totals.update(requests=requests, new=new, changed=changed)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        docs = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        dups = conn.execute(text("SELECT count(*) FROM (SELECT source_key, list_title, list_date, count(*) c "
                                 "FROM documents GROUP BY 1, 2, 3 HAVING count(*) > 1) x")).scalar_one()
    # served postings are matched to documents by count per site (item keys are site-specific)
    per_site = Counter(p["site"] for p in postings if p["posting_id"] in served)
    with engine.connect() as conn:
        got = Counter(dict(conn.execute(text("SELECT source_key, count(*) FROM documents GROUP BY 1")).all()))
    captured = sum(min(per_site[s], got[s]) for s in per_site)
    print(f"coverage: {captured}/{len(served)} postings served on the crawled nights "
          f"({100 * captured / max(1, len(served)):.1f}%); documents stored {docs}")
    print(f"duplicates (same source, title and date stored twice): {dups}")
    work = totals["new"] + totals["changed"]
    print(f"after night 1: {totals['requests']} requests for {work} new-or-changed notices = "
          f"{totals['requests'] / max(1, work):.2f} requests each (goal <= 1.2; recheck interval "
          f"{args.recheck_interval} days)")


if __name__ == "__main__":
    main()
