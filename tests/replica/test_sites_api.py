"""JSON API sites: zfcg ``/portal/category`` + ``/portal/detail`` and 龙游 ``/front/bidcontent``."""

from __future__ import annotations

import urllib.parse
from datetime import datetime, timedelta, timezone

from replica.server import ReplicaHandle

from .server_support import fixture_postings, http, visible_titles


def category(replica: ReplicaHandle, **over: object) -> dict:
    body = {
        "pageNo": 1,
        "pageSize": 15,
        "categoryCode": "110-908841",
        "isGov": True,
        "excludeDistrictPrefix": ["90", "006011", "H0", "001111"],
        "_t": 1748323359000,
        **over,
    }
    reply = http(f"{replica.sites['zfcg']}/portal/category", body=body)
    assert reply.status == 200
    out = reply.json()
    assert out["success"] is True and out["error"] is None
    return out["result"]["data"]


def test_zfcg_list_shape_paging_and_publish_date_ms(replica: ReplicaHandle) -> None:
    expected = visible_titles("zfcg", "110-908841")
    ours = {p["title"] for p in fixture_postings("zfcg")}
    data = category(replica, pageSize=4)
    assert data["total"] > len(expected)  # the list is province-wide: other districts' rows in between
    pages = -(-data["total"] // 4)
    rows = [r for n in range(1, pages + 1) for r in category(replica, pageNo=n, pageSize=4)["data"]]
    assert [r["title"] for r in rows if r["title"] in ours] == expected
    assert {r["districtCode"][:4] for r in rows if r["title"] not in ours} and all(
        not r["districtCode"].startswith("3308") for r in rows if r["title"] not in ours
    )
    data = {"data": [r for r in rows if r["title"] in ours]}
    row = data["data"][0]
    posting = next(p for p in fixture_postings("zfcg") if p["title"] == row["title"])
    shown = datetime.fromtimestamp(row["publishDate"] / 1000, tz=timezone(timedelta(hours=8)))
    assert shown.strftime("%Y-%m-%d %H:%M:%S") == posting["publish_time"]
    assert {"articleId", "pathName", "districtCode", "budgetPrice"} <= set(row)


def test_zfcg_filters_district_and_dates(replica: ReplicaHandle) -> None:
    only = category(replica, districtCode=["339900"], pageSize=50)["data"]
    assert only and {r["districtCode"] for r in only} == {"339900"}
    excl = category(replica, excludeDistrictPrefix=["3399"], pageSize=50)["data"]
    assert excl and "339900" not in {r["districtCode"] for r in excl}
    span = category(replica, publishDateBegin="2026-03-04", publishDateEnd="2026-03-05", pageSize=50)["data"]
    days = {
        datetime.fromtimestamp(r["publishDate"] / 1000, tz=timezone(timedelta(hours=8))).date().isoformat()
        for r in span
    }
    assert days and days <= {"2026-03-04", "2026-03-05"}


def test_zfcg_unknown_category_code_is_an_error_not_an_empty_list(replica: ReplicaHandle) -> None:
    body = {"pageNo": 1, "pageSize": 15, "categoryCode": "110-000000", "isGov": True}
    reply = http(f"{replica.sites['zfcg']}/portal/category", body=body)
    out = reply.json()
    assert out["success"] is False and out["result"] is None and "110-000000" in out["error"]["message"]
    assert (
        category(replica, categoryCode="110-978920")["total"] == 0
    )  # a tree category without notices: empty


def test_zfcg_detail_needs_an_url_encoded_article_id(replica: ReplicaHandle) -> None:
    base = replica.sites["zfcg"]
    rows = category(replica, pageSize=50)["data"]
    for row in rows:
        aid = row["articleId"]
        reply = http(
            f"{base}/portal/detail?articleId={urllib.parse.quote(aid, safe='')}&timestamp=1748323370"
        )
        assert reply.status == 200
        data = reply.json()["result"]["data"]
        assert (
            data["articleId"] == aid and data["title"] == row["title"] and data["content"].startswith("<div")
        )
    plus = next(r["articleId"] for r in rows if "+" in r["articleId"])
    assert http(f"{base}/portal/detail?articleId={plus}&timestamp=1").status == 404  # '+' read as a space
    assert http(f"{base}/portal/detail?articleId=nope%3D%3D&timestamp=1").json()["success"] is False


def bidcontent(replica: ReplicaHandle, code: str = "9005002002", **over: object) -> dict:
    body = {
        "filter": {"date": "", "regionCode": "", "tenderProjectType": ""},
        "page": 1,
        "rows": 10,
        "searchKey": "",
        **over,
    }
    reply = http(f"{replica.sites['longyou']}/front/bidcontent/{code}", body=body)
    assert reply.status == 200
    return reply.json()


def test_longyou_list_shape_paging_and_detail(replica: ReplicaHandle) -> None:
    expected = visible_titles("longyou", "9005002002")
    first = bidcontent(replica, rows=5)
    assert {"pageIndex", "pageSize", "rows", "total", "totalItemCount", "totalPageCount"} <= set(first)
    assert first["total"] == len(expected) and first["totalPageCount"] == -(-len(expected) // 5)
    got = [r["title"] for n in (1, 2, 3) for r in bidcontent(replica, rows=5, page=n)["rows"]]
    assert got == expected
    row = first["rows"][0]
    assert row["areaCode"] == "330825" and len(row["id"]) == 32 and row["publishTime"][:4] == "2026"
    detail = http(
        f"{replica.sites['longyou']}/front/bidcontent/9005002002/{row['id']}", method="POST", body={}
    )
    assert detail.status == 200 and detail.json()["data"]["title"] == row["title"]
    assert "<div" in detail.json()["data"]["content"]
    assert (
        http(f"{replica.sites['longyou']}/front/bidcontent/9005001001/{row['id']}", method="POST").status
        == 404
    )
    assert bidcontent(replica, code="9005009999")["total"] == 0


def test_longyou_date_filter_and_search_key(replica: ReplicaHandle) -> None:
    one = bidcontent(replica, filter={"date": "2026-03-05"}, rows=50)["rows"]
    assert one and {r["publishTime"][:10] for r in one} == {"2026-03-05"}
    span = bidcontent(replica, filter={"date": "2026-03-02,2026-03-04"}, rows=50)["rows"]
    assert {r["publishTime"][:10] for r in span} == {"2026-03-02", "2026-03-03", "2026-03-04"}
    assert [r["title"] for r in bidcontent(replica, searchKey="第05号")["rows"]] == [
        t for t in visible_titles("longyou", "9005002002") if "第05号" in t
    ]


def test_zfcg_publish_window_bounds_the_total_and_the_pages(replica: ReplicaHandle) -> None:
    """``publishDateBegin``/``End`` (fetch_zfcg idx 57395698769) select by publish date on the server:
    the answer's ``total`` is the window's, so a crawler asking for a window pages through it alone.
    Dates come as ``YYYY-MM-DD`` (as pubwatch sends them) or epoch milliseconds."""
    cst = timezone(timedelta(hours=8))

    def day(row: dict) -> str:
        return datetime.fromtimestamp(row["publishDate"] / 1000, tz=cst).date().isoformat()

    def every(**over: object) -> tuple[int, list[dict]]:
        first = category(replica, pageSize=100, **over)
        rows = list(first["data"])
        for n in range(2, -(-first["total"] // 100) + 1):
            rows += category(replica, pageNo=n, pageSize=100, **over)["data"]
        return first["total"], rows

    total, rows = every()
    days = sorted({day(r) for r in rows})
    assert len(days) >= 3
    begin = days[len(days) // 2]
    inside = [r for r in rows if day(r) >= begin]
    win_total, win_rows = every(publishDateBegin=begin)
    assert win_total == len(inside) < total
    assert {r["articleId"] for r in win_rows} == {r["articleId"] for r in inside}
    ms = int(datetime.fromisoformat(begin).replace(tzinfo=cst).timestamp() * 1000)
    assert category(replica, pageSize=1, publishDateBegin=ms)["total"] == win_total
    closed, _ = every(publishDateBegin=begin, publishDateEnd=begin)
    assert closed == sum(1 for r in rows if day(r) == begin)
