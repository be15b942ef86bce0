"""Distributed mode: two crawler processes with ``PUBWATCH_REDIS_URL`` share one night's crawl of a
source through scrapy-redis (queue + dupefilter) and write to one PostgreSQL: every item is stored
exactly once and fetched once."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid

from conftest import FAST, REPO, db_rows, visible

NIGHT = dt.date(2026, 2, 10)


def test_two_workers_share_one_crawl(replica, postings, redis_url, pg_url) -> None:
    import redis

    from storage.db import get_engine, init_db

    engine = get_engine(pg_url)
    init_db(engine)  # migrate once, before the workers (they would race to create the tables)
    engine.dispose()
    prefix = f"pwtest{uuid.uuid4().hex[:8]}"
    replica.set_date(NIGHT)
    env = dict(
        os.environ,
        PUBWATCH_SITE_URLS=json.dumps(replica.sites),
        PUBWATCH_REDIS_URL=redis_url,
        PUBWATCH_REDIS_PREFIX=prefix,
    )
    cmd = [
        sys.executable,
        "-m",
        "crawler.run",
        "--night",
        NIGHT.isoformat(),
        "--sources",
        "zfcg",
        "--db-url",
        pg_url,
        *FAST,
        "-s",
        "DOWNLOAD_DELAY=0.03",
        "-s",
        "RANDOMIZE_DOWNLOAD_DELAY=0",
    ]
    workers = [
        subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [w.communicate(timeout=120) for w in workers]
    try:
        for w, (_out, err) in zip(workers, outs, strict=True):
            assert w.returncode == 0, err[-2000:]
        summaries = [json.loads(out.strip().splitlines()[-1])["sources"]["zfcg"] for out, _ in outs]
        want = {p["posting_id"] for p in visible(postings, "zfcg", NIGHT)}
        docs = db_rows(pg_url, "SELECT item_key FROM documents WHERE source_key = 'zfcg'")
        assert len(docs) == len(want) == len({d[0] for d in docs})
        assert db_rows(pg_url, "SELECT count(*) FROM document_versions")[0][0] == len(want)
        # each detail fetched once across both workers: the shared dupefilter dropped the other's copy
        assert sum(s["new"] for s in summaries) == len(want)
        assert sum(s["unchanged"] + s["changed"] for s in summaries) == 0
        # How the work splits between the two is up to timing (one worker may drain the shared queue
        # before the other has started): what must hold is that together they fetched each item once,
        # which the shared dupefilter guarantees — a worker with its own would have re-fetched them all.
        assert sum(s["requests"] for s in summaries) >= len(want)
        # the night's queue and dupefilter live in Redis, namespaced, with an expiry
        r = redis.Redis.from_url(redis_url)
        keys = list(r.scan_iter(match=f"{prefix}:*"))
        assert keys and all(0 < r.ttl(k) for k in keys)
    finally:
        r = redis.Redis.from_url(redis_url)
        for k in r.scan_iter(match=f"{prefix}:*"):
            r.delete(k)
