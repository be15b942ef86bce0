"""Round 18g: guards against values read wrong (precision first).

Each function decides one form seen on two sites or more (see docs/extraction-conventions.md, "# Round 18g"):
a value that belongs to another role, another party or the site's chrome is no value of the notice. They are
small and self-contained so that the callers in ``readers`` and ``core`` stay one line each.
"""

from __future__ import annotations

import re

# '其中第一中标候选人:A,投标报价:…;第二中标候选人:B' (a 澄清 of an evaluation, fresh20 梅州), '第一中选候选人:A'
# (a 比选 publicity, fresh13 宁波): the label the line reader finds is the known '中标候选人' / '中选候选人', but
# the ordinal printed before it makes it a ranked candidate, not the awarded party (LABELLING winner: 中标人,
# 成交供应商 …; candidates: a ranked list)
# (the span reader may take the ordinal's numeral for an item number: '第' + '一中选候选人')
_RANK_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,2}名?(?:中标|中选|成交)候选人$")


def ranked_candidate_label(before: str, label: str, keys: tuple[str, ...]) -> bool:
    """True when a winner label is a rank's label ('第一中标候选人：', '第二中选候选人：'): no winner."""
    return "winner" in keys and _RANK_ORDINAL.search(re.sub(r"\s", "", before[-4:] + label)) is not None


# (round 19d) a bare '编号' inside a clause that names a certificate: '张某,安全生产考核合格证(C证),编号:京建安C2(2018)…'
# (fresh27 宜都, fresh23 宜昌: the candidates' staff, one clause per person), '资质证书编号:…': the number is the
# certificate's, not the project's (LABELLING project_number: 项目编号 / 采购编号 / 招标编号 …, never another code)
_CERTIFICATE_CLAUSE = re.compile(r"(?:合格|许可|资格|资质|执业|注册|职称)证|证书")


def certificate_number_label(before: str, label: str, keys: tuple[str, ...]) -> bool:
    """True for a '编号' label whose clause names a certificate ('…合格证(C证),编号:'): no project number."""
    if "project_number" not in keys or re.sub(r"[\s、,，]", "", label).rstrip(":：") not in (
        "编号",
        "证书编号",
    ):
        return False
    clause = re.split(r"[。；;\n]", before)[-1][-160:]
    return _CERTIFICATE_CLAUSE.search(clause) is not None


# '采购单位联系方式：林某/0591-…' (fresh19 福建), '采购单位联系方式' / '佟老师,024-…' one cell a line (fresh19 沈阳, the
# national summary grid), '采购单位联系方式：孙某、杨某010—…' (fresh6 税务总局): the owner's number under a label that
# names the owner. The national template prints a '项目联系人 / 项目联系电话' (or a bare '联系方式') first, the
# agency's handler; LABELLING contact_phone takes the owner side's first number, not the agency's.
_OWNER_PHONE_LABEL = re.compile(
    r"(?:^|(?<=[\s，,；;。|]))(?:\d{1,2}\s*[.、．]\s*)?"
    r"(?:采购人|采购单位|招标人|招标单位|建设单位|业主单位|项目业主|业主)(?:联系)?(?:电话|方式|手机)(?:号码)?"
    r"\s*(?:[:：]\s*(?P<v>.*)|$)"
)
# the next item on the same line ends the value ('…/0591-… 采购单位地址：…')
_NEXT_LABEL = re.compile(r"\s*[\u3400-\u9fff]{2,10}\s*[:：]")
# the contact's names before the number ('佟老师,', '孙某、杨某', '于老师； ')
_NAMES_FIRST = re.compile(
    r"^(?:[\u3400-\u9fff]{1,6}\s*[、,，/／；;\s]\s*)*[\u3400-\u9fff]{1,6}\s*[、,，/／；;:：\s]?\s*(?=[(（]?\d)"
)


def owner_phone_raw(lines: list[str]) -> tuple[str, str] | None:
    """(raw number, snippet) of the first phone printed under a label naming the owner, or None."""
    found = owner_phone_at(lines)
    return (found[0], found[1]) if found else None


