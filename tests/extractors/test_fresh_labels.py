"""The fresh real-page set (bench/fresh): labels and manifest agree, and the pages, where present, are the
bytes that were labelled. No extractor runs here: the set is scored by bench/bench_extract.py only."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from pathlib import Path

import pytest

from extractors.scoring import REFERENCE_KEYS
from extractors.taxonomy import TYPES

ROOT = Path(__file__).resolve().parents[2]
FRESH = ROOT / "bench" / "fresh"
PAGES = Path(os.environ.get("PUBWATCH_FRESH_REALDATA", "/work/fresh-realdata")) / "pages"


def _manifest() -> dict[str, dict[str, str]]:
    with (FRESH / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_every_label_has_a_manifest_row_and_a_known_type_and_keys() -> None:
    rows = _manifest()
    labels = sorted(FRESH.glob("labels/*.json"))
    assert len(labels) >= 10
    assert {p.name.removesuffix(".json") for p in labels} == set(rows)
    for path in labels:
        lab = json.loads(path.read_text("utf-8"))
        domain, _, kind = lab["notice_type"].partition(".")
        assert kind in TYPES[domain], path.name
        assert lab["domain"] == domain == rows[lab["sample"]]["domain"], path.name
        assert rows[lab["sample"]]["notice_type"] == lab["notice_type"]
        assert set(lab["fields"]) <= REFERENCE_KEYS, (path.name, set(lab["fields"]) - REFERENCE_KEYS)
        assert lab["notes"], path.name


def test_present_pages_are_the_labelled_bytes() -> None:
    rows = _manifest()
    if not PAGES.is_dir():
        pytest.skip(f"fresh pages not present at {PAGES} (set PUBWATCH_FRESH_REALDATA)")
    for name, row in rows.items():
        page = PAGES / name
        if not page.is_file():
            continue
        assert hashlib.sha256(page.read_bytes()).hexdigest() == row["sha256"], name
