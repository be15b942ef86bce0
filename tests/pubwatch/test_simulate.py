"""``pubwatch simulate`` end to end on a short run: replica with outages → real crawler → monitor → scores.

Seed 36 with 400 notices is chosen because, on the replica with the plan's 探矿权 and 考核结果 notices
(issue 12), its first five nights (2026-01-05 … 01-09) hold an outage (qujiang, 01-08, a captcha),
the night after it, and two detectable defects (missing fields, detectable 01-05 and 01-08), so
precision, recall and the outage false-alarm count are all exercised, not vacuous. (Seed 18, chosen
after issue 11, and seed 22 before it, no longer do: a new notice kind changes every later draw.)
Five nights, not six: the sixth (01-10) held no outage and no detectable defect that the first five
lack (it was a second night after the outage; the first, 01-09, is kept), and each night is a real
crawl of every replica source (Chromium included) — about a sixth of the module's time. With five
nights this seed scores served 27, coverage 1.0, 2 defects, precision and recall 1.0 and no outage
false alarm (``simulate(seed=36, nights=5, notices=400, faults=True)``, 2026-12-06).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pubwatch.simulate import simulate

NIGHTS = 5


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return simulate(seed=36, nights=NIGHTS, notices=400, faults=True, workdir=tmp_path_factory.mktemp("sim"))


def test_report_has_the_scores_the_issue_asks_for(result: dict) -> None:
    json.dumps(result, ensure_ascii=False)  # one JSON-able object
    crawl, findings, extraction = result["crawl"], result["findings"], result["extraction"]
    for key in ("coverage", "duplicates", "requests_per_new_notice"):
        assert key in crawl
    for key in ("precision", "recall", "by_rule", "outage_false_alarms", "false_findings", "missed_defects"):
        assert key in findings
    assert "f1" in extraction
    assert result["period"][0] < result["period"][1] and result["nights"] == NIGHTS


def test_scores_are_sane(result: dict) -> None:
    crawl, findings = result["crawl"], result["findings"]
    assert crawl["outage_source_nights"] >= 1  # the run really had an outage
    assert crawl["served"] >= 20 and crawl["coverage"] >= 0.95
    assert crawl["duplicates"] == 0
    assert crawl["requests_per_new_notice"] is None or 0 < crawl["requests_per_new_notice"] < 100
    assert findings["defects"] >= 2  # the planted defects detectable within five nights
    assert findings["outage_false_alarms"] == 0, findings["false_findings"]
    assert findings["precision"] >= 0.9, findings["false_findings"]
    assert findings["recall"] >= 0.9, findings["missed_defects"]
    for kind, score in findings["by_rule"].items():
        assert 0.0 <= score["precision"] <= 1.0 and 0.0 <= score["recall"] <= 1.0, kind
    assert result["extraction"]["f1"] >= 0.9


def test_workdir_is_kept_for_inspection(result: dict) -> None:
    root = Path(result["workdir"])
    assert (root / "corpus" / "manifest.json").is_file() and (root / "simulate.db").is_file()
