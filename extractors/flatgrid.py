"""Values of a summary grid a text copy flattened into one line (round 16b).

Why: the national platform's 公告概要 block ('采购单位X行政区域Y公告时间Z评审专家名单W总中标金额V…') loses its
cells in a text rendering and runs each label into its value with no colon. ``stated.run_label_spans`` already
finds such lines (to know the items are stated); this reads the value between one known label and the next.
Only figures, dates and people are read: their values are checked by their kind, where a name's end between
two run-on labels could be cut wrong by a label the label table does not know. The one name read, the buyer's
(round 17b), is cut at the grid's own fixed labels (``ccgpgrid``, the reader ``ccgpsummary`` uses too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ccgpgrid import REGION, cells
from .labels import DATE, DATETIME, MONEY, PEOPLE, core_label, keys_for, kind_of
from .normalize import split_people
from .readers import Finding
from .stated import run_label_spans

_KINDS = (DATE, DATETIME, MONEY, PEOPLE)
_MAX_VALUE = 60
_NOTE = re.compile(r"[（(][^()（）]{0,20}[)）]")
# (a Han name of two to four characters, or a transcribed one joined by '·'; '供应商名称' is a label)
_NAME = re.compile(r"[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)+")
_COLON_LABEL = re.compile(r"[\u3400-\u9fff]{2,12}[:：]")
# round 17b: the national 公告概要 grid's buyer cell is always followed by its 行政区域 cell ('采购单位大连海事大学
# 行政区域辽宁省公告时间…'): a fixed neighbour, so the buyer's name ends there — a name read only so (the value cut at
# the grid's own labels, ``ccgpgrid``: the buyer's, the first, must end at the region's, the next)
_BUYER_NAME = re.compile(r"[^\s:：，,。；;]{4,40}")
_BUYER_LABEL = re.compile(r"采购(?:单位|人)(?:名称)?")


def flattened_grid(lines: list[str], wanted: set[str]) -> Iterator[Finding]:
    """Findings for the ``wanted`` keys from each flattened grid line (first line first)."""
    if not wanted:
        return
    for line in lines[:200]:
        if len(line) <= 24:
            continue
        spans = run_label_spans(line, lists_ok=True)
        if not spans:
            continue
        for (a, b), nxt in zip(spans, [*spans[1:], (len(line), len(line))], strict=True):
            # ('…万元（人民币）联系人及联系方式：…': a labelled part with its colon ends the run-on value)
            value = _COLON_LABEL.split(line[b : nxt[0]])[0].strip()
            if not value or len(value) > _MAX_VALUE:
                continue
            core, note = core_label(line[a:b])
            if "purchaser" in wanted and _BUYER_LABEL.fullmatch(core) and (buyer := _buyer(value)):
                yield Finding("purchaser", buyer, note, line[a : nxt[0]], "summary")
                continue
            for key in keys_for(core):
                if key not in wanted or kind_of(key) not in _KINDS:
                    continue
                if kind_of(key) == PEOPLE:
                    people = _people(value)
                    if people:
                        yield Finding(key, value, note, line[a : nxt[0]], "summary", people)
                else:
                    yield Finding(key, value, note, line[a : nxt[0]], "summary")


def _buyer(value: str) -> str | None:
    """The buyer's name a grid cell's value opens with, when the grid's next cell is its 行政区域 (round 17b)."""
    cut = cells(value)
    if len(cut) > 1 and not cut[0].label and cut[1].label == REGION and _BUYER_NAME.fullmatch(cut[0].value):
        return cut[0].value
    return None


def _people(value: str) -> list[str] | None:
    """The names of a run-on list of people ('甲（采购人代表），乙，丙'), role notes dropped; None when any is
    masked ('陈*': LABELLING's masked values) or no person's name (a run-on label read as a value)."""
    if re.search(r"[*＊]", value):
        return None
    people = split_people(_NOTE.sub("", value))
    if not people or not all(_NAME.fullmatch(p) for p in people):
        return None
    return people
