"""zfcg as the evidence shows it: one walk per real category code, a date-windowed body, the
province-wide list filtered to Quzhou, and pathNames watched for renames.

Evidence: fetch_zfcg (idx 57395698769): body ``{pageNo, pageSize, categoryCode, isGov,
excludeDistrictPrefix, publishDateBegin, publishDateEnd, _t}``, headers Origin + Referer, rows with
``districtCode``/``districtName`` over the whole province.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from conftest import db_rows, run_crawl, visible
from scrapy.http import Request, TextResponse

from crawler.families.zfcg import REFERER_PATH, ZfcgSpider

NIGHT = "2026-02-10"


def _spider(**kw: Any) -> ZfcgSpider:
    cls = type("ZfcgTestSpider", (ZfcgSpider,), {"name": "zfcg", "source_key": "zfcg"})
    return cls(night=NIGHT, **kw)


def _answer(rows: list[dict[str, Any]], total: int | None = None) -> TextResponse:
    body = {
        "success": True,
        "result": {"data": {"total": len(rows) if total is None else total, "data": rows}},
        "error": None,
    }
    return TextResponse(
        "https://zfcg.example/portal/category",
        body=json.dumps(body, ensure_ascii=False).encode(),
        encoding="utf-8",
        headers={"Content-Type": "application/json"},
        request=Request("https://zfcg.example/portal/category"),
    )


def _row(
    article: str, path: str, district: str = "330802", name: str = "柯城区", day: str = "2026-02-09"
) -> dict:
    ms = int(dt.datetime.fromisoformat(day + "T10:00:00+08:00").timestamp() * 1000)
    return {
        "articleId": article,
        "title": f"{path} {article}",
        "pathName": path,
        "publishDate": ms,
        "districtCode": district,
        "districtName": name,
    }


def test_one_walk_per_category_with_the_evidence_body() -> None:
    spider = _spider()
    assert set(spider.listings) == {c.key for c in spider.source.channels}
    ch = spider.source.channel("110-978863")
    req = spider.list_request(ch, 2)
    body = json.loads(req.body)
    assert body["categoryCode"] == "110-978863" and body["pageNo"] == 2 and body["pageSize"] == 100
    assert body["isGov"] is True and body["excludeDistrictPrefix"] == ["90", "006011", "H0", "001111"]
    # never walked completely yet: the sweep's 60 days, not the province's whole history
    assert body["publishDateEnd"] == NIGHT
    assert (
        body["publishDateBegin"] == (dt.date(2026, 2, 10) - dt.timedelta(days=spider.sweep_days)).isoformat()
    )
    assert isinstance(body["_t"], int) and "districtCode" not in body  # the filter is local, as in fetch_zfcg
    assert req.headers[b"Referer"].decode().endswith(REFERER_PATH)
    assert req.headers[b"Origin"].decode() == spider.base_url
    # after a complete walk: the window reaches back past the sweep, so removals are still seen
    spider.complete_nights = {"110-978863": dt.date(2026, 2, 9)}
    body = json.loads(spider.list_request(ch, 1).body)
    assert (
        body["publishDateBegin"] == (dt.date(2026, 2, 10) - dt.timedelta(days=spider.sweep_days)).isoformat()
    )
    # with the sweep off: the overlap alone after a complete walk, still 60 days before one
    spider.sweep_days = 0
    body = json.loads(spider.list_request(ch, 1).body)
    assert (
        body["publishDateBegin"] == (dt.date(2026, 2, 9) - dt.timedelta(days=spider.overlap_days)).isoformat()
    )
    spider.complete_nights = {}
    body = json.loads(spider.list_request(ch, 1).body)
    assert body["publishDateBegin"] == "2025-12-12"  # FIRST_WINDOW_DAYS (60) before the night
    back = _spider(since="2025-01-01", until="2025-01-31")
    body = json.loads(back.list_request(ch, 1).body)
    assert (body["publishDateBegin"], body["publishDateEnd"]) == ("2025-01-01", "2025-01-31")


def test_only_quzhou_rows_are_followed_and_unknown_pathnames_are_noted() -> None:
    spider = _spider()
    rows = [
        _row("a1==", "招标公告"),
        _row("a2==", "招标公告", "330102", "上城区"),
        _row("a3==", "非招标公告", "", "衢州市本级"),
        _row("a4==", "招标公告", "", "定海区"),
        _row("a5==", "采购公告(新)", "330881", "江山市"),
        _row("a6==", "招标公告", "330899", "衢州市本级"),
    ]
    out = list(spider._on_list(_answer(rows), "110-978863", 1))
    fetched = {r.cb_kwargs["entry"].item_key for r in out if isinstance(r, Request)}
    assert fetched == {"a1==", "a3==", "a5==", "a6=="}
    assert spider.outside_rows == 2
    assert spider.health.ch("110-978863").listed == 4
    assert any("采购公告(新)" in n for n in spider.health.ch("110-978863").notes)  # a renamed category?
    region = {
        r.cb_kwargs["entry"].item_key: r.cb_kwargs["entry"].region for r in out if isinstance(r, Request)
    }
    assert region["a6=="] == "330800"


def test_a_page_of_other_regions_only_is_not_an_empty_list() -> None:
    spider = _spider()
    rows = [_row(f"x{i}==", "招标公告", "330102", "上城区") for i in range(3)]
    list(spider._on_list(_answer(rows), "110-978863", 1))
    h = spider.health.ch("110-978863")
    assert h.listing_done and not h.errors and h.listed == 0


def test_a_night_captures_quzhou_and_skips_the_province(replica, postings, sqlite_url) -> None:
    crawl = run_crawl(replica, sqlite_url, NIGHT, "zfcg")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    want = {p["title"] for p in visible(postings, "zfcg", dt.date.fromisoformat(NIGHT))}
    got = {r[0] for r in db_rows(sqlite_url, "SELECT list_title FROM documents WHERE source_key = 'zfcg'")}
    assert got == want
    regions = {r[0] for r in db_rows(sqlite_url, "SELECT region FROM notices WHERE source_key = 'zfcg'")}
    assert regions and all(r.startswith("3308") for r in regions if r)
