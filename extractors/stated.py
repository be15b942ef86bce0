"""Which items a page *states*: the keys whose printed label (or a synonym) appears as a label.

Why: a key the reader did not fill is either not on the page (the label is absent: the notice omits
the item, a 要素缺失 the office may raise) or on the page but not read (the label is there, its value
was not understood: an extraction gap, for a person to check — never an accusation). The test is on
labels in label position only (a 'label：' span, a label cell of a table, a line that is only the
label), never a word anywhere in prose, so a sentence mentioning 位置 does not make 位置 stated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .labels import AGENCY_SECTION, OWNER_SECTION, PHONE_EXCLUDE, PHONE_LABEL, core_label, keys_for
from .layout import Page
from .readers import _label_spans

_MAX_LINE = 400
_CRUMB_LINE = re.compile(r"^\s*(您)?(当前|所在)(的)?位置|^\s*您的位置")


def stated_labels(page: Page, aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """key → the first label text the page prints for it (label spans, label cells, label-only lines).

    ``aliases``: labels one notice type reads as another key (投标报价 is the amount of a result).
    """
    found: dict[str, str] = {}
    aliases = aliases or {}

    def note(label: str) -> None:
        core, _ = core_label(label)
        if not core:
            return
        for key in keys_for(core):
            found.setdefault(key, label.strip()[:60])
        if len(core) <= 20:
            # a party block's heading states its party ('采购人信息' / '名称：…'), a phone label the phone
            if OWNER_SECTION.search(core):
                found.setdefault("purchaser", label.strip()[:60])
            elif AGENCY_SECTION.search(core) and "代理" in core:
                found.setdefault("agency", label.strip()[:60])
            if (
                PHONE_LABEL.fullmatch(core) or re.search(r"(联系|咨询)电话|联系方式", core)
            ) and not PHONE_EXCLUDE.search(core):
                found.setdefault("contact_phone", label.strip()[:60])
        if core in aliases:
            found.setdefault(aliases[core], label.strip()[:60])

    for line in page.lines:
        if _CRUMB_LINE.search(line):
            continue  # '当前位置：首页 > 土地' is the site's navigation, not the notice's 位置
        if len(line) > _MAX_LINE:
            line = line[:_MAX_LINE]
        if ":" in line or "：" in line:
            for _ls, _vs, label, _known in _label_spans(line):
                note(label)
        elif len(line) <= 24:
            note(line)
    for table in page.tables:
        for row in table.rows:
            for text, _span in row:
                if text and len(text) <= 24 and ":" not in text and "：" not in text:
                    note(text)
    return found
