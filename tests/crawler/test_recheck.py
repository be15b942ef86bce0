"""The re-check policy: open notices nightly until their deadline, settled ones weekly while young;
and the deadline that storage reads out of the extracted fields."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import db_rows, run_crawl
from conftest import known_doc as doc

from crawler.recheck import OPEN_TYPES, ChangeStats, LearnedSchedule, RecheckPolicy, learn
from extractors.taxonomy import NOTICE_TYPES
from storage.evidence import KnownDocument, latest_date

D = dt.date
POLICY = RecheckPolicy(recheck_days=30, interval_days=7, open_interval_days=1, open_days=20, open_max_days=90)


def due_nights(policy: RecheckPolicy, start: dt.date, nights: int, **kw: object) -> list[int]:
    """Simulate a crawl every night: the day offsets on which the document is fetched."""
    checked = start
    out = []
    for i in range(1, nights + 1):
        night = start + dt.timedelta(days=i)
        if policy.due(doc(start, checked, **kw), night):  # type: ignore[arg-type]
            out.append(i)
            checked = night
    return out


def weekly(got: list[int], after: int, until: int = 30) -> None:
    """Settled re-checks: at least one every 7 nights after ``after`` while young, none after ``until``."""
    marks = [after, *got]
    assert all(b - a <= 7 for a, b in itertools.pairwise(marks)), got
    assert got and until - 7 < got[-1] <= until, got
    assert all(b - a == 7 for a, b in itertools.pairwise(got)), got  # on its slot night: every 7


def test_open_tender_is_due_nightly_until_its_deadline_then_weekly() -> None:
    start = D(2026, 2, 2)
    got = due_nights(POLICY, start, 40, notice_type="procurement.tender", deadline=D(2026, 2, 14))
    assert got[:12] == list(range(1, 13))  # nightly through the deadline night (12 days after listing)
    weekly(got[12:], after=12)  # then weekly, and nothing after recheck_days (30)


def test_settled_notice_keeps_the_weekly_recheck() -> None:
    got = due_nights(POLICY, D(2026, 2, 2), 40, notice_type="procurement.result", deadline=D(2026, 2, 14))
    weekly(got, after=0)
    assert 4 <= len(got) <= 5


def test_no_notice_or_no_deadline_falls_back_to_open_days() -> None:
    start = D(2026, 2, 2)
    for kind in (None, "land.transfer_notice", "other.other"):
        got = due_nights(POLICY, start, 40, notice_type=kind)
        assert got[:20] == list(range(1, 21)), kind
        weekly(got[20:], after=20)


def test_settled_rechecks_are_spread_over_the_week() -> None:
    """Everything stored on one night does not fall due together a week later: each night takes a
    share, and no notice waits more than the interval."""
    start = D(2026, 2, 2)
    keys = [f"/art/{i}.html" for i in range(700)]
    checked = dict.fromkeys(keys, start)
    per_night = []
    for i in range(1, 29):
        night = start + dt.timedelta(days=i)
        due = [k for k in keys if POLICY.due(doc(start, checked[k], "procurement.result", item_key=k), night)]
        for k in due:
            assert (night - checked[k]).days <= 7
            checked[k] = night
        per_night.append(len(due))
    assert max(per_night) <= 2 * 700 // 7, per_night  # without slots: 700 on nights 7, 14, 21, 28
    assert sum(per_night) <= 5 * 700


def test_channel_type_stands_in_before_extraction() -> None:
    night = D(2026, 2, 5)
    pending = doc(D(2026, 2, 2), D(2026, 2, 4), None)
    assert POLICY.due(pending, night, channel_type="construction.tender")
    assert not POLICY.due(pending, night, channel_type="construction.result")


def test_deadline_before_listing_is_ignored_and_far_deadlines_are_capped() -> None:
    start = D(2026, 2, 2)
    before = doc(start, D(2026, 2, 24), "procurement.tender", deadline=D(2025, 1, 1))
    assert POLICY.open_until(before) == start + dt.timedelta(days=20)
    far = doc(start, None, "procurement.tender", deadline=D(2099, 1, 1))
    assert POLICY.open_until(far) == start + dt.timedelta(days=90)
    assert POLICY.open_until(doc(start, None, "admin.penalty", deadline=D(2026, 3, 1))) is None


def test_list_date_unknown_uses_first_seen() -> None:
    d = doc(None, D(2026, 2, 3), "procurement.tender", first_seen_on=D(2026, 2, 2))
    assert POLICY.due(d, D(2026, 2, 4))
    assert not POLICY.due(doc(None, D(2026, 2, 3), "procurement.tender"), D(2026, 2, 4))


def test_policy_reads_settings() -> None:
    from scrapy.settings import Settings

    p = RecheckPolicy.from_settings(
        Settings(
            {
                "PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS": "0",
                "PUBWATCH_OPEN_DAYS": "5",
                "PUBWATCH_RECHECK_INTERVAL_DAYS": "3",
            }
        )
    )
    assert (p.open_interval_days, p.open_days, p.interval_days, p.recheck_days) == (1, 5, 3, 30)


def test_open_types_are_taxonomy_names() -> None:
    assert OPEN_TYPES <= NOTICE_TYPES
    assert {"procurement.tender", "construction.tender", "land.transfer_notice"} <= OPEN_TYPES
    assert not {t for t in OPEN_TYPES if t.endswith(("result", "contract"))}


@pytest.mark.parametrize(
    ("values", "want"),
    [
        (["2026-02-03 09:30"], D(2026, 2, 3)),
        (["2026-02-03T09:30:00", "2026-02-05"], D(2026, 2, 5)),
        (["挂牌时间为2026年03月03日至2026年03月17日"], D(2026, 3, 17)),
        (["报名时间2026年1月5日至2026年1月12日；网上竞价时间2026年1月16日9时至10时"], D(2026, 1, 16)),
        (["2026-13-45", "明天", "", None, 20260203, "2026-02-30 garbage"], None),
        (["2026-02-30", "2026/02/28 17:00"], D(2026, 2, 28)),
    ],
)
def test_latest_date_reads_dates_and_ignores_garbage(values: list[object], want: dt.date | None) -> None:
    assert latest_date(values) == want


# --- against the replica -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edited_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, dict]:
    """A small corpus holding a silent edit of a zfcg tender (seed 10 on the re-aligned replica), outages off."""
    import json

    from replica.generate import generate

    out = tmp_path_factory.mktemp("edited")
    manifest = generate(10, 120, out, start_date=D(2026, 1, 5), days=60)
    manifest["outages"] = []
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    silent = {d["notice_id"] for d in manifest["defects"] if d["kind"] == "silent_edit"}
    postings = [json.loads(x) for x in (out / "postings.jsonl").read_text(encoding="utf-8").splitlines()]
    edited = [
        p
        for p in postings
        if p["notice_id"] in silent
        and p["notice_type"].endswith(".tender")
        and p["site"] == "zfcg"
        and len(p["versions"]) > 1
    ]
    assert edited, "the seed no longer plants a silent edit of a zfcg tender; pick another seed"
    return out, edited[0]


def test_silent_edit_of_open_tender_is_recorded_the_night_it_happens(edited_corpus, sqlite_url) -> None:

    from replica.server import run_in_thread

    corpus, posting = edited_corpus
    edit_on = D.fromisoformat(posting["versions"][1]["from"])
    before = edit_on - dt.timedelta(days=1)
    assert D.fromisoformat(posting["publish_date"]) <= before  # known, unchanged, the night before
    handle = run_in_thread(corpus, before.isoformat())
    try:
        fixed = ["-s", "PUBWATCH_RECHECK_SCHEDULE=fixed"]  # the uniform policy: open notices nightly
        assert run_crawl(handle, sqlite_url, before.isoformat(), "zfcg", *fixed).returncode == 0
        night = run_crawl(handle, sqlite_url, edit_on.isoformat(), "zfcg", *fixed)
        assert night.returncode == 0, night.stderr[-2000:]
    finally:
        handle.stop()
    # the weekly rule would not have fetched it (checked one night ago); the open tender is re-checked
    rows = db_rows(
        sqlite_url,
        "SELECT d.item_key, v.version_no, v.fetched_on FROM documents d "
        "JOIN document_versions v ON v.document_id = d.id WHERE d.source_key = 'zfcg' "
        "AND d.list_title = :title ORDER BY v.version_no",
        title=posting["title"],
    )
    assert [(r[1], str(r[2])) for r in rows] == [(1, before.isoformat()), (2, edit_on.isoformat())], rows
    assert night.summary["sources"]["zfcg"]["changed"] >= 1


def test_spider_fetches_due_items_its_walks_did_not_show() -> None:
    """After the walks: an open tender inside the listing window that no walk scheduled is fetched;
    one already scheduled, one reported removed tonight and a settled one not due are not."""
    from spiders import SPIDERS

    spider = SPIDERS["zfcg"](night="2026-02-10")
    ch = spider.channel_list[0].key
    night = D(2026, 2, 10)

    def known(key: str, ntype: str, list_date: dt.date, checked: dt.date) -> KnownDocument:
        return KnownDocument(
            id=1,
            item_key=key,
            channel_key=ch,
            url=f"http://x/{key}",
            list_date=list_date,
            sha256="s",
            removed_at=None,
            last_checked=checked,
            first_seen_on=list_date,
            notice_type=ntype,
            deadline=night + dt.timedelta(days=5),
        )

    yesterday = night - dt.timedelta(days=1)
    spider.known = {
        "open": known("open", "procurement.tender", night - dt.timedelta(days=1), yesterday),
        "walked": known("walked", "procurement.tender", night, yesterday),
        "gone": known("gone", "procurement.tender", night, yesterday),
        "settled": known("settled", "procurement.result", night - dt.timedelta(days=1), yesterday),
        "old_open": known("old_open", "procurement.tender", night - dt.timedelta(days=12), yesterday),
    }
    assert [r.cb_kwargs["entry"].item_key for r in spider._db_rechecks()] == ["old_open"]  # at the start
    spider._scheduled = {"walked", "old_open"}
    spider._removed = {"gone"}
    late = list(spider._db_rechecks(older_than_window=False))
    assert [r.cb_kwargs["entry"].item_key for r in late] == ["open"]
    assert late[0].cb_kwargs["listed"] is False


# --- the learned schedule -------------------------------------------------------------------------


def learned_nights(sched: LearnedSchedule, start: dt.date, nights: int, **kw: object) -> list[int]:
    checked = start
    out = []
    for i in range(1, nights + 1):
        night = start + dt.timedelta(days=i)
        if sched.due(doc(start, checked, **kw), night):  # type: ignore[arg-type]
            out.append(i)
            checked = night
    return out


def test_learned_prior_backs_off_exponentially_and_always_checks_the_deadline_night() -> None:
    sched = LearnedSchedule(POLICY, {}, "zfcg")
    got = learned_nights(sched, D(2026, 2, 2), 40, notice_type="procurement.tender", deadline=D(2026, 2, 24))
    # prior checkpoints, doubling capped at a week apart while open, the last open night; settled: nothing
    assert got == [1, 2, 4, 8, 15, 22]
    assert POLICY.open_max_gap_days == 7


def test_learned_checkpoints_follow_the_recorded_change_ages() -> None:
    stats = {
        ("zfcg", "procurement.tender"): ChangeStats(
            docs=200, changed=30, open_ages=[3, 4, 5, 6, 7, 7, 8, 9] * 4
        ),
        ("zfcg", "construction.candidates"): ChangeStats(docs=300, changed=0),
    }
    sched = LearnedSchedule(POLICY, stats, "zfcg")
    marks, dense = sched.plan("procurement.tender")
    assert 3 <= len(marks) <= 6 and min(marks) >= 3 and max(marks) <= 9 and not dense
    got = learned_nights(sched, D(2026, 2, 2), 40, notice_type="procurement.tender", deadline=D(2026, 2, 24))
    assert got[: len(marks)] == list(marks) and got[-1] == 22
    assert all(
        b == a + min(a, POLICY.open_max_gap_days)
        for a, b in zip(got[len(marks) - 1 : -2], got[len(marks) : -1], strict=True)
    )  # backoff: doubling, never more than a week apart while open
    # a type never seen changing: only its last open night (here: publicity end)
    got = learned_nights(
        sched, D(2026, 2, 2), 40, notice_type="construction.candidates", deadline=D(2026, 2, 7)
    )
    assert got == [5]
    # the pool of the type stands in for a site with too few documents of its own
    assert LearnedSchedule(POLICY, stats, "ccgp").plan("procurement.tender") == (marks, dense)


def test_settled_types_are_sampled_unless_seen_changing_late() -> None:
    quiet = LearnedSchedule(POLICY, {("s", "procurement.result"): ChangeStats(docs=500)}, "s")
    checked = [
        k
        for k in (f"/a/{i}" for i in range(400))
        if quiet.checkpoints(doc(D(2026, 2, 2), None, "procurement.result", item_key=k))
    ]
    assert 25 <= len(checked) <= 75  # about 1 in 8, once, at recheck_days
    assert quiet.checkpoints(doc(D(2026, 2, 2), None, "procurement.result", item_key=checked[0])) == [30]
    busy = LearnedSchedule(
        POLICY, {("s", "procurement.result"): ChangeStats(docs=100, changed=10, late=10)}, "s"
    )
    assert busy.checkpoints(doc(D(2026, 2, 2), None, "procurement.result")) == [7, 14, 28]
    # "changes late" is a share of the sample (500 / 8 = 62.5 sampled): ~8 % of it is needed
    for late, dense in ((5, False), (7, True)):
        sched = LearnedSchedule(POLICY, {("s", "procurement.result"): ChangeStats(docs=500, late=late)}, "s")
        assert sched.plan("procurement.result")[1] is dense, late


def test_learn_counts_watched_documents_and_splits_open_from_late_changes() -> None:
    night = D(2026, 3, 1)
    rows = [
        ("docs", "zfcg", "procurement.tender", 40),
        (
            "change",
            "zfcg",
            "procurement.tender",
            "a",
            D(2026, 2, 1),
            D(2026, 2, 1),
            D(2026, 2, 20),
            D(2026, 2, 5),
        ),
        (
            "change",
            "zfcg",
            "procurement.tender",
            "a",
            D(2026, 2, 1),
            D(2026, 2, 1),
            D(2026, 2, 20),
            D(2026, 2, 25),
        ),
        # recorded on the last open night, last checked on night 4: it happened in nights 5..19 → 12
        (
            "change",
            "zfcg",
            "procurement.tender",
            "c",
            D(2026, 2, 1),
            D(2026, 2, 1),
            D(2026, 2, 20),
            D(2026, 2, 20),
            D(2026, 2, 5),
        ),
        # back-filled long after listing: not among the watched documents
        (
            "change",
            "zfcg",
            "procurement.tender",
            "b",
            D(2026, 1, 1),
            D(2026, 2, 1),
            D(2026, 1, 20),
            D(2026, 2, 9),
        ),
    ]
    st = learn(rows, POLICY, night)[("zfcg", "procurement.tender")]
    assert (st.docs, st.changed, st.open_ages, st.late) == (40, 2, [4, 12], 2)


def test_change_observations_reads_versions(sqlite_url) -> None:
    from storage.db import get_engine, init_db
    from storage.evidence import PageRecord, change_observations, save_page

    engine = get_engine(sqlite_url)
    init_db(engine)
    base = dict(
        source_key="zfcg",
        channel_key="c",
        item_key="k1",
        url="http://x/1",
        list_date=D(2026, 2, 1),
        notice_type="procurement.tender",
        fields={"bid_deadline": "2026-02-20 09:30"},
    )
    save_page(engine, PageRecord(night=D(2026, 2, 1), body=b"a", sha256="a" * 64, **base))  # type: ignore[arg-type]
    save_page(engine, PageRecord(night=D(2026, 2, 6), body=b"b", sha256="b" * 64, **base))  # type: ignore[arg-type]
    rows = change_observations(engine, D(2026, 3, 1))
    assert ("docs", "zfcg", "procurement.tender", 1) in rows
    assert (
        "change",
        "zfcg",
        "procurement.tender",
        "k1",
        D(2026, 2, 1),
        D(2026, 2, 1),
        D(2026, 2, 20),
        D(2026, 2, 6),
        D(2026, 2, 1),
    ) in rows
    assert not [
        r for r in change_observations(engine, D(2026, 2, 10)) if r[0] == "docs"
    ]  # not watched 14 nights


def test_learned_backoff_leaves_no_open_notice_unchecked_for_more_than_a_week() -> None:
    """A land listing open for two months: the doubling backoff stops widening at a week, so a silent
    edit of its starting price is recorded while bidders can act on it, not only on its last night."""
    sched = LearnedSchedule(POLICY, {}, "kecheng")
    got = learned_nights(
        sched, D(2026, 1, 19), 90, notice_type="land.transfer_notice", deadline=D(2026, 3, 20)
    )
    last_open = (D(2026, 3, 20) - D(2026, 1, 19)).days
    assert got[-1] == last_open
    gaps = [b - a for a, b in itertools.pairwise(got)]
    assert gaps and max(gaps) <= POLICY.open_max_gap_days
    assert len(got) < last_open // 2  # still a backoff, not nightly
