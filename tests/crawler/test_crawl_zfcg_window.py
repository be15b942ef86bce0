"""zfcg's publish-date window, end to end on the replica (whose ``/portal/category`` honours
``publishDateBegin``/``publishDateEnd``, as the evidence's body carries them: fetch_zfcg idx
57395698769), and the ``timestamp`` of detail requests.

- a nightly walk asks only for its window (after a complete walk: last complete night − overlap,
  widened to the removal sweep; before one: the sweep's 60 days), never the whole list: its list
  requests stay below what the unwindowed list holds, and nothing is lost (every Quzhou notice
  stored, removals recorded the night they happen);
- with the sweep off the window is the overlap alone: a notice that appears late with a publish date
  inside the overlap is still caught; one dated before the overlap is not asked for (the window is
  really applied by the server, not filtered afterwards);
- detail requests carry ``timestamp`` (one value per night); stored URLs do not.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import db_rows, run_crawl, visible
from scrapy.http import Request, TextResponse

from crawler.families.base import Entry
from crawler.families.zfcg import ZfcgSpider, with_timestamp
from crawler.items import NoticeItem

D = dt.date
START = D(2025, 11, 1)
NIGHT1 = D(2026, 2, 7)  # day 98 of a 120-day corpus: the list holds more than the 60-day sweep
NIGHT2 = NIGHT1 + dt.timedelta(days=1)


def _generate(out: Path) -> list[dict[str, Any]]:
    from replica.generate import generate

    generate(5, 1200, out, start_date=START, days=120)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["outages"] = []
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return [json.loads(x) for x in (out / "postings.jsonl").read_text(encoding="utf-8").splitlines() if x]


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("long_corpus")
    return out, _generate(out)


def _serve(corpus: Path, night: dt.date) -> Any:
    from replica.server import run_in_thread

    return run_in_thread(corpus, night.isoformat())


def _pages(handle: Any, code: str) -> int:
    """Pages of 100 the unwindowed list of a category holds (what a walk without a window reads)."""
    body = {
        "pageNo": 1,
        "pageSize": 100,
        "categoryCode": code,
        "isGov": True,
        "excludeDistrictPrefix": ["90"],
    }
    req = urllib.request.Request(
        f"{handle.sites['zfcg']}/portal/category",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        total = json.loads(resp.read())["result"]["data"]["total"]
    return max(1, -(-total // 100))


def _lists(crawl: Any) -> int:
    return int(crawl.summary["sources"]["zfcg"]["by_kind"].get("list", 0))


def _stored(db_url: str) -> set[str]:
    return {r[0] for r in db_rows(db_url, "SELECT list_title FROM documents WHERE source_key = 'zfcg'")}


def test_second_night_asks_only_for_the_window_and_loses_nothing(long_corpus, tmp_path) -> None:
    corpus, postings = long_corpus
    db_url = f"sqlite:///{tmp_path / 'w.db'}"
    handle = _serve(corpus, NIGHT1)
    try:
        handle.set_date(NIGHT1.isoformat())
        whole_list_pages = sum(_pages(handle, code) for code in _spider().listings)
        first = run_crawl(handle, db_url, NIGHT1.isoformat(), "zfcg")
        assert first.returncode == 0, first.stderr[-2000:]
        second = run_crawl(handle, db_url, NIGHT2.isoformat(), "zfcg")
        assert second.returncode == 0, second.stderr[-2000:]
    finally:
        handle.stop()
    assert first.summary["sources"]["zfcg"]["complete"] and second.summary["sources"]["zfcg"]["complete"]
    # each night asks for its window (60 days: the removal sweep), never the whole list, which is
    # deeper (120 days here; years on the real site, beyond max_pages)
    assert _lists(second) <= _lists(first) < whole_list_pages, (_lists(first), _lists(second))
    reach = (NIGHT1 - dt.timedelta(days=60)).isoformat()  # the first walk's window: the sweep's 60 days
    online = visible(postings, "zfcg", NIGHT2)
    want = {p["title"] for p in online if p["publish_date"] >= reach}
    older = {p["title"] for p in online if p["publish_date"] < reach} - want  # (titles repeat)
    assert want <= _stored(db_url)
    assert older and not older & _stored(db_url)  # history beyond the window is a back-fill's job
    # removals: every planted one inside the sweep is recorded that night, nothing else is
    removed = {
        r[0]
        for r in db_rows(
            db_url, "SELECT list_title FROM documents WHERE source_key = 'zfcg' AND removed_at IS NOT NULL"
        )
    }
    planted = {
        p["title"]
        for p in postings
        if p["site"] == "zfcg"
        and p["removed_on"] == NIGHT2.isoformat()
        and p["publish_date"] <= NIGHT1.isoformat()
    }
    young = {
        p["title"]
        for p in postings
        if p["title"] in planted and D.fromisoformat(p["publish_date"]) >= NIGHT2 - dt.timedelta(days=60)
    }
    assert young <= removed <= planted


def test_a_late_notice_inside_the_overlap_is_caught(long_corpus, tmp_path) -> None:
    corpus, postings = long_corpus
    titles = Counter(p["title"] for p in postings)
    quzhou = [  # told apart by title below, so only titles the corpus holds once
        p
        for p in postings
        if p["site"] == "zfcg"
        and p["region"].startswith("3308")
        and not p["removed_on"]
        and titles[p["title"]] == 1
    ]

    def dated(lo: int, hi: int) -> dict[str, Any]:
        """A notice published ``lo``..``hi`` days before night 1."""
        days = {(NIGHT1 - dt.timedelta(days=n)).isoformat() for n in range(lo, hi + 1)}
        return next(p for p in quzhou if p["publish_date"] in days)

    inside = dated(0, 3)  # the window after night 1 starts at night 1 - overlap (3 days)
    before = dated(5, 20)
    # night 1's site lacks both (they are put up late, with their earlier publish dates)
    early = tmp_path / "early"
    shutil.copytree(corpus, early)
    late_ids = {inside["posting_id"], before["posting_id"]}
    lines = (corpus / "postings.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [x for x in lines if x and json.loads(x)["posting_id"] not in late_ids]
    (early / "postings.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'late.db'}"
    no_sweep = ("-s", "PUBWATCH_SWEEP_DAYS=0")
    handle = _serve(early, NIGHT1)
    try:
        first = run_crawl(handle, db_url, NIGHT1.isoformat(), "zfcg")
    finally:
        handle.stop()
    assert first.returncode == 0 and first.summary["sources"]["zfcg"]["complete"], first.stderr[-2000:]
    stored = _stored(db_url)  # once, not once per posting (a new engine each time)
    assert not late_ids & {p["posting_id"] for p in postings if p["title"] in stored}
    handle = _serve(corpus, NIGHT2)
    try:
        second = run_crawl(handle, db_url, NIGHT2.isoformat(), "zfcg", *no_sweep)
    finally:
        handle.stop()
    assert second.returncode == 0 and second.summary["sources"]["zfcg"]["complete"], second.stderr[-2000:]
    stored = _stored(db_url)
    assert inside["title"] in stored  # dated inside the overlap (3 nights): asked for and fetched
    assert before["title"] not in stored  # dated before the window: the server was asked for less
    # the overlap window alone: one page per category
    assert _lists(second) == len(_spider().listings) <= _lists(first)


# -- timestamp -------------------------------------------------------------------------------------


def _spider() -> ZfcgSpider:
    cls = type("ZfcgTsSpider", (ZfcgSpider,), {"name": "zfcg", "source_key": "zfcg"})
    return cls(night="2026-02-10")


def test_detail_requests_carry_the_nights_timestamp() -> None:
    spider = _spider()
    ch = spider.source.channel("110-978863")
    midnight = int(dt.datetime(2026, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp())
    url = spider.url("/portal/detail?articleId=a%2Bb%3D%3D")
    req = spider.detail_request(url, "a+b==", ch)
    assert req.url == f"{url}&timestamp={midnight}"  # articleId stays URL-encoded, byte for byte
    # a stored URL that already carries one (from an older crawl) gets tonight's instead
    again = spider.detail_request(with_timestamp(url, 123), "a+b==", ch)
    assert again.url == req.url
    assert with_timestamp(req.url, None) == url


def test_the_stored_url_has_no_timestamp() -> None:
    spider = _spider()
    ch = spider.source.channel("110-978863")
    base = spider.url("/portal/detail?articleId=x1%3D%3D")
    req = spider.detail_request(base, "x1==", ch)
    body = {"success": True, "result": {"data": {"title": "t", "content": "<p>c</p>"}}, "error": None}
    resp = TextResponse(
        req.url,
        body=json.dumps(body).encode(),
        encoding="utf-8",
        headers={"Content-Type": "application/json"},
        request=Request(req.url),
    )
    out = list(spider._on_detail(resp, Entry("x1==", base, "t", D(2026, 2, 9)), ch.key, True))
    items = [o for o in out if isinstance(o, NoticeItem)]
    assert len(items) == 1 and items[0].url == base and "timestamp" in resp.url
