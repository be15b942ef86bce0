"""One label, several figures: a value per lot is no value of the notice.

Why: a notice of several lots (标项一 / 标项二, 第1包 / 第2包, four emission indicators, two parcels)
prints the same item label once per lot — '最高限价：10230000.00元' under 标项一 and '最高限价：2231000.00元'
under 标项二, '名称:二氧化硫排污权指标,底价:人民币3400元/吨' then '…底价:人民币4100元/吨'.  The readers take the
first finding of a key, which would report the first lot's figure as the notice's.  The hand labels
(and taxonomy.md's "a key appears only when the notice states the value") leave such an item out
unless the page prints one value for the notice (a total: '预算总金额'), so a label core that carries
two different figures gives no value for its key; a finding under another label (the total) still
stands.  Only the per-lot kinds are checked: money, areas, terms and the parcel's own items — a
second, different 项目名称 or 联系电话 is another matter (a repost's summary, another party).
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import normalize as N
from .labels import AREA, MONEY, YEARS, core_label, kind_of
from .readers import Finding

_PER_LOT_KEYS = frozenset({"parcel_no", "location", "land_use"})
_LABELLED = frozenset({"label_line", "numbered", "kv_table", "header_table"})


def _figure(key: str, f: Finding) -> object:
    """The finding's value in a comparable form (None when it holds none)."""
    kind = kind_of(key)
    raw = N.clean_text(f.raw)
    if N.is_placeholder(raw):
        return None
    if kind == MONEY:
        return N.money(raw, N.unit_from_label(f.note) or None)
    if kind == AREA:
        return N.parse_area(raw, N.area_unit_from_label(f.note))
    if kind == YEARS:
        # (round 18c) a lot whose cell gives a term per use ('住宅用地70年,商服用地40年', 湖南 新晃; '商业40年、住宅70年'
        # on 象山, 玛曲, 义乌 and a 6-lot sheet) states no one term, but a term all the same: one that differs from
        # another lot's '40年', so the label gives a different value per lot and the notice none
        return N.duration_years(raw) or _several_terms(raw)
    text = N.strip_value(raw).split("\n")[0]
    return re.sub(r"\s+", "", text) or None


_TERM_FIGURE = re.compile(r"(?<!\d)(\d{1,3})\s*年")


def _several_terms(raw: str) -> tuple[int, ...] | None:
    """The terms of a cell that gives two or more different ones ('住宅70年、商业40年'), else None."""
    terms = tuple(sorted({int(x) for x in _TERM_FIGURE.findall(raw)}))
    return terms if len(terms) > 1 else None


_LABEL_BEFORE = re.compile(r"([^\s:：，,。；;|•·]{1,24})\s*[:：]?\s*$")


def _core(f: Finding) -> str:
    """The label the finding was read under: the words before its value in the snippet."""
    raw = f.raw.strip()
    at = f.snippet.find(raw[:8]) if raw else -1
    before = f.snippet[:at] if at > 0 else re.split(r"[:：]", f.snippet, maxsplit=1)[0]
    m = _LABEL_BEFORE.search(before)
    return core_label(m.group(1))[0] if m else ""


def per_lot_keys(findings: list[Finding]) -> set[tuple[str, str]]:
    """(key, label core) pairs whose label gives two or more different values on the page."""
    seen: dict[tuple[str, str], set[object]] = defaultdict(set)
    for f in findings:
        if f.method not in _LABELLED or f.value is not None:
            continue
        if kind_of(f.key) not in (MONEY, AREA, YEARS) and f.key not in _PER_LOT_KEYS:
            continue
        v = _figure(f.key, f)
        if v is not None:
            seen[(f.key, _core(f))].add(v)
    return {k for k, vals in seen.items() if len(vals) > 1}


def drop_per_lot(findings: list[Finding]) -> list[Finding]:
    """``findings`` without those whose label states a different value per lot (module doc)."""
    ambiguous = per_lot_keys(findings)
    if not ambiguous:
        return findings
    return [
        f
        for f in findings
        if not (f.method in _LABELLED and f.value is None and (f.key, _core(f)) in ambiguous)
    ]
