"""fill.py: every channel of the replica's catalogue gets a recent notice of its kind, after the
main corpus and without changing it."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from replica.generate import generate
from replica.generate.channels import FILL_KINDS, SITES, catalogue, served_channel
from replica.generate.core import FILL_DAYS

SEED, NOTICES, DAYS = 5, 150, 60


def _load(out: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    with (out / "postings.jsonl").open(encoding="utf-8") as fh:
        return manifest, [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The same small corpus without and with the fill (a small one leaves many channels empty)."""
    out = {}
    for fill in (False, True):
        d = tmp_path_factory.mktemp(f"fill{fill}")
        generate(SEED, NOTICES, d, days=DAYS, fill=fill)
        out[fill] = _load(d)
    return out


def _recent(manifest: dict[str, Any], postings: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """Postings per (site, served channel) published in the last FILL_DAYS and online after the end."""
    end = dt.date.fromisoformat(manifest["end_date"])
    since = (end - dt.timedelta(days=FILL_DAYS - 1)).isoformat()
    after = (end + dt.timedelta(days=1)).isoformat()
    out: Counter[tuple[str, str]] = Counter()
    for p in postings:
        if p["publish_date"] >= since and (p["removed_on"] is None or p["removed_on"] > after):
            serial = int(re.findall(r"\d+", p["posting_id"])[-1])
            out[(p["site"], served_channel(p["site"], p["channel"], serial))] += 1
    return out


def test_the_main_corpus_is_unchanged_and_the_fill_follows_it(pair) -> None:
    (m0, p0), (m1, p1) = pair[False], pair[True]
    assert m0["fill_notices"] == 0 and m1["fill_notices"] > 0
    assert p1[: len(p0)] == p0  # the same postings, byte for byte, first
    assert m1["defects"] == m0["defects"] and m1["outages"] == m0["outages"]
    assert all(m1["notices"][nid] == n for nid, n in m0["notices"].items())
    assert m1["notice_count"] == NOTICES + m1["fill_notices"] == len(m1["notices"])
    added = {nid: n for nid, n in m1["notices"].items() if nid not in m0["notices"]}
    assert len(added) == m1["fill_notices"]
    ids = {p["posting_id"] for p in p1[len(p0) :]}
    assert {pid for n in added.values() for pid in n["postings"]} == ids  # the truth lists them all
    assert not {d["notice_id"] for d in m1["defects"]} & set(added)  # filled projects are clean


def test_every_catalogue_channel_holds_a_recent_notice(pair) -> None:
    channels = [(site, code) for site in SITES for code in catalogue(site)]
    before, after = _recent(*pair[False]), _recent(*pair[True])
    empty_before = [c for c in channels if not before[c]]
    assert len(empty_before) > 20  # the main corpus alone leaves many channels without one
    assert [c for c in channels if not after[c]] == []


def test_filled_channels_hold_notices_of_their_own_kind(pair) -> None:
    _m, postings = pair[True]
    by_channel: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in postings:
        by_channel.setdefault((p["site"], p["channel"]), []).append(p)
    words = {
        "002002001": "公开招标",
        "002002005": "竞争性磋商",
        "002002006": "竞争性谈判",
        "002002008": "询价",
    }
    for code, word in words.items():  # a tender under its method's category (a 资格预审 beside 采购公告)
        rows = by_channel[("zjggzy", code)]
        tenders = [p for p in rows if p["notice_type"] == "procurement.tender"]
        assert tenders and all(word in p["title"] for p in tenders), code
        assert {p["notice_type"] for p in rows} <= {"procurement.tender", "procurement.prequalification"}
    for site, kinds in FILL_KINDS.items():
        for code, allowed in kinds.items():
            assert {t for t, _method in allowed} <= {p["notice_type"] for p in by_channel[(site, code)]}, code


def test_fill_is_deterministic_on_a_short_range(tmp_path: Path) -> None:
    """Same bytes twice; a 40-day range (under the 45 days the last single-notice projects used to
    need) generates."""
    a, b = tmp_path / "a", tmp_path / "b"
    generate(SEED + 1, 60, a, days=40)
    generate(SEED + 1, 60, b, days=40)
    for name in ("postings.jsonl", "manifest.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
