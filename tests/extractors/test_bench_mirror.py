"""bench_mirror.py: the traditional copy of a seen page, and only of seen pages (never a blind set's)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest


def test_mirror_converts_and_folds_back(bench_script) -> None:
    bench = bench_script("bench_mirror.py")
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    gbk = "项目名称：某县体育馆维修".encode("gb18030")
    copy = bench.mirror(gbk, s2t)
    assert copy.decode("gb18030") == "項目名稱：某縣體育館維修"
    assert bench.folded({"k": ["項目名稱"]}, t2s) == {"k": ["项目名称"]}


def test_seen_cases_leave_blind_sets_out(
    bench_script, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = bench_script("bench_mirror.py")
    extract_bench = bench.bench_extract
    asked: list[str] = []

    def fresh_cases(pages, labels, name):
        asked.append(name)
        return [(f"{name}/a.txt", b"", {"notice_type": "other.other", "fields": {}}, None)]

    monkeypatch.setattr(extract_bench, "fresh_cases", fresh_cases)
    cases = bench.seen_cases(extract_bench, tmp_path)
    seen = [f.name for f in extract_bench.FRESH_SETS if f.seen_since]
    assert asked == seen
    assert [c[0] for c in cases] == [f"{n}/a.txt" for n in seen]
