"""ccgp as the evidence shows it: bot scripts on every page are not a challenge, 频繁访问 is a
throttle, and the national list is narrowed to Zhejiang rows and Quzhou details."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from crawler.detect import classify_html
from crawler.families.static_cms import StaticCmsSpider
from crawler.middlewares import BotCheckMiddleware

SCRIPTS = (
    '<script id="keyparam" src="/_bot_sbu/sbu_fpcm.js"></script>'
    '<script>document.cookie = "HOY_TR=abc123; path=/";\ndocument.cookie = "HBB_HC=def456; path=/";</script>'
)


def _page(body: str, url: str = "http://www.ccgp.gov.cn/cggg/dfgg/gkzb/index.htm") -> HtmlResponse:
    return HtmlResponse(url, body=body.encode("utf-8"), encoding="utf-8", request=Request(url))


def test_scripts_on_a_normal_page_are_not_a_challenge() -> None:
    rows = "".join(
        f'<li><a href="./2026/t{i}.htm" title="衢州市采购公告{i}">衢州市采购公告第{i}号项目</a>'
        f"<em>2026-02-0{i % 9 + 1}</em> 地域：<em>浙江</em></li>"
        for i in range(8)
    )
    normal = _page(f"<html><head>{SCRIPTS}</head><body><ul class='c_list_bid'>{rows}</ul></body></html>")
    mw = BotCheckMiddleware()
    assert mw.process_response(normal.request, normal) is normal  # no re-fetch: one request per page
    challenge = _page(f"<html><head><title>安全验证</title>{SCRIPTS}</head><body></body></html>")
    again = mw.process_response(challenge.request, challenge)
    assert isinstance(again, Request) and again.cookies == {"HOY_TR": "abc123", "HBB_HC": "def456"}


def test_throttle_page_is_rate_limited() -> None:
    assert classify_html("<html><body>您的访问过于频繁，请稍后再试</body></html>") == "rate_limited"
    assert classify_html("<html><body><h3>频繁访问</h3>请稍后访问</body></html>") == "rate_limited"


def test_rows_of_other_provinces_are_read_not_followed_and_details_filtered() -> None:
    cls = type("CcgpTest", (StaticCmsSpider,), {"name": "ccgp", "source_key": "ccgp"})
    spider = cls(night="2026-02-10")
    body = (
        "<html><body><ul class='c_list_bid'>"
        '<li><a href="./gkzb/t1.htm" title="A">A</a> 发布时间：<em>2026-02-09 10:00</em> 地域：<em>浙江</em></li>'
        '<li><a href="./gkzb/t2.htm" title="B">B</a> 发布时间：<em>2026-02-09 09:00</em> 地域：<em>青海</em></li>'
        '<li><a href="" title="C">C</a> 发布时间：<em>2026-02-09 08:00</em> 地域：<em>浙江</em></li>'
        '<li><a title="D">D</a> 发布时间：<em>2026-02-09 08:00</em> 地域：<em>浙江</em></li>'
        "</ul></body></html>"
    )
    ch = spider.source.channel("dfgg/gkzb")
    page = spider.parse_list(_page(body), ch, 1)
    assert [(e.title, e.channel) for e in page.entries] == [("A", None), ("B", "")]
    assert any("2 rows without a link" in n for n in spider.health.ch("dfgg/gkzb").notes)
    quzhou = _page("<table><tr><td>行政区域</td><td>衢州市柯城区</td></tr></table>")
    other = _page("<table><tr><td>行政区域</td><td>杭州市西湖区</td></tr></table>")
    assert spider.outside_region(quzhou) is None and spider.outside_region(other) == "杭州市西湖区"
