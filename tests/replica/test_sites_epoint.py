"""Epoint sites: qz_epoint ``getInfoListTrade`` (form ``params``, ``Totle``, 0-based pageIndex) and
zjggzy full-text search (``pn``/``rn``, ``webdate`` sort, ``time`` filter, first condition per field)."""

from __future__ import annotations

import json
import re

from replica.server import ReplicaHandle

from .server_support import fixture_postings, http, visible_titles


def trade(replica: ReplicaHandle, **params: str) -> dict:
    reply = http(
        f"{replica.sites['qz_epoint']}/EWB-FRONT/rest/commonSearch/getInfoListTrade",
        form={"params": json.dumps({"title": "", "xiaqu": "", "projectnum": "", **params})},
    )
    assert reply.status == 200
    return reply.json()


def test_qz_epoint_list_shape_paging_and_category_prefix(replica: ReplicaHandle) -> None:
    expected = visible_titles("qz_epoint", "002002001")
    p0 = trade(replica, categorynum="002002001", pageSize="5", pageIndex="0")
    assert set(p0) == {"Totle", "infodata"} and p0["Totle"] == len(expected)
    assert set(p0["infodata"][0]) >= {"infodate", "title", "infourl", "zhuanzai"}
    titles = [
        r["title"]
        for i in range(3)
        for r in trade(replica, categorynum="002002001", pageSize="5", pageIndex=str(i))["infodata"]
    ]
    assert titles == expected
    assert trade(replica, categorynum="002", pageSize="100", pageIndex="0")["Totle"] == len(expected) + len(
        visible_titles("qz_epoint", "002001001")
    )
    assert trade(replica, categorynum="002002001", xiaqu="330881", pageSize="100", pageIndex="0")[
        "Totle"
    ] == len(
        [
            p
            for p in fixture_postings("qz_epoint")
            if p["region"] == "330881" and p["channel"] == "002002001" and p["publish_date"] <= "2026-03-10"
        ]
    )


def test_qz_epoint_detail_and_bad_params(replica: ReplicaHandle) -> None:
    base = replica.sites["qz_epoint"]
    rec = trade(replica, categorynum="002002001", pageSize="1", pageIndex="0")["infodata"][0]
    assert re.fullmatch(r"/jyxx/002002/002002001/\d{8}/[0-9a-f-]{36}\.html", rec["infourl"])
    page = http(base + rec["infourl"])
    assert page.status == 200 and 'class="ewb-detail-content"' in page.text and rec["title"] in page.text
    assert http(base + rec["infourl"].replace("/002002001/", "/002002002/")).status == 404
    bad = http(f"{base}/EWB-FRONT/rest/commonSearch/getInfoListTrade", form={"params": "{not json"})
    assert bad.status == 400 and "params" in bad.json()["msg"]


def search(
    replica: ReplicaHandle,
    path: str = "/inteligentsearch/rest/inteligentSearch/getFullTextData",
    **over: object,
) -> dict:
    body = {
        "token": "",
        "pn": 0,
        "rn": 50,
        "sdt": "",
        "edt": "",
        "wd": "null",
        "inc_wd": "",
        "exc_wd": "",
        "fields": "title",
        "cnum": "001",
        "sort": '{"webdate":"0"}',
        "ssort": "title",
        "cl": 200,
        "terminal": "",
        "condition": [{"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": "002002002"}],
        "time": None,
        "highlights": "",
        "statistics": None,
        "unionCondition": None,
        "accuracy": "",
        "noParticiple": "0",
        "searchRange": None,
        "isBusiness": "1",
        **over,
    }
    reply = http(replica.sites["zjggzy"] + path, body=body)
    assert reply.status == 200
    return reply.json()["result"]


def test_zjggzy_paging_and_webdate_sort(replica: ReplicaHandle) -> None:
    expected = visible_titles("zjggzy", "002002002")
    first = search(replica, rn=4)
    assert first["totalcount"] == len(expected)
    got = [r["title"] for pn in range(0, 12, 4) for r in search(replica, pn=pn, rn=4)["records"]]
    assert got == expected
    rec = first["records"][0]
    assert set(rec) >= {"linkurl", "title", "webdate", "zhuanzai"}
    relevance = [r["title"] for r in search(replica, sort="", rn=50)["records"]]
    assert sorted(relevance) == sorted(expected) and relevance != expected
    new_api = search(replica, path="/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew", rn=50)
    assert [r["title"] for r in new_api["records"]] == expected
    page = http(replica.sites["zjggzy"] + rec["linkurl"])
    assert page.status == 200 and 'class="ewb-container clearfix"' in page.text and "<h1>" in page.text


def test_zjggzy_time_filter_and_region_condition(replica: ReplicaHandle) -> None:
    day = search(
        replica,
        time=[{"fieldName": "webdate", "startTime": "2026-03-05 00:00:00", "endTime": "2026-03-06 23:59:59"}],
    )["records"]
    assert day and all("2026-03-05" <= r["webdate"][:10] <= "2026-03-06" for r in day)
    quzhou = search(
        replica,
        condition=[
            {"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": "002002002"},
            {"fieldName": "infoc", "isLike": True, "likeType": 2, "equal": "3308"},
        ],
    )
    assert quzhou["records"] and all(r["infoc"].startswith("3308") for r in quzhou["records"])
    assert quzhou["totalcount"] < len(visible_titles("zjggzy", "002002002"))


def test_zjggzy_only_the_first_condition_on_a_field_applies(replica: ReplicaHandle) -> None:
    both = search(
        replica,
        condition=[
            {"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": "002002002"},
            {"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": "002001001"},
        ],
    )
    assert {r["categorynum"] for r in both["records"]} == {"002002002"}


def test_zjggzy_keyword_search_misses_items_by_tokenisation(replica: ReplicaHandle) -> None:
    """A keyword is found only where it starts on an even character offset of the title."""
    titles = visible_titles("zjggzy", "002002002")
    missed = 0
    for wd in ("测试项目", "试项目", "采购结果公告"):
        contains = [t for t in titles if wd in t]
        even = [t for t in contains if any(i % 2 == 0 for i in range(len(t)) if t.startswith(wd, i))]
        assert search(replica, wd=wd)["totalcount"] == len(even)
        missed += len(contains) - len(even)
    assert missed > 0
