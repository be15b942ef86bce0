"""Control API, clock, stats, corpus errors and the command line (signals included)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from replica.server import CorpusError, ReplicaHandle, load_corpus, main, run_in_thread
from replica.sites import SITE_ORDER

from .server_support import FIXTURE_CORPUS, http

ROOT = Path(__file__).resolve().parents[2]


def test_sites_clock_and_stats_over_http(replica: ReplicaHandle) -> None:
    ctl = replica.control_url
    sites = http(f"{ctl}/_replica/sites").json()
    assert list(sites) == SITE_ORDER and sites == replica.sites
    assert http(f"{ctl}/_replica/clock").json() == {"date": "2026-03-10"}
    assert http(f"{ctl}/_replica/clock", body={"advance_days": 2}).json() == {"date": "2026-03-12"}
    assert http(f"{ctl}/_replica/clock", body={"date": "2026-03-11"}).json() == {"date": "2026-03-11"}
    assert replica.date.isoformat() == "2026-03-11"
    assert http(f"{ctl}/_replica/clock", body={"date": "11/03/2026"}).status == 400
    assert http(f"{ctl}/_replica/clock", body={}).status == 400
    assert http(f"{ctl}/_replica/clock", data=b"not json", method="POST").status == 400
    before = http(f"{ctl}/_replica/stats").json()["jiangshan"]["requests"]
    http(f"{replica.sites['jiangshan']}/")
    http(f"{replica.sites['jiangshan']}/missing/index.html")
    after = http(f"{ctl}/_replica/stats").json()["jiangshan"]
    assert after["requests"] == before + 2 and after["by_status"]["404"] >= 1


def test_corpus_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"no postings\.jsonl"):
        load_corpus(tmp_path)
    (tmp_path / "postings.jsonl").write_text('{"posting_id": "x-1", "site": "zfcg"}\n', "utf-8")
    with pytest.raises(CorpusError, match=r"postings.jsonl:1: posting lacks the key .versions."):
        load_corpus(tmp_path)
    (tmp_path / "postings.jsonl").write_text("{oops\n", "utf-8")
    with pytest.raises(CorpusError, match="not JSON"):
        load_corpus(tmp_path)
    assert main(["--corpus", str(tmp_path), "--date", "2026-03-10"]) == 2
    with pytest.raises(SystemExit):
        main(["--corpus", str(FIXTURE_CORPUS), "--date", "March"])


def test_versions_and_visibility_from_the_loaded_corpus() -> None:
    corpus = load_corpus(FIXTURE_CORPUS)
    edited = next(p for p in corpus.by_site["zfcg"] if len(p.version_html) == 2)
    assert "更新内容" not in edited.html_on(date(2026, 3, 10))
    assert "更新内容" in edited.html_on(date(2026, 3, 11))
    removed = next(p for p in corpus.by_site["zfcg"] if p.removed_on)
    assert removed.visible_on(date(2026, 3, 10)) and not removed.visible_on(removed.removed_on)
    times = [p.publish_time for p in corpus.by_site["zfcg"]]
    assert times == sorted(times, reverse=True)


def test_two_servers_in_threads_are_independent() -> None:
    with run_in_thread(FIXTURE_CORPUS, "2026-03-10") as other:
        assert (
            other.sites["zfcg"] != ""
            and http(f"{other.control_url}/_replica/clock").json()["date"] == "2026-03-10"
        )
        other.set_date("2026-03-20")
        assert other.date.isoformat() == "2026-03-20"
    with pytest.raises(OSError):
        http(f"{other.control_url}/_replica/clock", timeout=1)


def test_cli_prints_urls_advances_on_sigusr1_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "replica.server",
            "--corpus",
            str(FIXTURE_CORPUS),
            "--port",
            "0",
            "--date",
            "2026-03-10",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(len(SITE_ORDER) + 2)]
        control = lines[0].split()[1].removesuffix("/_replica/")
        urls = dict(line.split() for line in lines[1:-1])
        assert list(urls) == SITE_ORDER and all(u.startswith("http://127.0.0.1:") for u in urls.values())
        assert http(f"{urls['jiangshan']}/robots.txt").status == 200
        proc.send_signal(signal.SIGUSR1)
        assert proc.stdout.readline().split() == ["date", "2026-03-11"]
        assert json.loads(http(f"{control}/_replica/clock").body) == {"date": "2026-03-11"}
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_fixed_ports_follow_the_site_table() -> None:
    """With ``port=P`` the control API is on P and the sites on P+1… in site-table order."""
    rng = random.Random(os.getpid())
    for _ in range(5):  # below the usual ephemeral range; retry if another process holds a port
        base = rng.randrange(20000, 30000)
        try:
            handle = run_in_thread(FIXTURE_CORPUS, "2026-03-10", port=base)
        except OSError:
            continue
        with handle:
            assert handle.control_url == f"http://127.0.0.1:{base}"
            ports = [int(u.rsplit(":", 1)[1]) for u in handle.sites.values()]
            assert ports == list(range(base + 1, base + 1 + len(SITE_ORDER)))
        return
    pytest.skip("no free block of 14 ports found")
