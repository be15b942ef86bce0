"""The project a correction names in quotes as what it corrects (round 18e).

A clarification or a Q&A letter to the bidders names no project by a label: it quotes what it answers for,
the project ('现对“<项目>(重新招标)”答疑有关事宜通知如下', fresh12 合川) or the notice it clarifies
('对《<项目>(包2)中标结果公告》作如下澄清说明', fresh20 梅州, a traditional copy).  The quoted name, less the
notice's own words, is the project (LABELLING 'project_name: the heading name when the heading is <name><type
word>').  Only a name ending in a works or purchase word (项目, 工程, 标段, 采购, 服务 …, a bracketed lot or a
'(重新招标)' after it) is taken: '对《中华人民共和国食品安全法》作出的修改' quotes a law.
"""

from __future__ import annotations

import re

from .hanzi import translate_only
from .readers import Finding

# the notice quoted after the project's name: '中标结果公告', '招标公告', '招标文件', '成交结果公示' …
_NOTICE_WORDS = (
    r"(?:(?:公开|邀请)?(?:招标|采购|比选|询价|竞争性磋商|竞争性谈判|磋商|谈判|竞价|中标|成交|评标)"
    r"(?:结果|候选人)?(?:公告|公示|文件)|(?:中标|成交)?结果(?:公告|公示))"
)
# the project's name in the quote: ending in a works or purchase word, a bracketed lot or round after it
_NAME = (
    r"(?P<v>[^“”\"《》，,。；;:：]{4,80}?"
    r"(?:项目|工程|标段|采购|服务|分包|施工|监理|设计|勘察)(?:\s*[（(][^()（）“”《》]{1,12}[)）])?)"
)
_CORRECTED = re.compile(
    # (round 19f: the notice quoted with its date, '对2023年8月18日发布的“…”', and its code bracketed after it,
    # the closing quote lost: '“<项目>询价公告(SC—2023—006)。作如下补充规定' — fresh24 通州)
    r"对\s*(?:[^“”\"《》，,。；;]{0,24}?(?:发布|发出)的\s*)?[“\"《]" + _NAME + rf"\s*{_NOTICE_WORDS}?"
    r"(?:\s*[（(][A-Za-z\d][^()（）“”《》]{0,30}[)）])?"
    r"\s*(?:[”\"》]|[。，,](?=\s*作))\s*(?:的)?\s*(?:作(?:出)?如下|进行|有关|相关)?\s*"
    r"(?:澄清|答疑|更正|修改|补充|补遗|变更)"
)
# (round 19f) the notice a correction follows, named with its title: '…上发布了《<项目>施工招标资格预审公告》,并于…'
# (fresh25 西安; a works tender's 资格预审 notice, whose name the label takes without its 施工 and notice words)
_FOLLOWED = re.compile(
    r"(?:已|曾)?(?:发布|刊登|发出)(?:了)?\s*《"
    r"(?P<v>[^“”\"《》，,。；;:：]{4,80}?(?:项目|工程|标段|采购|服务)(?:\s*[（(][^()（）“”《》]{1,30}[)）])?)"
    r"\s*(?:施工|监理|设计|勘察|货物|服务)?\s*(?:招标)?(?:资格预审公告|招标公告|采购公告)》"
)


def corrected_subject(body_text: str) -> tuple[str, str] | None:
    """(project, the sentence's span) a correction quotes as what it corrects, or None."""
    text = translate_only(body_text[:3000])
    m = _CORRECTED.search(text) or _FOLLOWED.search(text)
    if not m:
        return None
    return body_text[m.start("v") : m.end("v")].strip(), body_text[m.start() : m.end()]


# (round 27d) a correction that prints the withdrawn value and the new one as two label lines: '一、原采购公告：项目预算
# 金额：55.00万元' over '现变更为：项目预算金额：54.79万元' (fresh45 北京 表面张力仪, ccgp 更正公告). The withdrawn line opens
# with '原…：' (原公告 / 原采购公告 / 原招标文件 / 原内容) or '更正前：'; the new one with '(现)变更为：', '更正为：',
# '修改为：', '调整为：' or '更正后：'. A key read under both is the notice's by the new line only (LABELLING 'bid_deadline:
# a correction's new times', by analogy for any value a correction sets).
_WITHDRAWN_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．])?\s*"
    r"(?:原(?:采购|招标)?(?:公告|文件|内容)?|(?:更正|变更|修改)前(?:内容)?)\s*[:：]"
)
_NEW_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．])?\s*"
    r"(?:现?(?:变更|更正|修改|调整)为|(?:更正|变更|修改)后(?:内容)?)\s*[:：]"
)


def withdrawn_dropped(findings: list[Finding]) -> list[Finding]:
    """``findings`` less the values a correction withdraws: a key read on a '原…：' line and again on a '变更为：'
    line keeps the latter only; a key read on one of the two alone is left as it is."""
    withdrawn = {f.key for f in findings if _WITHDRAWN_LINE.match(f.snippet)}
    renewed = {f.key for f in findings if _NEW_LINE.match(f.snippet)}
    both = withdrawn & renewed
    if not both:
        return findings
    return [f for f in findings if not (f.key in both and _WITHDRAWN_LINE.match(f.snippet))]
