"""The 考核 score against hand-computed values, its ranking, change, proposals and the [assessment] config."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.review import dismiss
from pubwatch.config import ConfigError, load_config
from reports.assessment import Scale, ScaleError, assess
from storage.db import get_engine, session_scope
from tests.dashboards.demo_data import add_finding, add_notice

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    return eng


def _seed(engine: Engine) -> int:
    """市财政局: 10 results in March (1 late, 3 missing an item: one fixed in 8 days, one open, one a
    repeat 18 days after the first) and 5 clean ones in February. 柯城区: 5 clean deal results in March."""
    with session_scope(engine) as s:
        march = [
            add_notice(
                s,
                title=f"中标结果{i}",
                domain="procurement",
                notice_type="procurement.result",
                publish_date=dt.date(2026, 3, 2),
            )
            for i in range(10)
        ]
        for i in range(5):
            add_notice(
                s,
                title=f"二月结果{i}",
                domain="procurement",
                notice_type="procurement.result",
                publish_date=dt.date(2026, 2, 10),
            )
            add_notice(
                s,
                title=f"成交{i}",
                domain="land",
                notice_type="land.deal_result",
                region="330802",
                publish_date=dt.date(2026, 3, 5),
                source_key="kecheng",
            )
        fixed = add_finding(s, kind="missing_field", on=dt.date(2026, 3, 2), unit="市财政局", notice=march[0])
        fixed.status, fixed.resolved_on, fixed.rectified_on = (
            "resolved",
            dt.date(2026, 3, 11),
            dt.date(2026, 3, 10),
        )
        add_finding(s, kind="missing_field", on=dt.date(2026, 3, 3), unit="市财政局", notice=march[1])
        add_finding(s, kind="late_posting", on=dt.date(2026, 3, 2), unit="市财政局", notice=march[2])
        repeat = add_finding(
            s, kind="missing_field", on=dt.date(2026, 3, 20), unit="市财政局", notice=march[3]
        )
        return repeat.id


def test_score_matches_the_documented_formula(engine: Engine) -> None:
    repeat_id = _seed(engine)
    a = assess(engine, *MARCH, Scale(criticise_below=75))
    units = a.by_unit()
    cz, kc = units["市财政局"], units["柯城区人民政府"]
    assert (cz.tally.completeness, cz.tally.timeliness) == (pytest.approx(0.7), pytest.approx(0.9))
    assert cz.rectification == pytest.approx(1 / 3) and cz.non_repeat == pytest.approx(0.75)
    assert (cz.findings, cz.rectified, cz.still_open, cz.repeats) == (4, 1, 2, 1)
    assert cz.score == pytest.approx(round(100 * (0.35 * 0.7 + 0.35 * 0.9 + 0.2 / 3 + 0.1 * 0.75), 2))
    assert kc.score == 100.0 and kc.rectification is None  # parts with nothing to measure drop out
    assert [u.label for u in a.units[:2]] == ["柯城区人民政府", "市财政局"] and (kc.rank, cz.rank) == (1, 2)
    assert (kc.proposal, cz.proposal) == ("通报表扬", "通报批评")
    assert (a.prev_from, a.prev_to) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert cz.prev_score == 100.0 and cz.prev_rank == 1 and cz.rank_change == -1
    assert cz.change == pytest.approx(cz.score - 100.0)
    assert any("考核得分 = 100 × （0.35×完整率" in line for line in a.scale.formula())

    dismiss(engine, repeat_id, "同一公告重复抓取，非新问题", "办公室")
    cz2 = assess(engine, *MARCH, Scale(criticise_below=75)).by_unit()["市财政局"]
    assert (cz2.findings, cz2.repeats, cz2.dismissed) == (3, 0, 1)
    assert cz2.score == pytest.approx(100 * (0.35 * 0.8 + 0.35 * 0.9 + 0.2 * 0.5 + 0.1 * 1.0))
    assert cz2.proposal == "" and cz2.score > cz.score


def test_min_due_and_weights(engine: Engine) -> None:
    _seed(engine)
    a = assess(engine, *MARCH, Scale(min_due=6, completeness=1, timeliness=0, rectification=0, repeats=0))
    kc = a.by_unit()["柯城区人民政府"]
    assert kc.rank is None and kc.proposal == "" and kc.score == 100.0  # listed, not ranked
    assert a.by_unit()["市财政局"].score == pytest.approx(70.0)


@pytest.mark.parametrize(
    "bad",
    [
        Scale(completeness=-1),
        Scale(0, 0, 0, 0),
        Scale(praise_min=50, criticise_below=60),
        Scale(praise_min=120),
        Scale(rectify_days=0),
    ],
)
def test_scale_refuses_what_cannot_score(bad: Scale) -> None:
    with pytest.raises(ScaleError):
        bad.validate()


def test_assessment_config_is_validated_at_start(tmp_path: Path) -> None:
    cfg = tmp_path / "pubwatch.toml"
    cfg.write_text(
        "[assessment]\ncompleteness = 0.5\ntimeliness = 0.5\nrectification = 0\nrepeats = 0\n"
        "praise_min = 95\n",
        "utf-8",
    )
    scale = load_config(cfg).assessment
    assert (scale.completeness, scale.rectification, scale.praise_min) == (0.5, 0, 95)
    for body, word in (
        ("[assessment]\ncriticise_below = 99\n", "criticise_below"),
        ("[assessment]\ntimeliness = -1\n", "timeliness"),
        ("[assessment]\nweight = 1\n", "assessment.weight"),
        ('[assessment]\nrepeats = "high"\n', "assessment.repeats"),
    ):
        cfg.write_text(body, "utf-8")
        with pytest.raises(ConfigError, match=word):
            load_config(cfg)
