"""Memory benchmark: peak RSS of one crawl of about 10,000 pages (goal < 500 MB).

Generates a corpus large enough, serves it with the replica, runs ``python -m crawler.run`` over
the HTTP sources with storing on (SQLite), and prints pages fetched and the crawler process's peak
resident set size. Usage: ``.venv/bin/python bench/bench_crawl_memory.py [--notices 5800]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from replica.generate import generate  # noqa: E402
from replica.server import run_in_thread  # noqa: E402

SOURCES = "qz_hanweb,qz_epoint,kecheng,qujiang,kaihua,changshan,longyou,jiangshan,zjggzy,zfcg,qz_portal,ccgp"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--notices", type=int, default=5800)
    ap.add_argument("--night", default="2026-04-30")
    ap.add_argument("--days", type=int, default=110)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_mem_"))
    generate(args.seed, args.notices, tmp / "corpus", days=args.days)
    db_url = f"sqlite:///{tmp / 'mem.db'}"
    with run_in_thread(tmp / "corpus", args.night) as replica:
        env = dict(os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites))
        t0 = time.monotonic()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler.run",
                "--night",
                args.night,
                "--sources",
                SOURCES,
                "--db-url",
                db_url,
                "-s",
                "DOWNLOAD_DELAY=0",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "LOG_LEVEL=ERROR",
                "-s",
                "CONCURRENT_REQUESTS_PER_DOMAIN=4",
                "-s",
                "PUBWATCH_MAX_PAGES_PER_CHANNEL=1000",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        secs = time.monotonic() - t0
        served = sum(s["requests"] for s in replica.stats().values())
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    pages = sum(s["requests"] for s in summary["sources"].values())
    new = sum(s["new"] for s in summary["sources"].values())
    print(
        f"crawl of {pages} requests ({served} served by the replica), {new} notices stored, {secs:.0f} s "
        f"({pages / secs:.0f} pages/s)"
    )
    print(f"peak RSS of the crawler process: {peak_kb / 1024:.0f} MB (goal < 500 MB)")


if __name__ == "__main__":
    main()
