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


# (round 22h) the panel printed as a table whose cells ran together or stand one a line, row by row: a role from the
# role family (主任评委 / 评委成员 / 组长 / 成员 / 业主评委 / 用户代表 …), the member's name, then how the member was
# chosen (随机抽取 / 自行选定 …): '1 主任评委甲某随机抽取全过程/2 评委成员乙某随机抽取…' or '成员' / '甲某' / '随机抽取'
# one cell a line, under the panel's heading ('谈判小组成员名单', '评标委员会成员', '评审专家名单')
_PANEL_HEAD = re.compile(r"(?:小组|委员会)(?:成员)?名单|(?:小组|委员会)成员|专家名单")
_ROLE = (
    r"(?:(?:主任|副主任|组长|副组长)?(?:评委|专家|组员|成员)(?:成员)?"
    r"|(?:业主|采购人|招标人|用户|使用单位|甲方)(?:评委|代表)|组长|副组长|主任)"
)
_CHOSEN = r"(?:随机抽取|自行选定|随机|抽取|选定|委派|指定|(?:业主|采购人|招标人|用户)?推荐)"
_PANEL_ROW = re.compile(
    rf"(?:^|(?<=[\s/|\d]))(?P<role>{_ROLE})\s*(?P<name>[\u4e00-\u9fff]{{2,4}}?)\s*{_CHOSEN}"
)
_CHAPTER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_SPAN = 40


def panel_rows(lines: list[str]) -> tuple[list[str], str] | None:
    """The members of a panel table printed row by row as role, name, how chosen (two rows or more), with the
    heading line as the snippet; None when no such table is under a panel heading."""
    for i, ln in enumerate(lines):
        m = _PANEL_HEAD.search(ln)
        if m is None:
            continue
        part = [ln[m.end() :]]
        for nxt in lines[i + 1 : i + 1 + _SPAN]:
            if _CHAPTER.match(nxt):
                break
            part.append(nxt)
        names = []
        for r in _PANEL_ROW.finditer("\n".join(part)):
            got = split_people(r.group("name"))
            if got and got[0] not in names:
                names.append(got[0])
        if len(names) >= 2:
            return names, ln.strip()[:200]
    return None