def owner_phone_at(lines: list[str]) -> tuple[str, str, int] | None:
    """(raw number, snippet, line index) of the first phone printed under a label naming the owner, or None."""
    for i, line in enumerate(lines[:400]):
        m = _OWNER_PHONE_LABEL.search(line)
        if not m:
            continue
        raw, snippet = m.group("v") or "", line.strip()
        if not raw.strip() and i + 1 < len(lines) and len(lines[i + 1]) <= 60:
            raw = lines[i + 1]  # a grid printed one cell a line: the value is the next line
            snippet = f"{snippet}：{raw.strip()}"
        nxt = _NEXT_LABEL.search(raw)
        if nxt:
            raw = raw[: nxt.start()]
        raw = _NAMES_FIRST.sub("", raw.strip())
        if re.match(r"^[(（]?\d", raw):
            return raw, snippet[:200], i
    return None


def owner_labelled(snippet: str) -> bool:
    """True when a phone's snippet already names the owner's number."""
    return _OWNER_PHONE_LABEL.search(snippet) is not None


# A document number alone on a line ('代自然资告字(2025)7号', '神国土告字〔2018〕12号', masked '…告字(****)*号'): an
# aggregator lists the notice under it and prints it above the 发布日期 line where a title stands (fresh25 代县),
# but LABELLING title: 'Not … a 文号 or 招标代码 line' (fresh 吴忠, fresh2 辽中 labelled so; fresh20 神木, fresh24 新晃,
# fresh18 衢州 print the 文号 under their heading).
# (round 25b: a series word between the year and the number, '温土公告字[2025]整第27号', '…字〔2024〕挂第3号')
_REFERENCE_NUMBER = re.compile(
    r"^\s*[\u3400-\u9fff]{1,14}[字发函]\s*[〔\[［(（【][\d*＊]{2,4}[〕\]］)）】]\s*(?:[\u4e00-\u9fff]\s*)?第?\s*[\d*＊]{1,5}\s*号\s*$"
)


# (a 文号 broken after its issuer's words: '东自然资规公告' / '〔2026〕2号', fresh20 东…县)
_NUMBER_HALF = re.compile(r"^\s*[〔\[［(（【]\d{4}[〕\]］)）】]\s*第?\s*[\d*＊]{1,5}\s*号\s*$")


# (round 18c's form of the same line: the issuer's kind word before the year, '代自然资告字(2025)7号',
# '东自然资规公告〔2026〕2号', masked or not)
_DOC_NUMBER_LINE = re.compile(
    r"^[\u3400-\u9fff]{1,10}?(?:字|发|函|规|公告|告)\s*[〔\[【(（﹝]\s*[\d*＊]{4}\s*[〕\]】)）﹞]\s*[\d*＊]{1,5}\s*号$"
)


_ABRIDGED = re.compile(r"[(（]略[)）]")

# round 26b: an issuer's short code of any kind before the year, '永发改[2010]157号', '铜发改委审〔2021〕579号', '杭财采监
# 〔2020〕3号': a 文号 names its issuer by an abbreviation of a few characters, whatever word ends it (字, 发, 函 above;
# 改, 审, 监 …). Not a document's own title numbered after its kind ('…投诉处理决定书〔2024〕9号', '…公告〔2025〕1号'),
# which is longer or ends with the document's word
_SHORT_CODE_NUMBER = re.compile(
    r"^\s*(?P<code>[\u3400-\u9fff]{2,7})\s*[〔\[［(（【﹝]\s*(?:19|20)\d{2}\s*[〕\]］)）】﹞]\s*第?\s*\d{1,5}\s*号\s*$"
)
_DOCUMENT_WORD_END = re.compile(r"(?:书|告|示|知|报|见|复|定|单|表|录)$")


def _short_code_number(line: str) -> bool:
    m = _SHORT_CODE_NUMBER.match(line)
    return m is not None and not _DOCUMENT_WORD_END.search(m.group("code"))


def reference_number(line: str, next_line: str = "") -> bool:
    """True for a line that is only a document number (文号), or its first half over the '〔年〕N号' line.

    One test for the title readers of both rounds that met it (18c's text-page title, 18g's chosen title)."""
    # (round 23c: an aggregator's '(略)' masks a figure as '**' does: '云区自然资告字〔(略)〕(略)号', fresh33 云浮)
    line, next_line = _ABRIDGED.sub("**", line), _ABRIDGED.sub("**", next_line)
    return (
        _REFERENCE_NUMBER.match(line) is not None
        or _DOC_NUMBER_LINE.match(line.strip()) is not None
        or _short_code_number(line)
        or (len(line.strip()) <= 16 and _NUMBER_HALF.match(next_line) is not None)
    )


