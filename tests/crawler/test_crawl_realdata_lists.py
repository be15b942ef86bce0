"""Each family reads the real list answers of ``../shared/realdata/lists/`` (read in place).

Why: the replica was built from the registry's own assumptions; these answers were saved by other
people's crawlers of the same software. For every file the family must yield exactly the rows of
its hand-made label (title, link or id, date, category, stated total), or — for an answer the family
does not claim (a docstring the author made invalid JSON, another vendor's shape) — a
``parse_error`` naming what is wrong. Never an exception of another kind.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.detect import BadPage
from crawler.families import epoint_fulltext, epoint_trade, hanweb_jpage, longyou, static_cms, zfcg
from crawler.families.listread import ListRead
from tests.conftest import need  # the root conftest's skip-or-fail (CI requires the real data)

READERS: dict[str, Callable[[str], ListRead]] = {
    "epoint_fulltext": epoint_fulltext.read_list_text,
    "epoint_trade": epoint_trade.read_list_text,
    "hanweb_jpage": hanweb_jpage.read_list_text,
    "longyou": longyou.read_list_text,
    "static_cms": static_cms.read_list_text,
    "zfcg": zfcg.read_list_text,
}
FILES = [
    "epoint_fulltext__jsggzy-221.226.253.51__getFullTextData-2018-003001001.json",
    "epoint_fulltext__www.hebpr.cn__getFullTextDataNew-2018-003005002001.json",
    "epoint_fulltext__zjpubservice.zjzwfw.gov.cn__getfulltextdata-2018-002001001.json",
    "epoint_trade__tendering.sinosteel.com__getPageInfoListNew-docstring.json",
    "epoint_trade__www.nmgxuanyu.com__getPageInfoListNew-docstring.json",
    "hanweb_jpage__www.panan.gov.cn__record-docstring.xml",
    "hanweb_jpage__www.yuhang.gov.cn__dataproxy-docstring.xml",
    "longyou__ztb.longyou.gov.cn__bidcontent-docstring.json",
    "static_cms__www.ccgp.gov.cn__cggg-list-page-1.html",
    "zfcg__www.ccgp-shanghai.gov.cn__front-search-category-docstring.json",
    "zfcg__zfcg.czt.zj.gov.cn__detail-1DDoavnYlo4kXCYBI7Pxw.json",
    "zfcg__zfcg.czt.zj.gov.cn__searchHome-page1-110-978863.json",
]
# answers a family does not claim, and the words its parse_error must contain
NOT_CLAIMED = {
    # the author cut the rows with '},...': not JSON any more (MANIFEST)
    "longyou__ztb.longyou.gov.cn__bidcontent-docstring.json": "not JSON",
    # Shanghai's older 政采云 search (hits.hits[]._source), cut with '...': another shape, not JSON
    "zfcg__www.ccgp-shanghai.gov.cn__front-search-category-docstring.json": "not JSON",
}
TOTAL_KEYS = ("total", "totalcount", "count", "totalrecord")


@pytest.fixture(scope="module")
def lists_dir(realdata_dir: Path) -> Path:
    path = realdata_dir / "lists"
    if not (path / "MANIFEST.tsv").is_file():
        need(f"real list answers not found at {path}")
    return path


def test_every_manifest_file_has_a_test(lists_dir: Path) -> None:
    with (lists_dir / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        listed = {row["filename"] for row in csv.DictReader(fh, delimiter="\t")}
    assert listed == set(FILES)


def _rows(read: ListRead) -> list[dict[str, Any]]:
    return [
        {
            "title": e.title,
            "url_or_id": e.extra.get("link"),
            "date": e.date.isoformat() if e.date else None,
            "category": e.extra.get("category"),
        }
        for e in read.entries
    ]


@pytest.mark.parametrize("name", FILES)
def test_family_reads_the_real_answer_or_names_the_problem(lists_dir: Path, name: str) -> None:
    text = (lists_dir / "files" / name).read_text(encoding="utf-8")
    label = json.loads((lists_dir / "labels" / f"{name}.json").read_text(encoding="utf-8"))
    family = name.split("__", 1)[0]
    if name in NOT_CLAIMED:
        with pytest.raises(BadPage) as err:
            READERS[family](text)
        assert err.value.kind == "parse_error" and NOT_CLAIMED[name] in err.value.detail
        return
    if label.get("kind") == "detail-json":
        entry = zfcg.read_detail_text(text)
        read = ListRead([entry])
    else:
        read = READERS[family](text)
    want = [
        {
            "title": i["title"].strip(),
            "url_or_id": i["url_or_id"],
            "date": i["date"],
            "category": i.get("category_code_or_path"),
        }
        for i in label["items"]
    ]
    got = _rows(read)
    for g, w in zip(got, want, strict=False):
        if w["category"] is None:
            g["category"] = None  # the label has none to compare
    assert got == want
    keys = [e.item_key for e in read.entries]
    assert len(set(keys)) == len(keys)  # empty links never collapse into one item
    stated = label.get("total_or_next") or {}
    total = next((stated[k] for k in TOTAL_KEYS if k in stated), None)
    if total is not None:
        assert read.total == int(total)
    if "nextgroup" in stated:
        assert read.paging["nextgroup"].find("page=5") > 0


def test_rows_without_links_are_counted_not_collapsed() -> None:
    body = {
        "result": {
            "totalcount": 3,
            "records": [
                {"title": "a", "linkurl": "", "infoid": "1", "webdate": "2026-01-01 10:00:00"},
                {"title": "b", "linkurl": "", "infoid": "2", "webdate": "2026-01-01 10:00:00"},
                {"title": "c", "linkurl": "", "webdate": "2026-01-01 10:00:00"},
            ],
        }
    }
    with pytest.raises(BadPage, match="neither 'linkurl' nor 'infoid'"):
        epoint_fulltext.read_list_text(json.dumps(body))
    body["result"]["records"].pop()
    keys = [e.item_key for e in epoint_fulltext.read_list_text(json.dumps(body)).entries]
    assert keys == ["infoid:1", "infoid:2"]
    for bad, field in (
        ({"Totle": 1, "infodata": [{"title": "x"}]}, "infourl"),
        ({"Totle": "x", "infodata": []}, "Totle"),
        ({"rows": 3}, "infodata"),
    ):
        with pytest.raises(BadPage, match=field):
            epoint_trade.read_list_text(json.dumps(bad))
    with pytest.raises(BadPage, match="articleId"):
        zfcg.read_list_text(
            json.dumps({"success": True, "result": {"data": {"total": 1, "data": [{"title": "x"}]}}})
        )
    with pytest.raises(BadPage, match="'id'"):
        longyou.read_list_text(json.dumps({"rows": [{"title": "x"}], "total": 1}))
