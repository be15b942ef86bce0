"""Helpers and fixtures of the replica server tests (imported by each test module rather than put in
a conftest.py, so the replica generator's tests in the same folder stay independent): one server per
test module on the hand-made fixture corpus, reset to the fixture date with no faults before every test."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from replica.server import ReplicaHandle, run_in_thread

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FIXTURE_DATE = "2026-03-10"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


def http(
    url: str,
    method: str | None = None,
    data: bytes | None = None,
    form: dict[str, str] | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
    timeout: float = 5.0,
) -> Reply:
    """A tiny blocking client (urllib) so the tests see exactly the bytes and statuses served."""
    hdrs = dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
        hdrs.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, headers=hdrs, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return Reply(resp.status, dict(resp.headers.items()), resp.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, dict(exc.headers.items()), exc.read())


@pytest.fixture(scope="module")
def replica_module() -> Iterator[ReplicaHandle]:
    handle = run_in_thread(FIXTURE_CORPUS, FIXTURE_DATE)
    yield handle
    handle.stop()


@pytest.fixture
def replica(replica_module: ReplicaHandle) -> Iterator[ReplicaHandle]:
    replica_module.set_date(FIXTURE_DATE)
    replica_module.clear_faults()
    yield replica_module
    replica_module.clear_faults()
    replica_module.set_date(FIXTURE_DATE)


def fixture_postings(site: str) -> list[dict[str, Any]]:
    """The fixture postings of one site, read straight from the file (the tests' own ground truth)."""
    lines = (FIXTURE_CORPUS / "postings.jsonl").read_text("utf-8").splitlines()
    return [p for p in map(json.loads, lines) if p["site"] == site]


def served_channel(site: str, posting: dict) -> str:
    """The channel a posting is listed under once the site spreads a channel over its evidence
    siblings (``Site.SIBLINGS``, by the posting's serial: the digits of its id)."""
    import re

    from replica.sites import SITE_CLASSES

    channel = str(posting["channel"])
    norm = channel[3:] if channel.startswith("col") and channel[3:].isdigit() else channel
    sibs = SITE_CLASSES[site].SIBLINGS.get(norm)
    if not sibs:
        return channel
    digits = re.findall(r"(\d+)", posting["posting_id"])
    k = int(digits[-1]) % (len(sibs) + 1) if digits else 0
    return sibs[k - 1] if k else channel


def visible_titles(site: str, channel: str, day: str = FIXTURE_DATE) -> list[str]:
    """Titles online on ``day`` in one channel, newest first (what a list must show)."""
    rows = [
        p
        for p in fixture_postings(site)
        if served_channel(site, p) == channel
        and p["publish_date"] <= day
        and (p["removed_on"] is None or day < p["removed_on"])
    ]
    rows.sort(key=lambda p: (p["publish_time"], p["posting_id"]), reverse=True)
    return [p["title"] for p in rows]
