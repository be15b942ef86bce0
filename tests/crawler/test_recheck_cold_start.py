"""The learned schedule's cold start: a type never seen changing is still re-checked while it is
open until enough of its open periods were watched through to believe it does not change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from conftest import known_doc

from crawler.recheck import MIN_OBSERVED, ChangeStats, LearnedSchedule, RecheckPolicy, observe_open_periods
from storage.evidence import KnownDocument

D = dt.date
POLICY = RecheckPolicy(
    recheck_days=30,
    interval_days=7,
    open_interval_days=1,
    open_days=20,
    open_max_days=90,
    open_max_gap_days=7,
)
LAND = "land.transfer_notice"


def fetch_ages(sched: LearnedSchedule, d: KnownDocument, nights: int) -> list[int]:
    """Crawl every night from the list date: the ages on which ``d`` is fetched again."""
    out, checked = [], d.list_date
    for age in range(1, nights + 1):
        night = d.list_date + dt.timedelta(days=age)
        if sched.due(dataclasses.replace(d, last_checked=checked), night):
            out.append(age)
            checked = night
    return out


def never_changing(observed: int) -> LearnedSchedule:
    """Land listings: many watched (so the plan has no open checkpoint), none seen changing, and
    ``observed`` of them watched through their open period at this site."""
    stats = {("kecheng", LAND): ChangeStats(docs=300, changed=0, observed=observed)}
    return LearnedSchedule(POLICY, stats, "kecheng")


def test_a_type_never_seen_changing_is_still_rechecked_weekly_while_open() -> None:
    """柯城's land listing open six weeks, of a type no crawl has seen change: before the cold start
    its only re-check was the last open night (a starting-price edit went unseen for weeks)."""
    sched = never_changing(observed=0)
    assert sched.plan(LAND) == ((), False)  # the learned plan alone: no open checkpoint
    listing = known_doc(D(2026, 1, 19), D(2026, 1, 19), LAND, deadline=D(2026, 2, 28))
    got = fetch_ages(sched, listing, 60)
    last_open = (D(2026, 2, 28) - D(2026, 1, 19)).days
    assert got[-1] == last_open and got[0] <= POLICY.open_max_gap_days
    assert max(b - a for a, b in itertools.pairwise([0, *got])) <= POLICY.open_max_gap_days
    assert len(got) <= last_open // POLICY.open_max_gap_days + 1  # weekly, not nightly
    # an edit on night 10 (the simulated D00020) is recorded by the next weekly re-check
    assert min(a for a in got if a >= 10) <= 10 + POLICY.open_max_gap_days


def test_enough_open_periods_watched_through_end_the_cold_start() -> None:
    listing = known_doc(D(2026, 1, 19), D(2026, 1, 19), LAND, deadline=D(2026, 2, 28))
    last_open = (D(2026, 2, 28) - D(2026, 1, 19)).days
    assert len(fetch_ages(never_changing(MIN_OBSERVED - 1), listing, 60)) > 1
    assert fetch_ages(never_changing(MIN_OBSERVED), listing, 60) == [last_open]
    # another site's evidence does not end this site's cold start
    stats = {("kaihua", LAND): ChangeStats(docs=300, changed=0, observed=500)}
    assert len(fetch_ages(LearnedSchedule(POLICY, stats, "kecheng"), listing, 60)) > 1


def test_short_open_periods_and_settled_types_cost_nothing_more() -> None:
    stats = {("kecheng", t): ChangeStats(docs=300) for t in ("construction.candidates", "procurement.result")}
    sched = LearnedSchedule(POLICY, stats, "kecheng")
    # publicity of three nights: nothing between listing and the last open night
    brief = known_doc(D(2026, 2, 2), D(2026, 2, 2), "construction.candidates", deadline=D(2026, 2, 5))
    assert fetch_ages(sched, brief, 20) == [3]
    # a settled result: the cold start is for open notices only (at most the 1-in-8 exploration)
    result = known_doc(D(2026, 2, 2), D(2026, 2, 2), "procurement.result", deadline=None)
    assert fetch_ages(sched, result, 40) in ([], [POLICY.recheck_days])


def test_observed_counts_open_periods_watched_through_on_the_sites_own_documents() -> None:
    night = D(2026, 3, 10)
    docs = [
        known_doc(D(2026, 1, 10), D(2026, 2, 10), LAND, deadline=D(2026, 2, 10), item_key="seen-through"),
        known_doc(D(2026, 1, 10), D(2026, 3, 1), LAND, deadline=D(2026, 2, 10), item_key="fetched-later"),
        known_doc(
            D(2026, 1, 10), D(2026, 2, 1), LAND, deadline=D(2026, 2, 10), item_key="not-fetched-at-its-end"
        ),
        known_doc(D(2026, 2, 20), D(2026, 3, 9), LAND, deadline=D(2026, 3, 20), item_key="still-open"),
        known_doc(
            D(2026, 1, 10),
            D(2026, 2, 10),
            LAND,
            deadline=D(2026, 2, 10),
            first_seen_on=D(2026, 1, 30),
            item_key="found-late",
        ),
        known_doc(
            D(2026, 1, 10), D(2026, 3, 1), "procurement.result", deadline=None, item_key="settled-type"
        ),
        known_doc(
            D(2026, 1, 10), D(2026, 2, 10), "procurement.tender", deadline=D(2026, 2, 10), item_key="tender"
        ),
    ]
    stats: dict[tuple[str, str], ChangeStats] = {("kecheng", LAND): ChangeStats(docs=7)}
    observe_open_periods(stats, docs, POLICY, night, "kecheng")
    assert stats[("kecheng", LAND)].observed == 2 and stats[("kecheng", LAND)].docs == 7
    assert stats[("kecheng", "procurement.tender")].observed == 1
    assert ("kecheng", "procurement.result") not in stats
