"""crawler.offsite: which URLs a source owns, and what a list href becomes."""

from __future__ import annotations

import pytest

from crawler.offsite import host_allowed, link_verdict, refusal
from crawler.sources import RegistryError, load_registry, parse_registry

PAGE = "http://ggzy.example.gov.cn/list/index.html"
OWN = frozenset({"ggzy.example.gov.cn"})


@pytest.mark.parametrize(
    "url, kind",
    [
        ("file:///proc/self/environ", "refused_scheme"),
        ("data:text/html,<b>x</b>", "refused_scheme"),
        ("ftp://ggzy.example.gov.cn/a", "refused_scheme"),
        ("http://evil.example/a.html", "refused_offsite"),
        ("http://ggzy.example.gov.cn:8080/a.html", "refused_offsite"),
        ("http://ggzy.example.gov.cn.evil.example/a.html", "refused_offsite"),
        ("http://user@evil.example/a.html", "refused_offsite"),
    ],
)
def test_refused(url: str, kind: str) -> None:
    assert refusal(url, OWN)[0] == kind  # type: ignore[index]
    assert link_verdict(url, PAGE, OWN)[0] == kind  # type: ignore[index]


@pytest.mark.parametrize(
    "url",
    [
        "http://ggzy.example.gov.cn/a.html",
        "https://GGZY.example.gov.cn/a.html",
        "https://ggzy.example.gov.cn:443/a",
    ],
)
def test_owned(url: str) -> None:
    assert refusal(url, OWN) is None and link_verdict(url, PAGE, OWN) is None


@pytest.mark.parametrize(
    "url, reason",
    [
        ("javascript:void(0)", "javascript:"),
        ("JavaScript:;", "javascript:"),
        ("mailto:a@b.c", "mailto:"),
        ("tel:123", "tel:"),
        ("#", "#"),
        (PAGE + "#top", "#"),
        ("", "empty"),
        ("   ", "empty"),
        ("http://[bad", "malformed"),
        ("http:///nohost", "malformed"),
        ("http://a.b:notaport/", "malformed"),
    ],
)
def test_skipped(url: str, reason: str) -> None:
    assert link_verdict(url, PAGE, OWN) == ("skip", reason)


def test_ports_matter_for_explicit_ports() -> None:
    assert host_allowed("http://127.0.0.1:8001/x", {"127.0.0.1:8001"})
    assert not host_allowed("http://127.0.0.1:8002/x", {"127.0.0.1:8001"})
    assert not host_allowed("http://127.0.0.1/x", {"127.0.0.1:8001"})


def test_registry_hosts_default_to_base_url_and_follow_the_override() -> None:
    reg = load_registry(overrides={})
    assert reg["qz_hanweb"].owned_hosts() == frozenset({"ggzy.qz.gov.cn"})
    moved = load_registry(overrides={"qz_hanweb": "http://127.0.0.1:8765"})
    assert moved["qz_hanweb"].owned_hosts() == frozenset({"127.0.0.1:8765"})


def test_registry_hosts_are_validated() -> None:
    entry = {
        "key": "s",
        "name": "n",
        "family": "static_cms",
        "base_url": "http://a.example",
        "region": "330800",
        "hosts": ["b.example", "c.example:8080"],
        "evidence": "none: test entry",
        "channels": [
            {
                "key": "c",
                "name": "c",
                "domain": "other",
                "notice_type": "",
                "responsible_unit": "u",
                "evidence": "none: test channel",
            }
        ],
    }
    assert parse_registry({"sources": [entry]})["s"].owned_hosts() == {
        "a.example",
        "b.example",
        "c.example:8080",
    }
    with pytest.raises(RegistryError, match="hosts"):
        parse_registry({"sources": [{**entry, "hosts": ["http://b.example/path"]}]})
