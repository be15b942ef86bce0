"""Accuracy on the hand-labelled real pages, read in place (never copied); skipped when absent.

Scored on the reference keys the labels use (extension keys are not labelled there), per page set.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from extractors import extract
from extractors.scoring import REFERENCE_KEYS, Tally, score_fields

THRESHOLDS = {"procurement": 0.9, "construction": 0.85, "all": 0.92}


def _tallies(realdata_dir: Path) -> tuple[dict[str, Tally], dict[str, tuple[str, str]]]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    types: dict[str, tuple[str, str]] = {}
    for page in sorted((realdata_dir / "dev" / "pages").iterdir()):
        label = json.loads((realdata_dir / "dev" / "labels" / f"{page.name}.json").read_text("utf-8"))
        rec = extract(page.read_bytes())
        types[page.name] = (rec.notice_type, label["notice_type"])
        for fs in score_fields(rec.fields, label["fields"], REFERENCE_KEYS):
            tallies[label["domain"]].add(fs)
            tallies["all"].add(fs)
    return tallies, types


@pytest.fixture(scope="module")
def real(realdata_dir: Path) -> tuple[dict[str, Tally], dict[str, tuple[str, str]]]:
    return _tallies(realdata_dir)


@pytest.mark.parametrize("group", sorted(THRESHOLDS))
def test_f1_per_page_set(real: tuple[dict[str, Tally], dict[str, tuple[str, str]]], group: str) -> None:
    tally = real[0][group]
    assert tally.f1 >= THRESHOLDS[group], f"{group}: P {tally.precision:.3f} R {tally.recall:.3f} F1 {tally.f1:.3f}"


def test_precision_first(real: tuple[dict[str, Tally], dict[str, tuple[str, str]]]) -> None:
    assert real[0]["all"].precision >= 0.97


def test_notice_types(real: tuple[dict[str, Tally], dict[str, tuple[str, str]]]) -> None:
    wrong = {k: v for k, v in real[1].items() if v[0] != v[1]}
    assert len(wrong) <= 2, wrong


def test_image_only_edge_case(realdata_dir: Path) -> None:
    page = realdata_dir / "dev" / "pages" / "zj-ningbo-fenghua_construction_zhaobiao-wenjian_image-only-edgecase.html"
    if not page.is_file():
        pytest.skip("image-only sample not present")
    rec = extract(page.read_bytes())
    assert rec.status == "image_only"
    assert "project_name" not in rec.fields