# A navigation trail printed with slashes from the home page ('首页/政务公开/…/土地资源/正文<heading>', fresh20 神木;
# '当前位置:首页 / 乡镇街道、部门两区 / 农村集体产权 / 项目公告 / 详情', fresh9 上虞): the trail is site chrome
# (LABELLING title: 'Not breadcrumbs'). Its last step '正文' / '详情' names the page, so a heading glued to it is
# the page's own heading — kept even when it is only the notice's type words, as every such heading is labelled.
_SLASH_TRAIL = re.compile(r"^\s*(?:(?:当前|您的)?位置\s*[:：]\s*)?首页\s*[/／]")
_PAGE_STEP = re.compile(r"^(?:正文|详情|详细|内容)\s*")


def slash_trail_title(title: str) -> str | None:
    """The heading glued to a slash trail's last step, '' for a trail with none, None when no trail."""
    if not _SLASH_TRAIL.match(title):
        return None
    last = re.split(r"\s*[/／]\s*", title)[-1]
    m = _PAGE_STEP.match(last)
    heading = last[m.end() :] if m else ""
    return heading if re.search(r"(?:公告|公示|通知|结果)$", heading) and len(heading) >= 6 else ""


# A code run into the next item's label. The line reader ends a value where a known label starts; a label
# printed with a qualifier before it ('采购执行编号：', '原公告的采购项目名称:') is found at its known tail, so the
# qualifier stays on the code: 'QJQ26C00050 采购执行' (fresh19 綦江), 'LNZD20250108原公告的' (fresh25 大连). A code
# holding a label's colon ('FS…号交易平台:安徽…监督部门:…', fresh20 合肥) is a run across items: no code.
_CODE_THEN_WORDS = re.compile(
    r"^(?P<code>[A-Za-z0-9][A-Za-z0-9\-_/.()（）\[\]【】〔〕]{5,}[A-Za-z0-9)）\]】〕])\s*(?P<tail>[\u3400-\u9fff]{2,8})$"
)
_HELD_LABEL = re.compile(r"[\u3400-\u9fff]{2,}\s*[:：]")


def run_on_code(text: str, raw: str, snippet: str) -> str | None:
    """``text`` (a project_number) without a next label's qualifier; None when it holds a whole label."""
    if _HELD_LABEL.search(text):
        return None
    m = _CODE_THEN_WORDS.match(text)
    if not m or re.match(r"[号期批包]|标段|[一二三四五六七八九十]", m.group("tail")):  # '…二期', '…号'
        return text
    at = snippet.find(raw.strip()) if raw.strip() else -1
    after = snippet[at + len(raw.strip()) :] if at >= 0 else ""
    # only where a label's end follows at once ('…采购执行' + '编号：'): the words are the label's head
    return m.group("code") if re.match(r"[\u3400-\u9fff]{0,8}\s*[:：]", after) else text


# The site's own number: a page-store copy keeps the portal's header or footer, '服务电话:0632-…' above a news
# report (fresh13 榆中), '主办单位:…' / '地址:…邮编:… 联系电话:0552-…' under the 落款 (fresh24 新蔡). LABELLING
# contact_phone: 'Not … site chrome'.
_SITE_PHONE = re.compile(r"(?:服务|客服)电话|主办单位|承办单位|版权所有|ICP备|网站(?:地址|标识码)")
_SITE_BLOCK = re.compile(r"^\s*(?:主办单位|承办单位|主办|版权所有)\s*[:：]")


def site_phone(snippet: str, lines: list[str]) -> bool:
    """True when the phone's snippet is the site's chrome, or stands right under the site's 主办单位 line."""
    if _SITE_PHONE.search(snippet):
        return True
    s = snippet.strip()
    for i, ln in enumerate(lines):
        if i > 0 and ln.strip()[:60] == s[:60]:
            return _SITE_BLOCK.match(lines[i - 1]) is not None
    return False
