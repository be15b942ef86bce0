"""A land notice's parcel told by its code in a sentence (round 18c).

Why: a notice of one parcel may print no 宗地编号 cell and name the parcel only in its sentences, by the code
the grantor gave it and the word 号地块: '…决定公开出让编号为09031号地块国有建设用地使用权' (安徽 宣城),
'…发布了乐东县Ln2021-43号地块中止公告,中止该宗土地网上交易活动' (海南 乐东), and with the code masked on a
广西 都安 page ('编号为****号地块'). LABELLING 'parcel_no': the 地块编号, here the code without the 号 that counts
it (both labellers of those sets). The page names its parcel once or several times by the same code; a page
naming two codes (a report of several lots, '2013-16号地块' … '2013-17号地块') or selling several parcels
('出让3宗…') gives none (LABELLING 'Several lots').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hanzi import translate_only
from .readers import Finding

# the code: letters (a county's or a plan's prefix, 'Ln', 'BZ-YXGT') then figures, hyphens allowed; it opens at a
# word's edge (the sentence's verb or the county before it: '编号为', '乐东县'), never inside a document number
# ('郑政经开出〔2019〕001号' is a 文号's tail) or a code whose prefix is a Chinese character ('晃2018—60号')
_CODED_PARCEL = re.compile(
    r"(?:^|(?<=[\s为是县市区镇乡的及和、,，:：“\"《(（]))"
    r"(?P<v>[A-Za-z]{0,6}\d[A-Za-z0-9\-－]{1,24})\s*号(?:地块|宗地)"
    # (round 19c) or with no 号, the code run into 地块 as the subject opening its clause: 'GC2024-070地块位于…' (广西),
    # '据悉,HBPQ-LD-5地块出让面积…' (广州 黄埔); not after a place's name ('…城南片区B031-4地块(东至…)', text 龙游: the
    # cell '地号编号及土地位置' is labelled whole as the location), nor inside a name
    # (letter groups may be hyphened before the figures: 'HBPQ-LD-5')
    r"|(?:^|(?<=[\n，,。；;:：]))(?P<w>[A-Za-z][A-Za-z\-－]{0,10}\d[A-Za-z0-9\-－]{0,24})\s*(?:地块|宗地)"
)
# a code that is one: it holds a letter or a hyphen, or five figures or more ('09031'); a bare short number ('01号
# 地块', '3号地块') is a lot's rank in a list, not the grantor's code
_CODE_LIKE = re.compile(r"[A-Za-z\-－]|\d{5,}")
# (round 19c) every code the page runs into 地块, wherever it stands: a sub-parcel's code glued to the words before it
# ('…F1地塊HD00-0403-0004地塊R2…、HD00-0403-0005地塊', 北京 海淀; '…单元LP020403-02-01地块(…中心区E1-2-01地块)', 杭州)
# is a second code all the same, and the page names no one parcel
_ANY_CODE = re.compile(r"(?P<v>(?:[A-Za-z][A-Za-z\-－]{0,10})?\d[A-Za-z0-9\-－]{0,24})\s*号?(?:地块|宗地)")
_SEVERAL = re.compile(r"(?:[2-9]|\d{2,}|[二两三四五六七八九十])\s*(?:宗|幅|块)")


def coded_parcel(lines: list[str]) -> Iterator[Finding]:
    """parcel_no from the one code a one-parcel notice names its parcel by ('编号为09031号地块')."""
    text = "\n".join(lines[:200])
    folded = translate_only(text)
    if _SEVERAL.search(folded):
        return
    found = [m for m in _CODED_PARCEL.finditer(folded) if _CODE_LIKE.search(m.group(m.lastgroup or "v"))]
    codes = {m.group(m.lastgroup or "v").upper() for m in found}
    if len(codes) != 1:
        return
    every = {m.group("v").upper() for m in _ANY_CODE.finditer(folded) if _CODE_LIKE.search(m.group("v"))}
    if not every <= codes:
        return
    m = found[0]
    g = m.lastgroup or "v"
    yield Finding(
        "parcel_no", text[m.start(g) : m.end(g)], "", text[max(0, m.start() - 12) : m.end() + 8], "regex"
    )


# (round 18c) the whole area of a lease or sale told as the total of its parts: '位于某村里夹岙55亩、法古寺38.61亩耕地,
# 合计93.61亩' (浙江 上虞), '共计约58.424亩(黄家42.484亩,下相15.94亩)' (浙江 嵊州); LABELLING area_m2: the area of what
# is sold or leased (a printed total, not a sum we make)
_TOTAL_AREA = re.compile(r"(?:合计|共计|总计)\s*约?\s*(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:亩|平方米|㎡|公顷))")


def total_area(lines: list[str]) -> Iterator[Finding]:
    """area_m2 from the one total area a notice prints in its sentences (``_TOTAL_AREA``)."""
    text = "\n".join(lines[:200])
    found = list(_TOTAL_AREA.finditer(translate_only(text)))
    if len({re.sub(r"[\s,]", "", m.group("v")) for m in found}) != 1:
        return
    m = found[0]
    yield Finding(
        "area_m2", text[m.start("v") : m.end("v")], "", text[max(0, m.start() - 12) : m.end() + 8], "regex"
    )
