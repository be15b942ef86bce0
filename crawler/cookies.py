"""Scrapy's cookie middleware, with the public-suffix list it ships instead of one fetched from the internet.

Why: Scrapy's ``CookiesMiddleware`` asks a module-level ``tldextract.TLDExtract`` whether a cookie's domain is a
public suffix. On its first use, with no cache in ``~/.cache/python-tldextract``, that object downloads the list
from publicsuffix.org (then raw.githubusercontent.com) — a request to a host no source of ours names, made by every
fresh machine's first crawl (a nightly server, a CI run, a worker), and in an offline test a page of tracebacks
before it falls back to the snapshot bundled with tldextract. A crawler that fetches only its sources' hosts
(``crawler.offsite``) must not fetch anything else behind their back. The bundled snapshot is enough for the
question asked (is ``gov.cn`` a public suffix?), so this middleware makes it the only list ever read.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares import cookies as _scrapy_cookies
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from tldextract import TLDExtract


def use_bundled_suffix_list() -> None:
    """Point Scrapy's cookie middleware at tldextract's bundled snapshot: no download, no cache file written."""
    current = _scrapy_cookies._split_domain
    if getattr(current, "suffix_list_urls", None) == ():
        return
    _scrapy_cookies._split_domain = TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True, include_psl_private_domains=True
    )


class BundledSuffixCookiesMiddleware(CookiesMiddleware):
    """``CookiesMiddleware`` that never downloads the public-suffix list (see the module docstring)."""

    def __init__(self, debug: bool = False) -> None:
        use_bundled_suffix_list()
        super().__init__(debug)
