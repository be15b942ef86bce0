"""bench_extract scores a fresh set against either labelling (``--labels labels_second``).

Why: bench/label_agreement.py measures how far two independent labellings of one set agree; scoring the
extractor against each shows how much of its error depends on which labeller is right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture()
def bench(bench_script):
    module = bench_script("bench_extract.py")
    yield module
    module.FreshSet.label_dir = "labels"


def test_label_dir_switches_the_labels_scored_against(bench, tmp_path: Path) -> None:
    one = bench.FreshSet("fresh8", None)
    assert one.labels.name == "labels" and "against" not in one.title
    bench.FreshSet.label_dir = "labels_second"
    assert one.labels == bench.ROOT / "bench" / "fresh8" / "labels_second"
    assert one.title.endswith("against labels_second)")


def test_fresh_cases_read_the_chosen_labels(bench, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("某某采购公告", "utf-8")
    for sub, title in (("labels", "甲"), ("labels_second", "乙")):
        (tmp_path / sub).mkdir()
        label = {"domain": "procurement", "notice_type": "procurement.tender", "fields": {"title": title}}
        (tmp_path / sub / "a.txt.json").write_text(json.dumps(label, ensure_ascii=False), "utf-8")
    first = bench.fresh_cases(tmp_path, tmp_path / "labels", "x")
    second = bench.fresh_cases(tmp_path, tmp_path / "labels_second", "x")
    assert first[0][2]["fields"]["title"] == "甲" and second[0][2]["fields"]["title"] == "乙"
