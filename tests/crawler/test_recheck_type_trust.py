"""A channel whose notices disagree with its declared type (``type_mismatch`` in crawl health) does
not get that type's re-check decay: the learned schedule treats its notices of the declared (or no)
type as of unknown type, and keeps the schedule of a type the content named otherwise.

Why it matters: a channel declared 结果公告 (settled, hardly ever re-checked) that really carries
tenders would otherwise leave the tenders whose content names no type (the extractor then falls back
to the declared type) without a re-check while they are open."""

from __future__ import annotations

import dataclasses
import datetime as dt

from crawler.crawl_db import CrawlStore
from crawler.recheck import (
    UNTRUSTED_LOOKBACK_NIGHTS,
    LearnedSchedule,
    LearnedStats,
    RecheckPolicy,
    learn,
)
from storage import evidence
from storage.evidence import KnownDocument

D = dt.date
POLICY = RecheckPolicy(recheck_days=30, interval_days=7, open_interval_days=1, open_days=20, open_max_days=90)
START = D(2026, 3, 1)


def doc(channel_key: str, notice_type: str | None, key: str = "k1") -> KnownDocument:
    return KnownDocument(
        id=1,
        item_key=key,
        channel_key=channel_key,
        url="http://x/1",
        list_date=START,
        sha256="s",
        removed_at=None,
        last_checked=START,
        first_seen_on=START,
        notice_type=notice_type,
        deadline=None,
    )


def schedule(untrusted: set[tuple[str, str]]) -> LearnedSchedule:
    stats = learn([("type_mismatch", site, ch) for site, ch in sorted(untrusted)], POLICY, START)
    return LearnedSchedule(POLICY, stats, "qz_hanweb")


def fetch_nights(sched: LearnedSchedule, d: KnownDocument, declared: str, nights: int = 40) -> list[int]:
    """Crawl every night: the ages on which ``d`` is fetched again."""
    out = []
    checked = START
    for age in range(1, nights + 1):
        night = START + dt.timedelta(days=age)
        cur = dataclasses.replace(d, last_checked=checked)
        if sched.due(cur, night, declared):
            out.append(age)
            checked = night
    return out


def test_learn_carries_the_mismatched_channels_of_the_observations() -> None:
    stats = learn(
        [("docs", "a", "procurement.result", 40), ("type_mismatch", "a", "c1"), ("type_mismatch", "b", "c2")],
        POLICY,
        START,
    )
    assert isinstance(stats, LearnedStats)
    assert stats.untrusted == {("a", "c1"), ("b", "c2")}
    assert stats[("a", "procurement.result")].docs == 40
    # a schedule only takes its own source's channels
    assert LearnedSchedule(POLICY, stats, "a").untrusted == {"c1"}


def test_a_declared_settled_type_is_not_leaned_on_in_a_mismatched_channel() -> None:
    declared = "procurement.result"  # settled: in a trusted channel no re-check but a 1-in-8 exploration
    trusted, odd = schedule(set()), schedule({("qz_hanweb", "c")})
    for notice_type in (declared, None):  # the fallback type, or not extracted yet
        d = doc("c", notice_type)
        assert trusted.notice_type_of(d, declared) == declared
        assert odd.notice_type_of(d, declared) == ""
        calm = fetch_nights(trusted, d, declared)
        assert calm in ([], [POLICY.recheck_days])
        got = fetch_nights(odd, d, declared)
        # unknown type: open for open_days, the prior's early checkpoints and the last open night
        assert got[:3] == [1, 2, 4] and POLICY.open_days in got, got
        assert len(got) > len(calm)


def test_a_type_the_content_named_keeps_its_own_schedule() -> None:
    declared = "procurement.result"
    trusted, odd = schedule(set()), schedule({("qz_hanweb", "c")})
    d = doc("c", "procurement.tender")
    assert odd.notice_type_of(d, declared) == "procurement.tender"
    assert fetch_nights(odd, d, declared) == fetch_nights(trusted, d, declared)
    # other channels of the same source are untouched
    other = doc("c2", declared)
    assert odd.notice_type_of(other, declared) == declared
    assert fetch_nights(odd, other, declared) == fetch_nights(trusted, other, declared)


def test_a_declared_open_type_gets_no_tender_schedule_either() -> None:
    """A channel declared 招标公告 that carries results: its fallback-typed notices are of unknown
    type (open for open_days), not tenders open until a deadline that is not theirs."""
    declared = "procurement.tender"
    odd = schedule({("qz_hanweb", "c")})
    d = doc("c", declared)
    assert odd.notice_type_of(d, declared) == ""
    assert POLICY.open_until(d, declared, notice_type="") == START + dt.timedelta(days=POLICY.open_days)


def test_the_store_reads_recent_type_mismatch_health(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'h.db'}"
    night = D(2026, 3, 20)
    store = CrawlStore(url, night, run_id=None, mode="nightly", source_key="qz_hanweb")

    def health(on: dt.date, channel: str, note: str) -> None:
        run = evidence.start_run(store.engine, on, "nightly", ["qz_hanweb"])
        row = {
            "source_key": "qz_hanweb",
            "channel_key": channel,
            "requests": 1,
            "pages": 1,
            "listed": 5,
            "new": 5,
            "changed": 0,
            "removed": 0,
            "errors": {},
            "blocked": False,
            "finish_reason": "finished",
            "complete": True,
            "note": note,
        }
        evidence.record_health(store.engine, run, on, [row])

    mismatch = (
        "type_mismatch: 类型不符 4/6 notices are not procurement.result; type-dependent checks held back"
    )
    health(night - dt.timedelta(days=2), "recent", mismatch)
    health(night - dt.timedelta(days=UNTRUSTED_LOOKBACK_NIGHTS + 1), "old", mismatch)
    health(night - dt.timedelta(days=1), "fine", "未核实渠道 unverified channel")
    rows = store.change_observations()
    assert [r for r in rows if r[0] == "type_mismatch"] == [("type_mismatch", "qz_hanweb", "recent")]
    sched = LearnedSchedule(POLICY, learn(rows, POLICY, night), "qz_hanweb")
    assert sched.untrusted == {"recent"}
