"""bench/label_agreement.py: two labellings of the same pages compared by the bench's scoring rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def agreement(bench_script):
    return bench_script("label_agreement.py")


def _write(directory: Path, name: str, notice_type: str, fields: dict) -> None:
    directory.mkdir(exist_ok=True)
    label = {"sample": name, "notice_type": notice_type, "fields": fields, "notes": "made up"}
    (directory / f"{name}.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")


@pytest.fixture()
def two_dirs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    # page 1: same type; title equal after NFKC/white space, budget within 1, one of two experts shared
    _write(a, "p1.txt", "procurement.result", {"title": "某某公告", "budget": 1000, "experts": ["甲", "乙"]})
    _write(
        b, "p1.txt", "procurement.result", {"title": "某某 公告。", "budget": 1000.5, "experts": ["甲", "丙"]}
    )
    # page 2: types differ; a labels a purchaser b left out, b labels a phone a left out
    _write(a, "p2.txt", "construction.candidates", {"purchaser": "某局"})
    _write(b, "p2.txt", "construction.result", {"contact_phone": "123"})
    # a page only one side holds is reported, not scored; a non-reference key is ignored
    _write(a, "p3.txt", "other.other", {})
    _write(b, "p1x.txt", "other.other", {"notes_only": "x"})
    return a, b


def test_fields_scored_as_the_bench_scores(agreement, two_dirs):
    a, b = two_dirs
    r = agreement.compare(agreement.load_labels(a), agreement.load_labels(b))
    assert r["pages"] == 2
    assert r["only_a"] == ["p3.txt.json"] and r["only_b"] == ["p1x.txt.json"]
    # a: title, budget, experts, purchaser (4); b: title, budget, experts, contact_phone (4)
    # credit: title 1, budget 1, experts 0.5 each way -> P = R = 2.5 / 4
    assert r["fields"]["n_a"] == 4 and r["fields"]["n_b"] == 4
    assert r["fields"]["precision"] == pytest.approx(0.625, abs=1e-3)
    assert r["fields"]["recall"] == pytest.approx(0.625, abs=1e-3)
    assert r["per_key"]["experts"]["f1"] == pytest.approx(0.5)
    assert r["per_key"]["purchaser"]["recall"] == 0.0 and r["per_key"]["purchaser"]["n_b"] == 0
    assert r["per_key"]["contact_phone"]["precision"] == 0.0
    assert {v["key"] for v in r["values"]} == {"experts", "purchaser", "contact_phone"}


def test_notice_type_agreement(agreement, two_dirs):
    a, b = two_dirs
    r = agreement.compare(agreement.load_labels(a), agreement.load_labels(b))
    assert r["type_agree"] == 1 and r["type_share"] == 0.5
    assert r["type_diffs"] == [
        {"page": "p2.txt.json", "a": "construction.candidates", "b": "construction.result"}
    ]
    # a: procurement.result, construction.candidates; b: procurement.result, construction.result
    # p_o = 1/2, p_e = (1 * 1) / 4 = 1/4 -> kappa = (1/2 - 1/4) / (3/4) = 1/3
    assert r["type_kappa"] == pytest.approx(1 / 3)


def test_swapping_sides_swaps_precision_and_recall(agreement, two_dirs):
    a, b = two_dirs
    la, lb = agreement.load_labels(a), agreement.load_labels(b)
    ab, ba = agreement.compare(la, lb), agreement.compare(lb, la)
    assert ab["fields"]["precision"] == ba["fields"]["recall"]
    assert ab["fields"]["f1"] == ba["fields"]["f1"]


def test_command_line_prints_figures(agreement, two_dirs, capsys):
    a, b = two_dirs
    assert agreement.main(["--a", str(a), "--b", str(b), "--values"]) == 0
    out = capsys.readouterr().out
    assert "F1 0.625" in out and "notice type: 1/2 agree" in out and "differing values" in out


def test_bootstrap_interval_brackets_the_figure(agreement, two_dirs):
    a, b = two_dirs
    la, lb = agreement.load_labels(a), agreement.load_labels(b)
    low, high = agreement.bootstrap_f1(la, lb, 200)
    assert 0.0 <= low <= 0.625 <= high <= 1.0
