"""Accuracy on the hand-labelled real pages (dev/ HTML and JSON, text/ renderings), read in place.

Scored on the reference keys the labels use, per side of the fixed split in bench/extract_split.toml
(made before tuning; the held-back side is never tuned on) and per domain. Skipped when the pages are
absent (they are not redistributed).
"""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from extractors import extract
from extractors.scoring import REFERENCE_KEYS, Tally, score_fields

REPO = Path(__file__).resolve().parents[2]
_WORKS = frozenset({"construction", "procurement"})
THRESHOLDS = {"procurement": 0.9, "construction": 0.85, "tune": 0.95, "all": 0.92}


def _split() -> dict[str, str]:
    data = tomllib.loads((REPO / "bench" / "extract_split.toml").read_text("utf-8"))
    return {name: part for part in ("tune", "held_back") for name in data[part]["pages"]}


Result = tuple[dict[str, Tally], dict[str, tuple[str, str]], dict[str, str]]


def _tallies(realdata_dir: Path) -> Result:
    split = _split()
    tallies: dict[str, Tally] = defaultdict(Tally)
    types: dict[str, tuple[str, str]] = {}
    for sub in ("dev", "text"):
        pages = realdata_dir / sub / "pages"
        if not pages.is_dir():
            continue
        for page in sorted(pages.iterdir()):
            name = f"{sub}/{page.name}"
            label = json.loads((realdata_dir / sub / "labels" / f"{page.name}.json").read_text("utf-8"))
            rec = extract(page.read_bytes())
            types[name] = (rec.notice_type, label["notice_type"])
            for fs in score_fields(rec.fields, label["fields"], REFERENCE_KEYS):
                for group in (label["domain"], "all", split.get(name, "unsplit")):
                    tallies[group].add(fs)
                if not (fs.key == "location" and label["domain"] in _WORKS and not fs.labelled):
                    tallies[f"{split.get(name, 'unsplit')} (label scope)"].add(fs)
    return tallies, types, split


@pytest.fixture(scope="module")
def real(realdata_dir: Path) -> Result:
    return _tallies(realdata_dir)


def test_split_names_every_labelled_page_once(realdata_dir: Path) -> None:
    split = _split()
    labelled = {
        f"{sub}/{p.name}"
        for sub in ("dev", "text")
        for p in (realdata_dir / sub / "pages").iterdir()
        if (realdata_dir / sub / "pages").is_dir()
    }
    assert set(split) == labelled
    held = [n for n, part in split.items() if part == "held_back"]
    assert 0.25 <= len(held) / len(split) <= 0.4  # about a third held back


@pytest.mark.parametrize("group", sorted(THRESHOLDS))
def test_f1_per_page_set(real: Result, group: str) -> None:
    tally = real[0][group]
    assert tally.f1 >= THRESHOLDS[group], (
        f"{group}: P {tally.precision:.3f} R {tally.recall:.3f} F1 {tally.f1:.3f}"
    )


def test_precision_first(real: Result) -> None:
    # (round 17d) on what these labels label: they were made before LABELLING's 'location: a project's stated
    # 建设地点' (adopted 2026-12-07) and leave a works notice's stated place out (their notes: 'location is for
    # land/property only'); they are not ours to relabel, so such a location is left out of this assertion
    # (bench_extract.py still scores it: the cost is printed, docs/extraction-conventions.md "# Round 17d")
    assert real[0]["tune (label scope)"].precision >= 0.97
    assert real[0]["tune"].precision >= 0.95


def test_notice_types(real: Result) -> None:
    wrong = {k: v for k, v in real[1].items() if v[0] != v[1]}
    assert len(wrong) <= 2, wrong


def test_text_pages_are_read_not_refused(realdata_dir: Path) -> None:
    """A text rendering (no tag) is read as a notice: typed in its domain, with a title."""
    pages = realdata_dir / "text" / "pages"
    if not pages.is_dir():
        pytest.skip("text pages not present")
    for page in sorted(pages.iterdir()):
        label = json.loads((realdata_dir / "text" / "labels" / f"{page.name}.json").read_text("utf-8"))
        rec = extract(page.read_bytes())
        assert rec.domain == label["domain"], page.name
        assert rec.fields.get("title"), page.name


def test_image_only_edge_case(realdata_dir: Path) -> None:
    page = (
        realdata_dir
        / "dev"
        / "pages"
        / "zj-ningbo-fenghua_construction_zhaobiao-wenjian_image-only-edgecase.html"
    )
    if not page.is_file():
        pytest.skip("image-only sample not present")
    rec = extract(page.read_bytes())
    assert rec.status == "image_only"
    assert "project_name" not in rec.fields
