"""qz_hanweb / qz_portal: Hanweb column pages with the inline ``<script type="text/xml">`` datastore,
``&uid=…&pageNum=N`` paging, ``/art/YYYY/M/D/art_<col>_<id>.html`` details, and the replica clock."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from replica.server import ReplicaHandle

from .server_support import http, visible_titles

COL = {"qz_hanweb": "1229683630", "qz_portal": "1229720001"}
UID = {"qz_hanweb": "7872499", "qz_portal": "5893253"}


def datastore_records(page: str) -> tuple[list[tuple[str, str]], str]:
    """(href, title) of every record in the inline datastore, plus the nextgroup markup."""
    m = re.search(r'<script type="text/xml">(.*?)</script>', page, re.S)
    assert m, "no inline datastore"
    root = ET.fromstring(m.group(1))
    recs = [re.search(r'href="([^"]+)" title="([^"]+)"', r.text or "").groups() for r in root.iter("record")]
    return recs, root.findtext("nextgroup") or ""


def column_links(base: str, site: str) -> dict[str, str]:
    """title → href over every page of the main column."""
    out: dict[str, str] = {}
    for n in range(1, 10):
        recs, _ = datastore_records(
            http(f"{base}/col/col{COL[site]}/index.html?uid={UID[site]}&pageNum={n}").text
        )
        if not recs:
            return out
        out.update({t: h for h, t in recs})
    raise AssertionError("pagination did not end")


@pytest.mark.parametrize("site", ["qz_hanweb", "qz_portal"])
def test_column_pages_list_visible_postings_newest_first(replica: ReplicaHandle, site: str) -> None:
    base = replica.sites[site]
    first = http(f"{base}/col/col{COL[site]}/index.html?number=ggjyA004")
    assert first.status == 200 and "text/html" in first.headers["Content-Type"]
    recs, nextgroup = datastore_records(first.text)
    assert len(recs) == 15
    assert f"uid={UID[site]}&pageNum=2" in nextgroup
    second = http(f"{base}/col/col{COL[site]}/index.html?number=ggjyA004&uid={UID[site]}&pageNum=2")
    recs2, next2 = datastore_records(second.text)
    titles = [t for _, t in recs + recs2]
    assert titles == visible_titles(site, COL[site])  # 17 minus the one published on 03-12
    assert next2 == ""
    assert (
        datastore_records(http(f"{base}/col/col{COL[site]}/index.html?uid={UID[site]}&pageNum=3").text)[0]
        == []
    )
    assert re.fullmatch(rf"/art/2026/3/\d{{1,2}}/art_{COL[site]}_\d+\.html", recs[0][0])
    assert f"totalRecord:{len(titles)}," in first.text


@pytest.mark.parametrize(
    ("site", "body_marker"),
    [("qz_hanweb", 'class="ewb-detail-content ewb-mt20"'), ("qz_portal", 'id="zoom"')],
)
def test_detail_page_and_url_checks(replica: ReplicaHandle, site: str, body_marker: str) -> None:
    base = replica.sites[site]
    recs, _ = datastore_records(http(f"{base}/col/col{COL[site]}/index.html").text)
    href, title = recs[0]
    page = http(base + href)
    assert page.status == 200
    assert body_marker in page.text and f"<title>{title}</title>" in page.text
    assert '<meta name="ArticleTitle"' in page.text
    y, m, d = re.search(r"/art/(\d+)/(\d+)/(\d+)/", href).groups()
    wrong_day = href.replace(f"/{y}/{m}/{d}/", f"/{y}/{m}/{int(d) % 28 + 1}/")
    assert http(base + wrong_day).status == 404
    assert http(f"{base}/art/2026/3/1/art_{COL[site]}_1.html").status == 404
    assert http(f"{base}/col/col999/index.html").status == 404


def test_clock_reveals_new_postings_removes_old_and_switches_versions(replica: ReplicaHandle) -> None:
    base, col = replica.sites["qz_hanweb"], COL["qz_hanweb"]
    before = column_links(base, "qz_hanweb")
    future = [t for t in visible_titles("qz_hanweb", col, "2026-03-12") if t not in before]
    removed = [t for t in before if t not in visible_titles("qz_hanweb", col, "2026-03-12")]
    assert len(future) == 1 and len(removed) == 1
    edited = next(h for t, h in before.items() if "第03号" in t)
    assert "更新内容" not in http(base + edited).text
    replica.set_date("2026-03-12")
    after = column_links(base, "qz_hanweb")
    assert future[0] in after and after[future[0]].startswith("/art/2026/3/12/")
    assert removed[0] not in after
    assert http(base + before[removed[0]]).status == 404
    assert "更新内容：金额更正" in http(base + edited).text
    replica.set_date("2026-03-10")
    assert http(base + after[future[0]]).status == 404  # not yet published again


def test_attachments_are_linked_and_served(replica: ReplicaHandle) -> None:
    base, col = replica.sites["qz_hanweb"], COL["qz_hanweb"]
    recs, _ = datastore_records(http(f"{base}/col/col{col}/index.html").text)
    href = next(h for h, t in recs if "第04号" in t)
    page = http(base + href).text
    m = re.search(r'<div id="fileDownd">附件：<a href="([^"]+)"', page)
    assert m
    att = http(base + m.group(1))
    assert (
        att.status == 200
        and att.body.startswith(b"%PDF")
        and att.headers["Content-Type"] == "application/pdf"
    )
    assert http(base + "/files/nothing.pdf").status == 404
