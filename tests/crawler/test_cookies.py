"""The cookie middleware never downloads the public-suffix list (crawler/cookies.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scrapy.utils.test import get_crawler

from crawler import settings as project_settings
from crawler.cookies import BundledSuffixCookiesMiddleware

ROOT = Path(__file__).resolve().parents[2]


def test_the_project_uses_the_bundled_list_middleware() -> None:
    mws = project_settings.DOWNLOADER_MIDDLEWARES
    assert mws["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert mws["crawler.cookies.BundledSuffixCookiesMiddleware"] == 700


def test_public_suffix_questions_are_answered_without_a_connection() -> None:
    """In a fresh interpreter with no tldextract cache: a connection attempt fails the test."""
    code = """
import socket, sys
def refuse(*a, **k):
    print("CONNECT", a, file=sys.stderr); raise OSError("no network in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
from scrapy.utils.test import get_crawler
from crawler.cookies import BundledSuffixCookiesMiddleware
from scrapy.downloadermiddlewares import cookies
BundledSuffixCookiesMiddleware.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": True}))
print(cookies._is_public_domain("gov.cn"), cookies._is_public_domain("www.quzhou.gov.cn"))
"""
    env = {
        "PYTHONPATH": str(ROOT),
        "HOME": "/nonexistent-home",
        "XDG_CACHE_HOME": "/nonexistent-cache",
        "PATH": "",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "CONNECT" not in out.stderr
    assert "publicsuffix" not in out.stderr
    assert out.stdout.split() == ["True", "False"]


def test_the_middleware_still_sends_cookies_back() -> None:
    from scrapy.http import Request, Response

    crawler = get_crawler(settings_dict={"COOKIES_ENABLED": True})
    mw = BundledSuffixCookiesMiddleware.from_crawler(crawler)
    req = Request("http://www.quzhou.gov.cn/list.html")
    resp = Response(req.url, headers={"Set-Cookie": "bot=ok; Path=/"}, request=req)
    mw.process_response(req, resp)
    nxt = Request("http://www.quzhou.gov.cn/next.html")
    mw.process_request(nxt)
    assert nxt.headers.get("Cookie") == b"bot=ok"
