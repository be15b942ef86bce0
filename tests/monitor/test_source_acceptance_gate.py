"""Never accuse on a layout we never measured (issue 12): a missing item of a notice whose source has no
acceptance in force is an extraction gap for the office (本来源版式尚未经抽样验收，待人工核对), never a 要素缺失.

``monitor.run_checks(field_sources=…)`` names the sources that may be accused; ``None`` (the library default)
accuses every source's, as before the policy existed. End to end: real extraction → storage → the night's SQL
check → the review list; and ``monitor.required.required_detail`` agrees for a record that names its source.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import store_extracted
from sqlalchemy import Engine

import monitor
from monitor.checks import REVIEW_UNIT
from monitor.required import required_detail
from vocabulary import SOURCE_UNACCEPTED_REASON, TYPE_INFERRED_REASON

AS_OF = dt.date(2026, 4, 20)
# a construction result whose title names its type, with its winner and price but no 投诉渠道 (required)
PAGE = (
    "<h1 class='title'>{title}</h1><p>项目编号：{number}</p>"
    "<p>中标人：甲建设有限公司</p><p>中标价：120万元</p>"
    "<p>衢州市某某建设有限公司</p><p>2026年3月5日</p>"
)


def _page(number: str, title: str = "某某道路工程中标结果公告") -> bytes:
    return PAGE.format(title=title, number=number).encode()


def _complaint(engine: Engine, accepted: frozenset[str] | None) -> dict[str, dict]:
    monitor.run_checks(engine, AS_OF, field_sources=accepted)
    return {
        f["project_number"]: f
        for f in monitor.findings_as_json(engine, AS_OF)
        if f.get("field") == "complaint_channel"
    }


@pytest.mark.parametrize(
    ("accepted", "kind"),
    [
        (None, "missing_field"),  # policy all (the library default): every source's
        (frozenset({"qz_hanweb"}), "missing_field"),  # the notice's source is accepted
        (frozenset(), "extraction_gap"),  # no source accepted (the shipped state of every real source)
        (frozenset({"zfcg", "ccgp"}), "extraction_gap"),  # others are, not this one
    ],
)
def test_only_an_accepted_source_is_accused(
    engine: Engine, accepted: frozenset[str] | None, kind: str
) -> None:
    store_extracted(engine, _page("GC-1"), "a1")  # stored as a qz_hanweb notice
    f = _complaint(engine, accepted)["GC-1"]
    assert f["kind"] == kind
    if kind == "extraction_gap":
        assert f["responsible_unit"] == REVIEW_UNIT and f["severity"] == "info"
        assert SOURCE_UNACCEPTED_REASON in f["message"] and "不作为违规通报" in f["message"]
        assert f["dates"]["reason"] == SOURCE_UNACCEPTED_REASON
    else:
        assert f["responsible_unit"] != REVIEW_UNIT


@pytest.mark.parametrize("incremental", [False, True])
def test_accepting_a_source_turns_its_gap_into_a_finding(engine: Engine, incremental: bool) -> None:
    """Another set of accepted sources is another night: neither the unchanged-night shortcut nor an
    incremental night (which re-reads only changed notices) may keep the old answer."""
    store_extracted(engine, _page("GC-1"), "a1")

    def kind(accepted: frozenset[str]) -> str:
        summary = monitor.run_checks(engine, AS_OF, field_sources=accepted, incremental=incremental)
        assert not summary["unchanged"]
        by_field = {f["field"]: f for f in monitor.findings_as_json(engine, AS_OF)}
        return str(by_field["complaint_channel"]["kind"])

    assert kind(frozenset()) == "extraction_gap"
    assert kind(frozenset({"qz_hanweb"})) == "missing_field"
    assert kind(frozenset()) == "extraction_gap"


def test_an_earlier_reason_wins(engine: Engine) -> None:
    """A type only inferred from the body keeps its own reason on an unaccepted source: the type doubt is the
    more specific one (it is what the office must check first)."""
    store_extracted(engine, _page("GC-2", title="某某道路工程"), "a2")  # the type rests on body cues
    f = _complaint(engine, frozenset())["GC-2"]
    assert f["kind"] == "extraction_gap" and TYPE_INFERRED_REASON in f["message"]
    assert SOURCE_UNACCEPTED_REASON not in f["message"]


def test_review_list_names_the_reason(engine: Engine) -> None:
    from dashboards.review import iter_review

    store_extracted(engine, _page("GC-1"), "a1")
    _complaint(engine, frozenset())
    items = [r["item"] for r in iter_review(engine)]
    assert len(items) == 1 and SOURCE_UNACCEPTED_REASON in items[0]


def test_completeness_counts_it_apart(engine: Engine) -> None:
    """Counted apart in completeness, as every extraction gap is: neither complete nor incomplete, and no
    unit's open problem; accepted, the same notice is incomplete (the gap, resolved, stays in the period's
    figures as every finding seen in it does)."""
    from dashboards.metrics import compute

    store_extracted(engine, _page("GC-1"), "a1")
    _complaint(engine, frozenset())
    fig = compute(engine)
    assert (fig.total.notices, fig.total.incomplete, fig.total.to_review, fig.total.open_findings) == (
        1,
        0,
        1,
        0,
    )
    _complaint(engine, frozenset({"qz_hanweb"}))
    fig = compute(engine)
    assert (fig.total.incomplete, fig.total.open_findings) == (1, 1)


def test_required_detail_agrees_when_the_record_names_its_source(engine: Engine) -> None:
    rec = store_extracted(engine, _page("GC-1"), "a1")
    assert required_detail(rec)["complaint_channel"] == ("missing", "")  # no source named: as before
    named = {**rec, "source_key": "qz_hanweb"}
    assert required_detail(named, accepted=None)["complaint_channel"] == ("missing", "")
    assert required_detail(named, accepted=frozenset({"qz_hanweb"}))["complaint_channel"] == ("missing", "")
    assert required_detail(named, accepted=frozenset())["complaint_channel"] == (
        "gap",
        SOURCE_UNACCEPTED_REASON,
    )
    assert required_detail(named, accepted=frozenset())["winner"] == ("read", "")
