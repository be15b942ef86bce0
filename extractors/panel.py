"""The owner's representatives printed beside the experts' list (round 18d).

Why: LABELLING's experts rule takes every named member of the evaluation panel, the owner's representatives
included. A result often lists the panel in two labelled lists, the drawn experts and the representatives, and
the label readers stop at the first: '随机抽取专家名单：甲（组长）、乙' over '采购人代表名单：丙' (fresh8 中山),
'…随机抽取的5名专家为：甲、乙；招标人代表：丙、丁。' (fresh9 重庆 沙坪坝), '采购人代表：' / '丙' above '评审专家：' /
'甲' / '、' / '乙' (fresh10 南平 建阳, one cell a line). The representatives' list is read where it sits next to
the experts' line (the same line, or within a few lines with no section heading between) and its names are
added in page order.
"""

from __future__ import annotations

import re

from .normalize import split_people

_REPS = re.compile(r"(?:采购人|招标人|业主|建设单位)代表(?:名单)?\s*[:：]\s*(?P<v>[^；;。]*)")
# a new part of the notice: '六、代理服务收费标准…', '（二）…', '2.…'
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[、.．])"
)
_NEAR = 4
# a line that holds a label and no names (the next label of a list printed one cell a line)
_LABEL_LINE = re.compile(r"^[^:：]{2,16}[:：]\s*$")


def _names_from(lines: list[str], i: int, start: int) -> list[str]:
    """The names after a representatives' label at ``lines[i][start:]``, else on the lines under it."""
    names = split_people(lines[i][start:])
    if names or lines[i][start:].strip():
        return names
    out: list[str] = []
    for ln in lines[i + 1 : i + 1 + _NEAR]:
        if _LABEL_LINE.match(ln) or _HEADING.match(ln):
            break
        out += split_people(ln)
    return out


def with_representatives(lines: list[str], snippet: str, experts: list[str]) -> list[str]:
    """``experts`` with the representatives listed beside the experts' line ``snippet`` added in page order."""
    at = next((i for i, ln in enumerate(lines) if snippet and ln.strip().startswith(snippet[:40])), None)
    if at is None:
        return experts
    before: list[str] = []
    after: list[str] = []
    # the experts' own line: a representatives' clause after theirs ('…；招标人代表：丙、丁。')
    for m in _REPS.finditer(lines[at]):
        if m.start() > 0:
            after += split_people(m.group("v"))
    lo = at
    while lo > 0 and at - lo < _NEAR and not _HEADING.match(lines[lo]):
        lo -= 1
    hi = at
    while hi + 1 < len(lines) and hi - at < _NEAR and not _HEADING.match(lines[hi + 1]):
        hi += 1
    for i in [*range(lo, at), *range(at + 1, hi + 1)]:
        m = _REPS.search(lines[i])
        if m is None or m.start() > 0:
            continue
        names = _names_from(lines, i, m.start("v"))
        (before if i < at else after).extend(names)
    added = [n for n in dict.fromkeys(before + after) if n not in experts]
    if not added:
        return experts
    return [n for n in before if n in added] + experts + [n for n in after if n in added]
