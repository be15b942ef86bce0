"""Static sites: ccgp (GBK behind a JS cookie check), jiangshan (plain CMS), jsrender (list built by
JavaScript), and robots.txt on every site."""

from __future__ import annotations

import re

import pytest

from replica.server import ReplicaHandle
from replica.sites import SITE_ORDER

from .server_support import http, visible_titles

COOKIE_RE = re.compile(r'document\.cookie\s*=\s*"(HOY_TR|HBB_HC)=([^;"]+)')


def solve(replica: ReplicaHandle) -> dict[str, str]:
    """What a crawler does: read the two cookie values from the challenge's inline script."""
    page = http(f"{replica.sites['ccgp']}/cggg/dfgg/zbgg/index.htm")
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in COOKIE_RE.findall(page.body.decode("gbk")))}


def test_ccgp_first_request_gets_the_bot_check_then_the_cookie_gets_content(replica: ReplicaHandle) -> None:
    base = replica.sites["ccgp"]
    plain = http(f"{base}/cggg/dfgg/zbgg/index.htm")
    text = plain.body.decode("gbk")
    assert plain.status == 200 and "/_bot_sbu/sbu_fpcm.js" in text and "c_list_bid" not in text
    assert dict(COOKIE_RE.findall(text)).keys() == {"HOY_TR", "HBB_HC"}
    assert http(f"{base}/_bot_sbu/sbu_fpc.js").status == 200
    cookie = solve(replica)
    page = http(f"{base}/cggg/dfgg/zbgg/index.htm", headers=cookie)
    assert page.headers["Content-Type"] == "text/html; charset=gbk"
    assert "c_list_bid" in page.body.decode("gbk")
    forged = {"Cookie": cookie["Cookie"][:-3] + "abc"}
    assert "c_list_bid" not in http(f"{base}/cggg/dfgg/zbgg/index.htm", headers=forged).body.decode("gbk")


def test_ccgp_gbk_lists_paging_and_detail(replica: ReplicaHandle) -> None:
    base, cookie = replica.sites["ccgp"], solve(replica)
    expected = visible_titles("ccgp", "zbgg")
    links: list[tuple[str, str]] = []
    for name in ("index.htm", "index_1.htm"):
        reply = http(f"{base}/cggg/dfgg/zbgg/{name}", headers=cookie)
        assert reply.status == 200
        with pytest.raises(UnicodeDecodeError):
            reply.body.decode("utf-8")
        text = reply.body.decode("gbk")
        # the list is national: rows of other provinces sit between Zhejiang's (地域)
        links += [
            (h, t)
            for h, t, prov in re.findall(
                r'<li><a href="\./(\d{6}/t\d{8}_\d+\.htm)" title="([^"]+)".*?地域：<em>([^<]+)</em>', text
            )
            if prov == "浙江"
        ]
    assert [t for _, t in links] == expected
    assert "Pager({size:2, current:0" in http(f"{base}/cggg/dfgg/zbgg/index.htm", headers=cookie).body.decode(
        "gbk"
    )
    assert http(f"{base}/cggg/dfgg/zbgg/index_2.htm", headers=cookie).status == 404
    href, title = links[0]
    detail = http(f"{base}/cggg/dfgg/zbgg/{href}", headers=cookie)
    text = detail.body.decode("gbk")
    assert detail.status == 200 and title in text and 'class="vF_detail_content"' in text
    assert "charset=gbk" in text and f'<meta name="ArticleTitle" content="{title}">' in text
    assert re.search(r'<span id="pubTime">\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}</span>', text)
    assert http(f"{base}/cggg/dfgg/zbgg/{href}").body.decode("gbk").count("HOY_TR=") == 1  # no cookie: check


def test_jiangshan_static_pages(replica: ReplicaHandle) -> None:
    base = replica.sites["jiangshan"]
    assert "/jyxx/002001/index.html" in http(base + "/").text
    first = http(f"{base}/jyxx/002001/index.html").text
    assert 'href="index_2.html">下一页' in first
    second = http(f"{base}/jyxx/002001/index_2.html").text
    assert "下一页" not in second and 'href="index.html">上一页' in second
    links = re.findall(r'<li><a href="([^"]+)" target="_blank" title="([^"]+)"', first + second)
    assert [t for _, t in links] == visible_titles("jiangshan", "002001")
    page = http(base + links[0][0])
    assert page.status == 200 and 'class="article-content"' in page.text
    assert http(f"{base}/jyxx/002001/index_9.html").text.count("<li>") == 0
    assert http(f"{base}/jyxx/nochannel/index.html").status == 404


def test_jsrender_list_needs_javascript(replica: ReplicaHandle) -> None:
    base = replica.sites["jsrender"]
    page = http(f"{base}/list/zbgg.html").text
    assert re.search(r'<ul id="notice-list"[^>]*></ul>', page) and "<li" not in page
    script = http(f"{base}/static/list.js").text
    assert "/api/notices?channel=" in script and "createElement('li')" in script
    api = http(f"{base}/api/notices?channel=zbgg&page=2&size=20").json()
    assert api["total"] == len(visible_titles("jsrender", "zbgg"))
    assert [i["title"] for i in api["items"]] == visible_titles("jsrender", "zbgg")[20:]
    detail = http(base + api["items"][0]["url"])
    assert detail.status == 200 and 'class="notice-body"' in detail.text


@pytest.mark.parametrize("site", SITE_ORDER)
def test_robots_txt_allows_all_but_something_harmless(replica: ReplicaHandle, site: str) -> None:
    reply = http(replica.sites[site] + "/robots.txt")
    assert reply.status == 200 and reply.text.startswith("User-agent: *\nDisallow: /")
    assert reply.text.split("Disallow: ")[1].strip() not in ("/", "")
    assert http(replica.sites[site] + "/no/such/page.html").status == 404
