"""Scale-out benchmark: one night's crawl of the replica by 1, 2 and 4 workers (scrapy-redis, PostgreSQL).

Each run starts N ``python -m crawler.run`` processes with ``PUBWATCH_REDIS_URL`` (its own Redis key
prefix) against a fresh throw-away PostgreSQL database, over the same replica night, with the
registry's per-host politeness (``download_delay``, ``concurrency``, robots.txt, jitter) in
compressed time (``--delay-scale``: every delay times this factor; AutoThrottle off, it only adds
latency noise on localhost). Three politeness modes:

- ``shared`` (production): one slot per source and host in Redis taken by every worker before a
  request (crawler/sharedslot.py), so a host sees the registry's rate whichever worker asks;
- ``n-times`` (the older sharing, ``PUBWATCH_SHARED_SLOT=0``, ``PUBWATCH_WORKERS=N``): each worker
  waits N × the delay on its own, so together the workers keep the registry's rate per host;
- ``per-worker`` (``PUBWATCH_SHARED_SLOT=0``): each worker keeps the registry's delay on its own, so
  a host sees N times the registry's rate (what scale-out buys if a site allows it).

Prints per run: wall time, requests (the crawler's count by kind and the replica's own count),
documents stored vs postings online, exactly-once (no item stored twice, one version per document,
every detail fetched once: summed "new" = documents) and the speed-up over one worker.

Usage::

    .venv/bin/python bench/bench_distributed.py [--notices 300] [--workers 1,2,4] [--delay-scale 0.05]
        [--modes shared,n-times,per-worker] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--redis redis://127.0.0.1:6379/0]
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
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

from replica.generate import generate  # noqa: E402
from replica.server import run_in_thread  # noqa: E402
from storage.db import init_db  # noqa: E402

SOURCES = "qz_hanweb,qz_epoint,kecheng,qujiang,kaihua,changshan,longyou,jiangshan,zjggzy,zfcg,qz_portal,ccgp"


def online(p: dict[str, Any], day: dt.date) -> bool:
    pub = dt.date.fromisoformat(p["publish_date"])
    rem = dt.date.fromisoformat(p["removed_on"]) if p.get("removed_on") else None
    return pub <= day and (rem is None or day < rem)


class ThrowAwayDb:
    """A PostgreSQL database created for one run and dropped afterwards."""

    def __init__(self, base: str) -> None:
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        self.name = f"pwbench_dist_{uuid.uuid4().hex[:10]}"
        self.url = base.rsplit("/", 1)[0] + f"/{self.name}"

    def __enter__(self) -> str:
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{self.name}"'))
        engine = create_engine(self.url)
        init_db(engine)  # migrate once, before the workers start
        engine.dispose()
        return self.url

    def __exit__(self, *exc: object) -> None:
        with self.admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def run_workers(
    n: int, mode: str, night: dt.date, replica: Any, args: argparse.Namespace, want: set[str]
) -> dict[str, Any]:
    """One night by ``n`` workers; the figures of the run."""
    import redis

    prefix = f"pwbench{uuid.uuid4().hex[:8]}"
    env = dict(
        os.environ,
        PUBWATCH_SITE_URLS=json.dumps(replica.sites),
        PUBWATCH_REDIS_URL=args.redis,
        PUBWATCH_REDIS_PREFIX=prefix,
    )
    with ThrowAwayDb(args.pg) as db_url:
        cmd = [
            sys.executable,
            "-m",
            "crawler.run",
            "--night",
            night.isoformat(),
            "--sources",
            args.sources,
            "--db-url",
            db_url,
            "-s",
            "LOG_LEVEL=ERROR",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            f"PUBWATCH_DELAY_SCALE={args.delay_scale}",
            "-s",
            "RETRY_BACKOFF_BASE=0",
            "-s",
            f"PUBWATCH_WORKERS={n if mode in ('shared', 'n-times') else 1}",
            "-s",
            f"PUBWATCH_SHARED_SLOT={1 if mode == 'shared' else 0}",
        ]
        before = sum(s["requests"] for s in replica.stats().values())
        t0 = time.monotonic()
        procs = [
            subprocess.Popen(
                cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(n)
        ]
        outs = [p.communicate(timeout=args.timeout) for p in procs]
        wall = time.monotonic() - t0
        served = sum(s["requests"] for s in replica.stats().values()) - before
        failed = [err[-500:] for p, (_o, err) in zip(procs, outs, strict=True) if p.returncode != 0]
        kinds: Counter[str] = Counter()
        new = incomplete = 0
        for out, _err in outs:
            lines = out.strip().splitlines()
            if not lines:
                continue
            for key, s in json.loads(lines[-1])["sources"].items():
                kinds.update(s.get("by_kind") or {})
                new += s["new"]
                incomplete += 0 if s["complete"] else 1
                del key
        engine = create_engine(db_url)
        with engine.connect() as c:
            docs = c.execute(
                text("SELECT count(*), count(DISTINCT source_key || ' ' || item_key) FROM documents")
            ).one()
            versions = c.execute(text("SELECT count(*) FROM document_versions")).scalar()
        engine.dispose()
    r = redis.Redis.from_url(args.redis)
    for k in r.scan_iter(match=f"{prefix}:*"):
        r.delete(k)
    return {
        "workers": n,
        "mode": mode,
        "wall": wall,
        "served": served,
        "kinds": dict(kinds),
        "new": new,
        "docs": docs[0],
        "distinct": docs[1],
        "versions": versions,
        "want": len(want),
        "failed": failed,
        "incomplete_reports": incomplete,
        "exactly_once": docs[0] == docs[1] == versions == new == len(want) and not failed,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=47)
    ap.add_argument("--notices", type=int, default=300)
    ap.add_argument("--night", default="2026-02-20")
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--modes", default="shared,per-worker")
    ap.add_argument(
        "--delay-scale", type=float, default=0.05, help="every registry delay times this (0.05: 2 s → 0.1 s)"
    )
    ap.add_argument("--sources", default=SOURCES)
    ap.add_argument(
        "--pg",
        default=os.environ.get("PUBWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    )
    ap.add_argument("--redis", default=os.environ.get("PUBWATCH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_dist_"))
    generate(args.seed, args.notices, tmp / "corpus", days=60)
    postings = [
        json.loads(x) for x in (tmp / "corpus" / "postings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    night = dt.date.fromisoformat(args.night)
    sites = set(args.sources.split(","))
    want = {p["posting_id"] for p in postings if p["site"] in sites and online(p, night)}
    print(
        f"corpus seed {args.seed}, {args.notices} notices; night {night}; {len(want)} postings online on "
        f"{len(sites)} sources; delays × {args.delay_scale} (registry 2 s → {2 * args.delay_scale:g} s)"
    )
    rows = []
    with run_in_thread(tmp / "corpus", night) as replica:
        replica._call(lambda: setattr(replica.server.state, "outages", []))
        for mode in args.modes.split(","):
            for n in (int(x) for x in args.workers.split(",")):
                res = run_workers(n, mode, night, replica, args, want)
                rows.append(res)
                print(
                    f"  {mode:10} {n} worker(s): {res['wall']:6.1f} s  requests {res['served']}  "
                    f"{res['kinds']}  docs {res['docs']}/{res['want']}  exactly-once {res['exactly_once']}"
                    + (f"  FAILED {res['failed'][0][-200:]}" if res["failed"] else ""),
                    flush=True,
                )
    print()
    print(
        "| politeness | workers | wall s | speed-up | requests (replica) | by kind (robots/list/new) | documents | "
        "exactly-once |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        base = next((r["wall"] for r in rows if r["mode"] == mode and r["workers"] == 1), None)
        for r in (x for x in rows if x["mode"] == mode):
            k = r["kinds"]
            speed = f"{base / r['wall']:.2f}×" if base else "-"
            print(
                f"| {mode} | {r['workers']} | {r['wall']:.1f} | {speed} | {r['served']} | "
                f"{k.get('robots', 0)}/{k.get('list', 0)}/{k.get('new', 0)} | {r['docs']}/{r['want']} | "
                f"{'yes' if r['exactly_once'] else 'NO'} |"
            )


if __name__ == "__main__":
    main()
