"""The generated leaf spiders: ``scrapy list`` shows every registry source, and ``scrapy crawl``
writes extracted records to a feed without a database (``-s PUBWATCH_STORE=0``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # see tests/crawler/conftest.py
    sys.path.insert(0, str(REPO))

SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]


def test_scrapy_list_lists_every_source() -> None:
    from crawler.sources import load_registry

    proc = subprocess.run(
        [*SCRAPY, "list"], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert proc.stdout.split() == sorted(load_registry(overrides={}))
    assert "several spiders with the same name" not in proc.stderr


def test_leaf_spiders_take_politeness_from_the_registry() -> None:
    from crawler.sources import load_registry
    from spiders import SPIDERS

    reg = load_registry(overrides={})
    assert set(SPIDERS) == set(reg)
    for key, cls in SPIDERS.items():
        assert cls.name == key == cls.source_key
        assert cls.custom_settings["DOWNLOAD_DELAY"] == reg[key].download_delay
        assert cls.custom_settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == reg[key].concurrency
    assert "jsrender" not in SPIDERS  # a test stand-in: only where PUBWATCH_SITE_URLS names a mirror
    from crawler.families.js_rendered import JsRenderedSpider

    assert "DOWNLOAD_HANDLERS" in JsRenderedSpider.family_settings()
    assert "DOWNLOAD_HANDLERS" not in SPIDERS["zfcg"].custom_settings


def test_scrapy_crawl_writes_records(tmp_path: Path) -> None:
    from replica.generate import generate
    from replica.server import run_in_thread

    corpus = tmp_path / "corpus"
    generate(5, 120, corpus, days=60)
    out = tmp_path / "out.jsonl"
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    outage_days = {o["date"] for o in manifest["outages"] if o["site"] == "zfcg"}
    night = next(d for d in ("2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13") if d not in outage_days)
    with run_in_thread(corpus, night) as replica:
        env = dict(os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites))
        proc = subprocess.run(
            [
                *SCRAPY,
                "crawl",
                "zfcg",
                "-a",
                "since=2026-01-20",
                "-a",
                f"night={night}",
                "-O",
                str(out),
                "-s",
                "PUBWATCH_STORE=0",
                "-s",
                "DOWNLOAD_DELAY=0",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = []
    for line in (corpus / "postings.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if (
            p["site"] == "zfcg"
            and "2026-01-20" <= p["publish_date"] <= night
            and (not p["removed_on"] or p["removed_on"] > night)
        ):
            expected.append(p["title"])
    assert sorted(r["title"] for r in records) == sorted(expected)
    for rec in records:
        assert set(rec) >= {
            "url",
            "source",
            "channel",
            "title",
            "publish_date",
            "domain",
            "notice_type",
            "fields",
            "provenance",
            "sha256",
            "fetched_at",
        }
        assert rec["source"] == "zfcg" and len(rec["sha256"]) == 64
        assert rec["domain"] == "procurement" and rec["notice_type"].startswith("procurement.")
        assert "body" not in rec
    assert sum(1 for r in records if r["fields"]) >= len(records) * 0.8


def test_ad_hoc_export_gets_stored_notices_too_and_writes_the_database_only_when_asked(
    tmp_path: Path,
) -> None:
    """`scrapy crawl NAME -a since=… -O out.jsonl` as the README shows it: every notice the run saw is in
    the file, stored before or not; without -s PUBWATCH_STORE=1 the database is not touched."""
    import sqlite3

    from replica.generate import generate
    from replica.server import run_in_thread

    corpus = tmp_path / "corpus"
    generate(5, 120, corpus, days=60)
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    outage_days = {o["date"] for o in manifest["outages"] if o["site"] == "zfcg"}
    night = next(d for d in ("2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13") if d not in outage_days)
    db = tmp_path / "prod.db"
    base = [
        *SCRAPY,
        "crawl",
        "zfcg",
        "-a",
        "since=2026-01-20",
        "-a",
        f"night={night}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
    ]

    def notices() -> int:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM notices").fetchone()[0]

    with run_in_thread(corpus, night) as replica:
        env = dict(
            os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites), PUBWATCH_DB_URL=f"sqlite:///{db}"
        )
        # 1. an ad hoc export without asking: nothing is written to the database
        first = tmp_path / "first.jsonl"
        proc = subprocess.run(
            [*base, "-O", str(first)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert not db.exists()
        # 2. asked to store (-s PUBWATCH_STORE=1): the notices go into the database
        proc = subprocess.run(
            [*base, "-s", "PUBWATCH_STORE=1"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        stored = notices()
        # 3. the same export again, storing: the file still holds every notice, stored before or not
        again = tmp_path / "again.jsonl"
        proc = subprocess.run(
            [*base, "-s", "PUBWATCH_STORE=1", "-O", str(again)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
    titles = sorted(json.loads(line)["title"] for line in first.read_text(encoding="utf-8").splitlines())
    again_titles = sorted(
        json.loads(line)["title"] for line in again.read_text(encoding="utf-8").splitlines()
    )
    assert titles and again_titles == titles
    assert stored == len(titles) and notices() == stored  # re-storing duplicates nothing
