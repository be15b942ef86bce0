"""zfcg walks one list: the announcement tree's root, rows filed by their ``pathName``.

Why: a parent category code answers its whole subtree, so one newest-first walk replaces eleven;
each row's ``pathName`` must then send it to the right registry channel (责任单位, notice type), a
row no channel claims must be skipped and counted, and a registry table that cannot be right must
stop the crawl at start-up.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import json
import math
import tomllib
from typing import Any

import pytest
from conftest import db_rows, run_crawl, visible
from scrapy.http import Request, TextResponse

from crawler.families import base
from crawler.families.zfcg import ZfcgSpider
from crawler.registry import REGISTRY_PATH, RegistryError, parse_registry

NIGHT = "2026-02-10"
ROOT = "110-600007"


def _spider() -> ZfcgSpider:
    cls = type("ZfcgTestSpider", (ZfcgSpider,), {"name": "zfcg", "source_key": "zfcg"})
    return cls()


def _answer(rows: list[dict[str, Any]], total: int | None = None) -> TextResponse:
    body = {"success": True, "result": {"data": {"total": len(rows) if total is None else total, "data": rows}},
            "error": None}
    return TextResponse("https://zfcg.example/portal/category", body=json.dumps(body, ensure_ascii=False).encode(),
                        encoding="utf-8", headers={"Content-Type": "application/json"},
                        request=Request("https://zfcg.example/portal/category"))


def _row(article: str, path: str, day: str = "2026-02-09") -> dict[str, Any]:
    ms = int(dt.datetime.fromisoformat(day + "T10:00:00+08:00").timestamp() * 1000)
    return {"articleId": article, "title": f"{path} {article}", "pathName": path, "publishDate": ms,
            "districtCode": "330899"}


def _zfcg_doc() -> dict[str, Any]:
    doc = tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8"))
    return next(s for s in doc["sources"] if s["key"] == "zfcg")


def test_shipped_registry_makes_one_listing_of_the_root() -> None:
    spider = _spider()
    assert list(spider.listings) == [ROOT]
    lst = spider.listings[ROOT]
    assert lst.query.key == ROOT
    assert {c.key for c in lst.channels} == {c.key for c in spider.source.channels}
    req = spider.list_request(lst.query, 1)
    body = json.loads(req.body)
    assert body["categoryCode"] == ROOT and body["pageNo"] == 1 and body["isGov"] is True


def test_rows_go_to_their_channel_and_unknown_paths_are_skipped_and_counted() -> None:
    spider = _spider()
    rows = [_row("a1==", "政府采购公告/更正公告"), _row("a2==", "政府采购公告/采购意向"),
            _row("a3==", "政府采购公告/采购意向公开"), _row("a4==", "招标(采购)公告"),
            _row("a5==", "政府采购公告/采购意向公开"), _row("a6==", "")]
    out = list(spider._on_list(_answer(rows), ROOT, 1))
    fetched = {r.cb_kwargs["entry"].item_key: r.cb_kwargs["channel_key"] for r in out if isinstance(r, Request)}
    assert fetched == {"a1==": "110-239541", "a2==": "110-175885", "a4==": "110-978863"}
    assert spider.unmapped_rows == {"政府采购公告/采购意向公开": 2, "": 1}
    assert spider.health.ch("110-239541").listed == 1 and spider.health.ch("110-175885").listed == 1
    assert all(spider.health.ch(c.key).listing_done for c in spider.source.channels)


def test_longest_configured_name_wins() -> None:
    spider = _spider()
    spider.path_owner = {"公告": "110-978863", "更正公告": "110-239541"}
    assert spider.channel_of_path("政府采购公告/更正公告") == "110-239541"
    assert spider.channel_of_path("/政府采购公告/公告/") == "110-978863"
    assert spider.channel_of_path("正公告") is None


def _registry_with(monkeypatch: pytest.MonkeyPatch, zfcg: dict[str, Any]) -> None:
    """Spiders built after this read a registry whose zfcg entry is ``zfcg``."""
    doc = tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8"))
    doc["sources"] = [zfcg if s["key"] == "zfcg" else s for s in doc["sources"]]
    reg = parse_registry(doc, overrides={})
    monkeypatch.setattr(base, "registry", lambda: reg)


def test_without_list_root_every_channel_is_walked_alone(monkeypatch) -> None:
    zfcg = _zfcg_doc()
    zfcg.pop("params")
    _registry_with(monkeypatch, zfcg)
    spider = _spider()
    assert list(spider.listings) == [c.key for c in spider.source.channels]
    rows = [_row("b1==", "政府采购公告/采购意向")]
    out = [r for r in spider._on_list(_answer(rows), "110-239541", 1) if isinstance(r, Request)]
    assert [r.cb_kwargs["channel_key"] for r in out] == ["110-239541"]  # a per-channel walk ignores pathName
    assert not spider.unmapped_rows


def test_channels_left_out_of_path_names_keep_their_own_walk(monkeypatch) -> None:
    zfcg = _zfcg_doc()
    del zfcg["params"]["path_names"]["110-908841"]
    _registry_with(monkeypatch, zfcg)
    spider = _spider()
    assert list(spider.listings) == [ROOT, "110-908841"]
    assert "110-908841" not in {c.key for c in spider.listings[ROOT].channels}
    rows = [_row("c1==", "政府采购公告/开标记录"), _row("c2==", "政府采购公告/合同公告")]
    out = [r for r in spider._on_list(_answer(rows), ROOT, 1) if isinstance(r, Request)]
    assert [r.cb_kwargs["channel_key"] for r in out] == ["110-510012"]  # 开标记录 comes from its own walk
    assert spider.unmapped_rows == {"政府采购公告/开标记录": 1}


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p["path_names"].__setitem__("110-999999", "x"), "not a channel of this source"),
    (lambda p: p["path_names"].__setitem__("110-908841", "更正公告"), "given for both"),
    (lambda p: p.pop("path_names"), "path_names must be a table"),
    (lambda p: p.pop("list_root"), "list_root must be a category code"),
    (lambda p: p.__setitem__("list_root", "110-239541"), "also a channel key"),
    (lambda p: p["path_names"].__setitem__("110-908841", []), "non-empty pathName"),
])
def test_wrong_path_names_are_named_at_load(change, message) -> None:
    doc = tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8"))
    zfcg = next(s for s in doc["sources"] if s["key"] == "zfcg")
    change(zfcg["params"])
    with pytest.raises(RegistryError, match=message) as err:
        parse_registry(copy.deepcopy(doc))
    assert "zfcg" in str(err.value) and "params" in str(err.value)


def test_a_night_costs_one_walk_and_files_rows_by_path(replica, postings, sqlite_url) -> None:
    crawl = run_crawl(replica, sqlite_url, NIGHT, "zfcg")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    summary = crawl.summary["sources"]["zfcg"]
    want = visible(postings, "zfcg", dt.date.fromisoformat(NIGHT))
    assert summary["complete"] and summary["new"] == len(want)
    assert summary["by_kind"]["list"] == math.ceil(len(want) / 50)  # page_size 50, one listing
    channel_of = {base64.b64encode(hashlib.md5(p["posting_id"].encode()).digest()).decode(): p["channel"]
                  for p in want}
    docs = db_rows(sqlite_url, "SELECT item_key, channel_key FROM documents WHERE source_key = 'zfcg'")
    assert len(docs) == len(want) and len({c for _, c in docs}) > 3
    assert all(channel_of[key] == ch for key, ch in docs)
