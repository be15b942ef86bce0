"""Never accuse on our own reading of a source never measured (issue 12, ``monitor.unaccepted``): every finding
that rests on what we read from a page — the notice type, a date or a value — of a source with no acceptance
in force is a review item for the office (待人工核对, 本来源版式尚未经抽样验收), never a unit's violation.

Per kind held: an unaccepted source's candidate → an ``extraction_gap`` of the review unit, severity info, with
the rule's own wording as our reading; accepted → the finding as before; the policy ``all``
(``field_sources=None``, the library default) → as before. Crawl-fact kinds (silent_edit, channel_silent) are
never held. And the held item reaches no unit's digest and is counted apart in the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from conftest import Data
from sqlalchemy import Engine

import monitor
from monitor.checks import REVIEW_UNIT
from vocabulary import SOURCE_UNACCEPTED_REASON

D = dt.date
ALL = None  # the policy all / library default: every source's findings go to the units


def _late(data: Data) -> tuple[str, dt.date]:
    """A procurement result on zfcg published 10 days after its award (2 working days allowed)."""
    data.notice(
        "procurement.result",
        D(2026, 2, 24),
        {"award_date": "2026-02-12", "experts": ["x"]},
        project_number="P-1",
        source="zfcg",
    )
    return "late_posting", D(2026, 4, 20)


def _followup(data: Data) -> tuple[str, dt.date]:
    """A tender on zfcg whose bid deadline passed long ago with no result or termination."""
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-24 09:30"},
        project_number="T-1",
        source="zfcg",
    )
    return "missing_followup", D(2026, 4, 20)


def _mismatch(data: Data, result_on: str = "zfcg", contract_on: str = "zfcg") -> tuple[str, dt.date]:
    """A result and a contract (on zfcg unless said) stating different amounts."""
    for ntype, day, fields, source in (
        (
            "procurement.result",
            D(2026, 3, 2),
            {"amount": 100000.0, "experts": ["x"], "award_date": "2026-03-02"},
            result_on,
        ),
        (
            "procurement.contract",
            D(2026, 3, 10),
            {"contract_amount": 110000.0, "spec_model": "A", "sign_date": "2026-03-09"},
            contract_on,
        ),
    ):
        data.notice(ntype, day, fields, project_number="V-1", source=source)
    return "value_mismatch", D(2026, 3, 20)


def _removed(data: Data) -> tuple[str, dt.date]:
    """A single-source publicity on zfcg taken down before its (read) publicity end."""
    f = {"publicity_start": "2026-03-02", "publicity_end": "2026-03-09", "expert_opinion": "x"}
    data.notice(
        "procurement.single_source",
        D(2026, 3, 2),
        f,
        project_number="S-1",
        removed_at=D(2026, 3, 6),
        source="zfcg",
    )
    return "removed_early", D(2026, 4, 20)


def _period(data: Data) -> tuple[str, dt.date]:
    """A single-source publicity on zfcg whose (read) period is 3 working days of the 5 owed."""
    f = {"publicity_start": "2026-03-02", "publicity_end": "2026-03-05", "expert_opinion": "x"}
    data.notice("procurement.single_source", D(2026, 3, 2), f, project_number="S-1", source="zfcg")
    return "removed_early", D(2026, 4, 20)


def _not_shared(data: Data) -> tuple[str, dt.date]:
    """A county construction tender (kecheng) never copied to the provincial platform (zjggzy)."""
    data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="G-1",
        source="kecheng",
    )
    return "not_shared", D(2026, 3, 4)


def _lead_time(data: Data) -> tuple[str, dt.date]:
    """A procurement intention on zfcg published 10 days before its tender (30 owed)."""
    name = {"project_name": "衢州市第二中学课桌椅采购项目", "purchaser": "衢州市第二中学"}
    data.notice("procurement.intention", D(2026, 3, 20), dict(name), source="zfcg")
    data.notice(
        "procurement.tender", D(2026, 3, 30), dict(name), project_number="QZCG-2026-0100", source="zfcg"
    )
    return "late_posting", D(2026, 3, 31)


HELD: dict[str, Callable[[Data], tuple[str, dt.date]]] = {
    "late": _late,
    "lead_time": _lead_time,
    "followup": _followup,
    "mismatch": _mismatch,
    "removed": _removed,
    "period": _period,
    "not_shared": _not_shared,
}
#: the sources each case reads: accepting them all makes the candidate a finding again
READS = {"not_shared": frozenset({"kecheng", "zjggzy"})}


def _run(engine: Engine, as_of: dt.date, accepted: frozenset[str] | None) -> list[dict]:
    monitor.run_checks(engine, as_of, field_sources=accepted)
    return [f for f in monitor.findings_as_json(engine, as_of) if f["kind"] != "missing_field"]


@pytest.mark.parametrize("case", sorted(HELD))
def test_an_unaccepted_sources_finding_is_a_review_item(engine: Engine, data: Data, case: str) -> None:
    kind, as_of = HELD[case](data)
    before = [f for f in _run(engine, as_of, ALL) if f["kind"] == kind]
    assert len(before) == 1 and before[0]["responsible_unit"] != REVIEW_UNIT  # policy all: as before
    (held,) = [f for f in _run(engine, as_of, frozenset()) if f["rule_id"] == before[0]["rule_id"]]
    assert held["kind"] == "extraction_gap" and held["key"] == before[0]["key"] + ":gap"
    assert held["severity"] == "info" and held["responsible_unit"] == REVIEW_UNIT
    assert SOURCE_UNACCEPTED_REASON in held["message"] and "不作为违规通报" in held["message"]
    assert "按系统对页面的读取" in held["message"]
    assert held["dates"]["reason"].startswith("疑似") and SOURCE_UNACCEPTED_REASON in held["dates"]["reason"]
    accepted = READS.get(case, frozenset({"zfcg"}))
    again = [f for f in _run(engine, as_of, accepted) if f["rule_id"] == before[0]["rule_id"]]
    # accepted: the violation again, the same finding as under the policy all (its key), the review item gone
    assert [(f["kind"], f["key"], f["severity"]) for f in again] == [
        (kind, before[0]["key"], before[0]["severity"])
    ]


def test_the_held_message_tells_the_rule_as_our_reading(engine: Engine, data: Data) -> None:
    _late(data)
    (held,) = [f for f in _run(engine, D(2026, 4, 20), frozenset()) if f["rule_id"].endswith(".deadline")]
    assert "应于2026-02-14前公开" in held["message"] and "实际首次发布于2026-02-24" in held["message"]
    assert "zfcg" in held["message"] or "政府采购" in held["message"]  # the source is named
    assert held["dates"]["deadline"] == "2026-02-14" and held["dates"]["reason"] == (
        "疑似未按时公开，" + SOURCE_UNACCEPTED_REASON
    )


def test_a_mismatch_is_held_when_either_notice_is_from_an_unaccepted_source(
    engine: Engine, data: Data
) -> None:
    _, as_of = _mismatch(data, contract_on="qz_hanweb")

    def kind(accepted: frozenset[str]) -> list[str]:
        return [f["kind"] for f in _run(engine, as_of, accepted) if f["rule_id"].endswith("consistency")]

    assert kind(frozenset({"zfcg"})) == ["extraction_gap"]
    assert kind(frozenset({"qz_hanweb"})) == ["extraction_gap"]
    assert kind(frozenset({"zfcg", "qz_hanweb"})) == ["value_mismatch"]


def test_not_shared_is_held_when_the_platform_is_unaccepted(engine: Engine, data: Data) -> None:
    _, as_of = _not_shared(data)
    kinds = [f["kind"] for f in _run(engine, as_of, frozenset({"kecheng"})) if f["rule_id"] == "share.zjggzy"]
    assert kinds == ["extraction_gap"]


def test_crawl_fact_kinds_are_never_held(engine: Engine, data: Data) -> None:
    """A silent edit (two stored versions, different SHA-256) and a silent channel are crawl facts."""
    v1 = "<table><tr><td>预算金额：</td><td>1,000,000.00元</td></tr></table>"
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"budget": 1100000.0, "bid_deadline": "2026-04-30"},
        project_number="E-1",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 5), v1.replace("1,000,000", "1,100,000"))],
        source="zfcg",
    )
    data.series("land.transfer_notice", D(2026, 3, 1), 2, 10, source="kaihua", channel="land", prefix="K")
    for i in range(40):
        data.health(D(2026, 3, 20) + dt.timedelta(days=i), "kaihua", complete=True, channel="land")
    as_of = D(2026, 4, 28)
    kinds = lambda accepted: sorted(  # noqa: E731
        (f["kind"], f["responsible_unit"])
        for f in _run(engine, as_of, accepted)
        if f["kind"] != "extraction_gap"
    )
    everything = kinds(ALL)
    assert {k for k, _ in everything} >= {"silent_edit", "channel_silent"}
    crawl = [x for x in everything if x[0] in ("silent_edit", "channel_silent")]
    assert [x for x in kinds(frozenset()) if x[0] in ("silent_edit", "channel_silent")] == crawl


def test_the_accepted_copy_is_kept_over_the_unaccepted_one(engine: Engine, data: Data) -> None:
    """One notice on two platforms, late on both: the copy read from an accepted source is the finding."""
    title = "某某设备采购项目中标结果公告"
    for source, region in (("qz_hanweb", "330802"), ("zfcg", "330800")):  # the unaccepted copy's region is
        data.notice(  # the more specific one, which alone would have kept it
            "procurement.result",
            D(2026, 2, 24),
            {"award_date": "2026-02-12", "experts": ["x"]},
            project_number="P-7",
            source=source,
            region=region,
            title=title,
        )
    late = [
        f for f in _run(engine, D(2026, 4, 20), frozenset({"zfcg"})) if f["rule_id"].endswith(".deadline")
    ]
    assert [(f["kind"], f["source_key"]) for f in late] == [("late_posting", "zfcg")]


def test_no_unit_digest_and_counted_apart(engine: Engine, data: Data) -> None:
    from sqlalchemy.orm import Session

    from alerts.collect import pending_for
    from dashboards.metrics import compute

    _late(data)
    _followup(data)
    as_of = D(2026, 4, 20)
    found = _run(engine, as_of, frozenset())  # the late result, its missing contract, the tender's result
    assert [f["kind"] for f in found] == ["extraction_gap"] * 3
    with Session(engine) as s:
        for unit in ("市财政局", REVIEW_UNIT):
            assert pending_for(s, f"unit:{unit}", as_of, [unit]).items == []
        office = pending_for(s, "office", as_of)
        assert len(office.items) == 3 and all(it.is_review for it in office.items)
        assert all(SOURCE_UNACCEPTED_REASON in it.item_label for it in office.items)
    fig = compute(engine)
    assert (fig.total.late, fig.total.missing, fig.total.open_findings, fig.total.to_review) == (0, 0, 0, 2)
    monitor.run_checks(engine, as_of, field_sources=frozenset({"zfcg"}))
    fig = compute(engine)
    assert (fig.total.late, fig.total.missing, fig.total.open_findings) == (1, 2, 3)


@pytest.mark.parametrize("incremental", [False, True])
def test_accepting_the_source_later_opens_the_finding(engine: Engine, data: Data, incremental: bool) -> None:
    """Another set of accepted sources is another night, incremental or not: the review item resolves and the
    violation opens (and back)."""
    _late(data)
    as_of = D(2026, 4, 20)

    def kinds(accepted: frozenset[str]) -> list[str]:
        summary = monitor.run_checks(engine, as_of, field_sources=accepted, incremental=incremental)
        assert not summary["unchanged"]
        return [
            f["kind"] for f in monitor.findings_as_json(engine, as_of) if f["rule_id"].endswith(".deadline")
        ]

    assert kinds(frozenset()) == ["extraction_gap"]
    assert kinds(frozenset({"zfcg"})) == ["late_posting"]
    assert kinds(frozenset()) == ["extraction_gap"]
