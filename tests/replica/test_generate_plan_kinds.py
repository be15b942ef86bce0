"""The replica's 探矿权 sales and 对集中采购机构的考核结果 notices (issue 12, plan items of 73号 二(三)1, 二(四)).

The extractor must read every item these notices state (else the monitor would accuse a unit of an
omission the page does not have), and the monitor's deadline for the assessment must be the
replica's.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from extractors import extract
from replica.generate import generate
from replica.generate.rules import DEADLINES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plan_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("plan_corpus")
    manifest = generate(23, 1800, out, start_date="2026-01-05", days=150)
    postings = [json.loads(line) for line in (out / "postings.jsonl").open(encoding="utf-8")]
    return manifest, postings


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and abs(float(got) - float(want)) <= 1
    if isinstance(want, list):
        return isinstance(got, list) and [_norm(x) for x in got] == [_norm(x) for x in want]
    return _norm(got) == _norm(want)


def _norm(v: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(v))).rstrip("。，,;；:：、.")


def _cases(manifest: dict[str, Any], postings: list[dict[str, Any]], pick) -> list[tuple[dict, dict]]:
    seen, out = set(), []
    for p in postings:
        n = manifest["notices"][p["notice_id"]]
        if p["notice_id"] in seen or n.get("content") or not pick(n):
            continue
        seen.add(p["notice_id"])
        out.append((n, p))
    return out


def test_exploration_sales_state_the_plans_exploration_items_and_are_read(plan_corpus) -> None:
    manifest, postings = plan_corpus
    cases = _cases(
        manifest,
        postings,
        lambda n: n["notice_type"] == "mining.transfer_notice" and "探矿权" in n["fields"]["title"],
    )
    assert len(cases) >= 3, "the corpus should hold 探矿权 sales"
    for n, p in cases:
        assert {"exploration_level", "time_limit"} <= set(n["fields"])
        assert "production_scale" not in n["fields"]
        rec = extract(p["versions"][0]["html"].encode("utf-8"))
        assert rec.notice_type == "mining.transfer_notice"
        for key, want in n["fields"].items():
            if key == "publish_date":
                continue
            assert _same(rec.fields.get(key), want), (p["posting_id"], key, rec.fields.get(key), want)


def test_agency_assessments_are_typed_and_read(plan_corpus) -> None:
    manifest, postings = plan_corpus
    cases = _cases(manifest, postings, lambda n: n["notice_type"] == "procurement.agency_assessment")
    assert cases, "the corpus should hold 对集中采购机构的考核结果 notices"
    for n, p in cases:
        rec = extract(p["versions"][0]["html"].encode("utf-8"))
        assert rec.notice_type == "procurement.agency_assessment", (p["posting_id"], rec.notice_type)
        for key, want in n["fields"].items():
            if key == "publish_date":
                continue
            assert _same(rec.fields.get(key), want), (p["posting_id"], key, rec.fields.get(key), want)


def test_monitor_deadlines_are_the_replicas() -> None:
    """Every deadline the replica plants late postings against is a monitor rule with the same
    event and number of working days (the two are written apart on purpose: docs/replica.md)."""
    rules: dict[str, dict[str, Any]] = {}
    for f in (ROOT / "monitor" / "rules" / "quzhou").glob("*.toml"):
        for r in tomllib.loads(f.read_text("utf-8")).get("rule", []):
            if r.get("check") == "deadline":
                rules[r["notice_type"]] = r
    for typ, (event, days) in DEADLINES.items():
        assert typ in rules, typ
        assert (rules[typ]["event"], rules[typ]["days"], rules[typ]["unit"]) == (event, days, "wd"), typ
    assert "73号" in rules["procurement.agency_assessment"]["legal_source"]
