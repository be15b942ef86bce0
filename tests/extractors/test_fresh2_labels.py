"""The second never-tuned real-page set (bench/fresh2): labels are well formed and agree with the manifest,
and, where the pages are present, they are the bytes that were labelled and every labelled string is on
its page.

Why a separate set: bench/fresh is being tuned on, so it is no longer a clean measure; fresh2 was labelled
before any extractor ran on it. Nothing here runs an extractor (only the taxonomy's key and type names are
imported): the set is scored once, by bench/bench_extract.py, at the end of the work it measures.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from extractors.scoring import REFERENCE_KEYS
from extractors.taxonomy import TYPES

ROOT = Path(__file__).resolve().parents[2]
FRESH2 = ROOT / "bench" / "fresh2"
PAGES = Path(os.environ.get("PUBWATCH_FRESH2_REALDATA", "/work/fresh2-realdata")) / "pages"

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MINUTE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
DATE_KEYS = {"publish_date": DATE, "bid_deadline": MINUTE, "opening_time": MINUTE}
NUMBER_KEYS = {"budget", "max_price", "amount", "area_m2", "use_term_years", "starting_price"}
LIST_KEYS = {"winner", "experts"}


def _manifest() -> dict[str, dict[str, str]]:
    with (FRESH2 / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _labels() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(FRESH2.glob("labels/*.json"))]


def _flat(text: str) -> str:
    """Compare as the scorer does: NFKC, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _page_text(raw: str) -> str:
    """The page's visible text, tags and entities removed: enough to find a labelled value in it."""
    raw = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    return _flat(html.unescape(re.sub(r"<[^>]+>", "", raw)))


def test_every_label_has_a_manifest_row_and_a_known_type_and_keys() -> None:
    rows = _manifest()
    labels = _labels()
    assert len(labels) >= 25
    assert {lab["sample"] for lab in labels} == set(rows)
    for lab in labels:
        name = lab["sample"]
        assert (FRESH2 / "labels" / f"{name}.json").is_file(), name
        domain, _, kind = lab["notice_type"].partition(".")
        assert kind in TYPES[domain], name
        assert lab["domain"] == domain == rows[name]["domain"], name
        assert rows[name]["notice_type"] == lab["notice_type"], name
        assert set(lab["fields"]) <= REFERENCE_KEYS, (name, set(lab["fields"]) - REFERENCE_KEYS)
        assert lab["notes"], name
        assert re.fullmatch(r"[0-9a-f]{64}", rows[name]["sha256"]), name


def test_label_values_have_the_taxonomy_shapes() -> None:
    for lab in _labels():
        name, fields = lab["sample"], lab["fields"]
        for key, pattern in DATE_KEYS.items():
            if key in fields:
                assert pattern.fullmatch(fields[key]), (name, key, fields[key])
        for key in NUMBER_KEYS & set(fields):
            assert isinstance(fields[key], int | float) and not isinstance(fields[key], bool), (name, key)
        for key in LIST_KEYS & set(fields):
            assert fields[key] and all(isinstance(v, str) and v for v in fields[key]), (name, key)
        for cand in fields.get("candidates", []):
            assert isinstance(cand["rank"], int) and cand["name"], (name, cand)
            assert set(cand) <= {"rank", "name", "price"}, (name, cand)


def test_fresh2_shares_no_page_with_the_first_fresh_set() -> None:
    first = (ROOT / "bench" / "fresh" / "MANIFEST.tsv").read_text("utf-8")
    first_sha = set(re.findall(r"\b[0-9a-f]{64}\b", first))
    rows = _manifest()
    assert not set(rows) & {line.split("\t", 1)[0] for line in first.splitlines()}
    assert not {row["sha256"] for row in rows.values()} & first_sha


def test_present_pages_are_the_labelled_bytes_and_state_the_labelled_strings() -> None:
    if not PAGES.is_dir():
        pytest.skip(f"fresh2 pages not present at {PAGES} (set PUBWATCH_FRESH2_REALDATA)")
    rows = _manifest()
    checked = 0
    for lab in _labels():
        page = PAGES / lab["sample"]
        if not page.is_file():
            continue
        raw = page.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == rows[lab["sample"]]["sha256"], lab["sample"]
        text = _page_text(raw.decode("utf-8"))
        for key, value in lab["fields"].items():
            if key in DATE_KEYS:
                continue
            values = value if isinstance(value, list) else [value]
            for item in values:
                item = item["name"] if isinstance(item, dict) else item
                if isinstance(item, str):
                    assert _flat(item) in text, (lab["sample"], key, item)
        checked += 1
    assert checked, f"no labelled page found in {PAGES}"
