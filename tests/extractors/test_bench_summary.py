"""bench_extract.py's ``--part seen`` and ``--summary``: the whole seen picture in one run, never a blind set.

``seen`` is what a tuner runs before and after a change; if it scored a never-tuned set, the tuner would see
the figure the end of the session is meant to measure blind.
"""

from __future__ import annotations

import sys

import pytest


def test_seen_scores_every_seen_set_and_no_blind_one(bench_script, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = bench_script("bench_extract.py")
    scored: list[str] = []
    monkeypatch.setattr(bench, "run_fresh", lambda fresh, pages, errors: scored.append(fresh.name))
    monkeypatch.setattr(bench, "real_cases", lambda realdata, part=None: [])
    monkeypatch.setattr(bench, "fresh_cases", lambda *a, **k: [])
    monkeypatch.setattr(sys, "argv", ["bench_extract.py", "--part", "seen"])
    assert bench.main() == 0
    seen = [f.name for f in bench.FRESH_SETS if f.seen_since]
    assert scored == seen
    assert all(f.seen_since for f in bench.FRESH_SETS if f.name in scored)
    never = [f.name for f in bench.FRESH_SETS if not f.seen_since]
    assert not set(never) & set(scored)


def test_summary_prints_one_line_a_set(bench_script, capsys: pytest.CaptureFixture[str]) -> None:
    bench = bench_script("bench_extract.py")
    rows = [
        bench.SummaryRow(
            "real pages, fresh9 (seen since 2026-12-06; reference keys)", 31, 0.9, 0.75, 0.82, 29, 0, 31
        ),
        bench.SummaryRow("real pages, tune (reference keys)", 20, 1.0, 1.0, 1.0, 20, 1, 20),
    ]
    bench.print_summary(rows)
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("SUMMARY")
    lines = out[3:]
    assert len(lines) == 2
    assert lines[0].startswith("fresh9 (seen)") and "29/31" in lines[0] and "0.820" in lines[0]
    assert lines[1].startswith("tune ") and "1/20" in lines[1]


def test_missing_items_by_type_name_no_page_of_a_never_tuned_set(
    bench_script, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--accused` lists the missing items by type with the pages they are on; a blind set prints no per-page
    output, so its pages stay out of that list (its score is the only figure it gives)."""
    from collections import defaultdict

    import monitor.required

    bench = bench_script("bench_extract.py")
    sets = (*bench.FRESH_SETS, bench.FreshSet("fresh_blind", None))
    monkeypatch.setattr(bench, "FRESH_SETS", sets)
    monkeypatch.setattr(bench.Accusations, "by_item", defaultdict(list))
    monkeypatch.setattr(monitor.required, "required_detail", lambda record: {"budget": ("missing", "")})
    record = {"notice_type": "procurement.tender"}
    label = {"notice_type": "procurement.tender", "fields": {}}
    accused = bench.Accusations()
    accused.add(record, label, "fresh_blind/a.txt")
    accused.add(record, label, "fresh9/b.txt")
    assert dict(bench.Accusations.by_item) == {("procurement.tender", "budget"): ["fresh9/b.txt"]}
    assert accused.missing == 2


def test_genre_tells_news_items_from_notices_by_the_file_name_convention(bench_script) -> None:
    bench = bench_script("bench_extract.py")
    assert bench.genre("fresh35/zj-jiaxing_emission_paimai-xinwen_nanhu-2014.txt") == "news"
    assert bench.genre("fresh31/anhui_construction_yibiao-xinwen_kongchengzhen.txt") == "news"
    assert bench.genre("fresh33/fujian_procurement_feibiao-liubiao-gonggao_yiyuan.txt") == "notice"
    # a word that merely contains the letters is no marker
    assert bench.genre("fresh9/hubei_procurement_xinwenhua-zhongxin-caigou.txt") == "notice"
