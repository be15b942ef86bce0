"""bench_unlabelled's perturbations (round 13c): a label replaced in label position only, every printed
label of a key found, and the nonce known to no reader. Made-up lines."""

from __future__ import annotations

from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(bench_script) -> ModuleType:  # type: ignore[no-untyped-def]
    return bench_script("bench_unlabelled.py")


def test_a_label_is_replaced_in_label_position_only(bench: ModuleType) -> None:
    labels = ["采购人名称", "采购人"]
    assert bench.renamed_line("一、采购人名称：某局", labels) == f"一、{bench.NONCE}：某局"
    assert bench.renamed_line("采购人", labels) == bench.NONCE
    # the same word in a sentence is left, so the notice's sentences and type read as before
    assert bench.renamed_line("由采购人负责解释。", labels) == "由采购人负责解释。"


def test_every_printed_label_of_a_key_is_found(bench: ModuleType) -> None:
    lines = ["一、采购人名称：某局", "采购人", "某局", "二、项目名称：某项目"]
    found = bench.label_texts(lines, "purchaser", {})
    assert "一、采购人名称" in found and "采购人" in found
    assert not any("项目名称" in f for f in found)


def test_the_nonce_is_no_known_label(bench: ModuleType) -> None:
    from extractors.stated import _label_keys

    core, before, after = _label_keys(bench.NONCE)
    assert core and not before and not after
