"""bench_same_output.py, the guard tuners run before and after a change, must not read a never-tuned set.

A tuner's dump holds the records the extractors produced; if it held a blind set's pages, the tuner
could read what the extractors get wrong there, and the set would no longer be blind.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def _fake_sets(module, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    sets = module.bench_extract.FRESH_SETS
    seen = next(f for f in sets if f.seen_since is not None)
    never = [f for f in sets if f.seen_since is None]
    if not never:
        # every real set has been tuned on (the next blind set is not made yet): the guard must still hold
        # for the one that will come, so stand in a made-up never-tuned set
        never = [module.bench_extract.FreshSet("fresh_blind_stand_in", None)]
        sets = (*sets, *never)
        monkeypatch.setattr(module.bench_extract, "FRESH_SETS", sets)
    for fresh in sets:
        root = tmp_path / fresh.name
        monkeypatch.setenv(fresh.env, str(root))
        if fresh in (seen, never[0]):
            (root / "pages").mkdir(parents=True)
            (root / "pages" / "a.txt").write_text("招标公告", encoding="utf-8")
    monkeypatch.setattr(module, "REALDATA", tmp_path / "no-realdata")
    return seen.name, never[0].name


def test_never_tuned_set_left_out_unless_asked(
    bench_script, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = bench_script("bench_same_output.py")
    seen, never = _fake_sets(module, tmp_path, monkeypatch)
    names = [n for n, _ in module.page_files()]
    assert names == [f"{seen}/a.txt"]
    with_blind = [n for n, _ in module.page_files(include_never_tuned=True)]
    assert sorted(with_blind) == sorted([f"{seen}/a.txt", f"{never}/a.txt"])
