"""Plain text → the HTML the layout readers work on, so text is read by the same readers as pages.

Real input arrives as text too: a public page store's text rendering, an attachment converted to
text, a JSON record whose content is text. Those renderings print table rows as ``a | b | c |``
(several cells on a line) or one cell per line (``a |``), turn full-width punctuation into ASCII
(``：`` → ``:``; the label readers accept both) and leave ``&`` where a ``&nbsp;`` was. Each text line
becomes a paragraph, each run of ``|`` rows a table, and the notice's own title line (the first that
ends with the notice's type word, optionally followed by its document number) becomes the page's
``h1.title`` — site chrome above it (navigation, an injected line) stays a paragraph.
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import pairwise

from .fieldspecs import TYPE_ALIASES
from .hanzi import translate_only
from .headgrid import bands, regrid
from .labels import AREA, MONEY, YEARS, core_label, keys_for, kind_of
from .normalize import DATE_ONLY, split_people
from .patterns import LOT_COLON
from .precise import reference_number
from .printed import Printed, without_notes
from .spacetable import items_in_turn, label_value_pairs, space_tables

_CJK = re.compile(r"[\u3400-\u9fff]")
_MASK_CHAR = re.compile(r"[*＊]")
# what a notice's text contains somewhere: otherwise a bare string is no page at all
_NOTICE_WORDS = re.compile(
    r"公告|公示|结果|记录|通知|出让|招标|采购|成交|中标|交易|项目|编号|名称|决定|计划|地块|起始价|用途|[:：]"
    # a housing report names its programme ('保障性安居工程', '棚户区改造', '公租房')
    r"|安居工程|保障性住房|保障房|棚户区|公租房|公共租赁住房|危房改造"
    # a news report of a sale states the deal in sentences ('公开拍租…', '以X万元竞得', '合同金额21万元')
    r"|拍卖|拍租|招租|出租|竞标|竞得|竞买|挂牌|合同金额|成交价"
)
_AMP = re.compile(r"&(?![a-zA-Z]{2,8};|#\d{2,6};)")
# a tag's attribute tail left in front of the text by a broken rendering ('…__ko__16="ko30">矿山名称:')
_ATTR_TAIL = re.compile(r"^[^<>\n]{0,160}=\s*\"[^\"<>\n]*\"\s*>")
_TITLE = re.compile(
    # (a repeated call names its round after the notice word, part of its title: '…招租公告第三次')
    # ('…终止本次' / '招标的说明', '…招標情況的說明': a notice to the bidders titled as an explanation)
    r"^(?P<t>(?:[^:：|]{5,110}?(?:公告|公示|结果|记录表|记录|通知|公开|公布|公告书)|[^:：|]{0,110}?招[标標](?:情[况況])?的[说說]明"
    # (round 19d: a letter headed '关于<…>的情况说明' / '关于<…>的说明', fresh25 锡山, fresh25 大庆's page title)
    r"|关于[^:：|]{4,110}?的(?:情况)?说明"
    # ('…工程项目推迟开标情况说明': a letter on the opening put off)
    r"|[^:：|]{4,110}?(?:推迟|推遲|延期|暂停|暫停)(?:开标|開標|招[标標])的?情[况況][说說]明"
    # ('…招标项目流标情况说明', '…废标情况的说明': a letter on a tender that failed)
    r"|[^:：|]{4,110}?(?:流[标標]|废[标標]|廢[標])情[况況]的?[说說]明"
    # a contract notice printing the contract itself: '…服务采购政府采购合同(服务类)'
    # (round 19f: a bracket in the name may hold a colon, '…(三标段:红旗路桥北至马楚公园界)续签合同…', fresh4 浏阳)
    r"|(?![^:：|]*(?:签订|簽訂|双方|雙方))(?:[^:：|()（）]|[（(][^()（）|]{0,40}[)）]){5,110}?政府采[购購]合同(?:[（(](?:[^()（）]|[（(][^()（）]{0,8}[)）]){1,16}[)）])?)"
    r"(?:[（(]?第[一二三四五六七八九十\d]{1,2}次[)）]?)?)"
    r"(?:\s*[（(]?[^\s（()）:：]{0,24}号[)）]?)?$"
)
_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)
_MIN_CJK = 20
_CRUMB = re.compile(r">|»|›|您的位置|当前位置")  # a navigation trail ending in the channel's name is no title


# labels one notice type reads as an item (投标报价 is a result's amount): labels too, one cell per line
_ALIAS_LABELS = frozenset(label for aliases in TYPE_ALIASES.values() for label in aliases)


def _label_line(line: str) -> bool:
    """A line that is only a known item label (one cell per line: the value is on the next line)."""
    if len(line) > 14 or ":" in line or "：" in line:
        return False
    core, _ = core_label(line)
    return bool(core) and (
        bool(keys_for(core))
        or core in _ALIAS_LABELS
        or bool(_PARTY_PHONE.fullmatch(core))
        or core == "单位名称"
    )


# a party's phone as its own cell ('招标人联系电话' / '招标代理机构联系电话'), or a party block's '单位名称'
# under '招标人信息': no key of their own (the readers say whose it is from the party word or block), but
# labels whose value is the next line
_PARTY_PHONE = re.compile(
    r"(采购人|招标人|转让方|出租方|出让方|出让人|业主|委托方|建设单位|(招标|采购)?代理机构)(联系)?(电话|手机)"
)

# a date printed one token per line ('2026年' / '03' / '月' / '16' / '日至'): a table cell rendered
# with each run of digits and each unit in a span of its own
# (round 17e: a year printed with its month, '2026年03月' / '27' / '日', fresh15 凤翔)
_DATE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月)?")
# the clock time after a date's 日 line, a span of its own: '09时00分00秒（北京时间）', '10:00'
_CLOCK_LINE = re.compile(r"\d{1,2}\s*(?:[:：]\s*\d{2}|时|点)")
_DATE_PART = re.compile(r"\d{1,2}|[年月日]|[年月日时][^\d]{0,2}")


_DATE_START = re.compile(r"(?:19|20)\d{2}\s*[年\-/.]")


def _join_colon_lines(lines: list[str]) -> list[str]:
    """'第一中标候选人' / ': 某某建设有限公司' → '第一中标候选人: 某某建设有限公司': a label printed in one span
    and its colon with the value in the next.  Only a short label line with no colon and no sentence
    end; a line that is the colon alone takes the next line too when that is a short value."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        prev = out[-1] if out else ""
        if ln[:1] in ":：" and prev and len(prev) <= 20 and not re.search(r"[:：|。；;，,]", prev):
            rest = ln[1:].strip()
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if (
                not rest
                and nxt
                and len(nxt) <= 40
                and not re.search(r"[:：|]", nxt)
                and not _DATE_START.match(nxt)
            ):
                rest = nxt  # (a date under '招标人（盖章）' / ':' stays a line of its own: the 落款 date)
                i += 1
            out[-1] = f"{prev}:{rest}"
            i += 1
            continue
        out.append(ln)
        i += 1
    return out


def _join_spans(lines: list[str]) -> list[str]:
    """A sentence whose filled-in values were spans of their own, printed one per line: '投标截止时间为' /
    '2026-04-07 09:00' / '，投标人应…' → one line.  A line opening with a comma or a full stop goes on
    the line before it (no sentence opens so), and a line that stops on 为 / 于 takes a short line
    after it (the value the template put there).  Table rows ('|') are left alone."""
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        if prev and "|" not in prev and "|" not in ln:
            # ('、协议出让人' is an item whose number was lost, not a sentence's continuation)
            if ln[:1] in "，,。；;" and not prev.endswith(("。", "；", ";")):
                out[-1] = prev + ln
                continue
            if (
                re.search(r"[\u3400-\u9fff)）](?:为|于)$", prev)
                and len(ln) <= 40
                and not _NUMBERED.match(ln)
                and not _label_line(ln)
            ):
                out[-1] = prev + ln
                continue
        out.append(ln)
    return out


# a rendering that broke a line at every few characters (a PDF's text layer): '1.截止时' / '间：' / '202' /
# '6年' / '3' / '月' / '20' / '日' / '9' / '时' / '00分'
_SPLIT_PIECE = re.compile(r"[\d年月日时分点:：]{1,5}")
_SPLIT_DATETIME = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\d{1,2}[时点:：]\d{0,2}分?)?")
_LABEL_TAIL_PIECE = re.compile(r"[\u4e00-\u9fff][:：]")  # one character and a colon: no label is that short


def _join_char_split(lines: list[str]) -> list[str]:
    """A label cut before its last character ('1.截止时' / '间：') joined, and a date(-time) broken into pieces
    of a few characters joined whole and put after the '…时间：' label over it: the longest run of pieces
    that reads as one date, from a line opening with digits, of three pieces or more."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if out and _LABEL_TAIL_PIECE.fullmatch(ln) and len(out[-1]) <= 12 and out[-1][-1:] not in ":：。，,":
            out[-1] += ln
            i += 1
            continue
        if re.match(r"\d", ln) and _SPLIT_PIECE.fullmatch(ln):
            j = i
            while j < len(lines) and j - i < 14 and _SPLIT_PIECE.fullmatch(lines[j]):
                j += 1
            k = next((k for k in range(j, i + 2, -1) if _SPLIT_DATETIME.fullmatch("".join(lines[i:k]))), None)
            if k is not None:
                joined = "".join(lines[i:k])
                if (
                    out
                    and len(out[-1]) <= 12
                    and out[-1][-1:] in ":："
                    and re.search(r"期|时间|日期", out[-1])
                ):
                    out[-1] += joined
                else:
                    out.append(joined)
                i = k
                continue
        out.append(ln)
        i += 1
    return out


def _join_split_dates(lines: list[str]) -> list[str]:
    """'2026年' / '03' / '月' / '16' / '日至' → '2026年03月16日至' (and a run opened by '2026' / '年').

    Only a year line followed by at least month and day tokens, each a line of its own; the run ends
    at the line that carries 日 (with what it glues on, '日至', '日）')."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if _DATE_YEAR.fullmatch(ln):
            j = i + 1
            parts = [ln]
            while j < len(lines) and j - i <= 6 and _DATE_PART.fullmatch(lines[j]):
                parts.append(lines[j])
                j += 1
                if lines[j - 1].startswith("日"):
                    break
            if parts[-1] == "日" and j < len(lines) and _CLOCK_LINE.match(lines[j]) and len(lines[j]) <= 24:
                parts.append(lines[j])  # round 17e: '日' / '09时00分00秒（北京时间）' — the day's clock time
                j += 1
            joined = "".join(parts)
            if re.match(r"(?:19|20)\d{2}\s*年\d{1,2}月\d{1,2}日", joined):
                if out and re.search(r"至$", out[-1]) and re.search(r"\d日至$", out[-1]):
                    out[-1] += joined  # the period's end: '2026年03月16日至' + '2026年03月18日）'
                elif (
                    out
                    and len(out[-1]) <= 12
                    and out[-1][-1:] in ":："
                    and re.search(r"期|时间|日期", out[-1])
                ):
                    out[-1] += joined  # '（公示期：' over its period
                else:
                    out.append(joined)
                i = j
                continue
        out.append(ln)
        i += 1
    return out


# round 17e: an item's number printed as a span of its own over the rest of its head: '六' / '、递交响应文件' /
# '截止时间：…' (fresh10 凉山), '9' / '、开标时间：2026年3月9日09:30' (fresh10 漳州 芗城): one head, '六、递交响应文件'
_LONE_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}|\d{1,2}")


def _join_item_numbers(lines: list[str]) -> list[str]:
    """A lone item number joined to the line after it when that line opens with the number's '、'."""
    out: list[str] = []
    for ln in lines:
        if out and ln[:1] == "、" and len(ln) > 1 and _LONE_NUMBER.fullmatch(out[-1]):
            out[-1] += ln
            continue
        out.append(ln)
    return out


def looks_like_text_notice(text: str) -> bool:
    """Enough Chinese text and at least one notice word: a text rendering, not a stray string."""
    sample = text[:20000]
    # (a traditional copy says 公告, 項目, 招標: its words are looked for folded)
    return len(_CJK.findall(sample)) >= _MIN_CJK and bool(_NOTICE_WORDS.search(translate_only(sample)))


def _clean(line: str) -> str:
    line = _AMP.sub(" ", line)
    line = _ATTR_TAIL.sub("", line)
    return line.strip()


# a caption printed as a grid's one-cell row: '…具体情况', '…明细表', '…一览表', '…清单'
_CAPTION_CELL = re.compile(r"(?:具体情况|基本情况|明细|清单|一览表|信息表|情况表)$")


def _cells(line: str) -> list[str]:
    parts = [c.strip() for c in line.split("|")]
    if parts and parts[-1] == "":
        parts = parts[:-1]
    return parts


# a detail page's date line ('发布时间:2021-05-06', '【信息时间: 2021/4/30 阅读次数: 16】'): the line above
# it is the page's own title, whatever word it ends with (…营业用房招租, …地块, …开设账户项目)
_DATE_LINE = re.compile(r"^\s*[【\[]?\s*(?:信息)?(?:发布|公示|公告|信息)(?:时间|日期)\s*[:：]")


# site chrome printed where a title could be: a channel tag in front ('【出让公告】…10号'), a widget's
# caption ('点击关闭详细目录信息'), a tool bar ('我要打印', '字体：大 中 小')
_CHROME_WORDS = re.compile(
    r"点击|关闭|打印|收藏|字体|分享|返回|访问次数|浏览次数|阅读次数|相关下载|附件下载|相关附件"
    # (round 25b: an aggregator's paywall prompt, '查看隐藏内容(*)需先登录', '登录后查看': never part of a heading)
    r"|需先?登录|登录后|隐藏内容"
)
# a channel tag in front of a document number ('【出让公告】宁排污出让告字[2025]10号') is the list's entry,
# a tag in front of a notice's own title ('[意见征询]关于…的公告') is part of that title
_TAGGED_NUMBER = re.compile(r"^\s*[【\[][^】\]]{1,10}[】\]].*号\s*$")


# round 25b: an entry of a site's 最新公告 / 新区动态 list, cut by the site to its box with '...' ('2025年度某新区国有资...'),
# two such entries glued on one line by a text copy ('…保障性租...国有土地划拨供地成交公示'): another notice's title
TRUNCATED = re.compile(r"\.{3}|…(?!…)\s*$|(?<!…)…(?!…)\S")


def in_cut_list(lines: list[str], i: int) -> bool:
    """(round 25b) Whether ``lines[i]`` stands in a site's list of entries cut with '...': a neighbour is one, so the
    line is an entry of the same list (a short title the box did not cut), not the page's heading."""
    return any(
        0 <= j < len(lines) and TRUNCATED.search(lines[j]) and not _CUT_PARAGRAPH.search(lines[j])
        for j in (i - 1, i + 1)
    )


# (round 28b) a paragraph cut by the site ('导读 据某报,近日,…湖北省今年拟分6批次出让...', '某某网讯 9月4日晚间,某公司发布公告称,
# …中标单位。 (编辑 某某) ...'): a news item's summary or lede under its headline, sentences long, not an entry of a
# list of titles
_CUT_PARAGRAPH = re.compile(r"^(?=.{61,}).*[，,。；;].*[，,。；;]")


def _chrome(line: str) -> bool:
    """Site chrome printed where a title could be: a tool bar, a widget's caption, a list entry."""
    return bool(_CHROME_WORDS.search(line) or _TAGGED_NUMBER.match(line) or TRUNCATED.search(line))


# a title's line that continues the one above with a part's name ('-灯光工程', '——二标段')
DASH_OPEN = re.compile(r"^[-－—–]+")

# a line naming the issuer, printed above a title that starts with the notice's type
_ISSUER = re.compile(r"(中心|局|公司|委员会|政府|办公室|厅|院|所|站|集团|部)$")


_DECIMAL_OPEN = re.compile(r"^\s*\d{1,3}[.．]\d+\s*(?:亿|万|元|%|％)")


def _plain_title(line: str) -> bool:
    """A line that can be a page title: Chinese, not a label, a table row, a crumb, a number or chrome."""
    return (
        6 <= len(line) <= 110
        # (round 18c) LABELLING 'title: never a 文号 (…告字〔2025〕N号)'; the heading is elsewhere
        and not reference_number(line)
        # (round 27c: a lot's colon, '…项目2包：技术支持公开招标公告', is no label's)
        and not re.search(r"[|:：]", re.sub(LOT_COLON, "", line))
        # (round 18c: a headline opening with a decimal figure, '3.5元/吨!…', is not an item numbered '3.')
        and not (_NUMBERED.match(line) and not _DECIMAL_OPEN.match(line))
        and not _CRUMB.search(line)
        and not _chrome(line)
        # (a mask stands for the characters it hides: '**县国有建设' / '用地使用权…公告' is a wrapped heading)
        and len(_CJK.findall(line)) + len(_MASK_CHAR.findall(line)) >= 6
    )


# a line that is only the notice's kind, under the project's line: '施工招标公告', '招 标 公 告' (its spaces dropped)
# (round 19d: or the tender documents' cover, '<项目>' over '招 标 文 件', fresh26 阜阳)
KIND_ONLY = re.compile(
    r"(?:施工|监理|设计|勘察|货物|服务|工程)?(?:公开)?(?:招标|采购|比选|发包|竞争性磋商|竞争性谈判|询价)(?:公告|公示)"
    r"|(?:招标|采购|比选|竞争性磋商|竞争性谈判|磋商|谈判|询价)文件"
)


# round 23c: an item of a list of links, marked by a bullet and its space ('- 某中心关于…的中标公告', '• …' under 相关新闻,
# fresh33 敖汉): another notice's title, never the page's own
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪●◆■]\s+|[•·▪●◆■])")


def _lot_colons_kept(line: str) -> str:
    """``line`` with a lot's colon ('…项目2包：技术支持公开招标公告', patterns.LOT_COLON) printed as '·', the same length:
    round 27c, a heading naming its lot is a title, as the label-colon tests would refuse it."""
    return re.sub(LOT_COLON, lambda m: m.group(0)[:-1] + "·", line)


def title_span(lines: list[str], window: int = 30, dated_only: bool = False) -> tuple[int, int] | None:
    """(first, last) index of the notice's own title among the first lines, None when none looks like one.

    The line above a 发布时间 line is the title (whatever word it ends with) unless it is site chrome;
    otherwise (unless ``dated_only``) the first line that ends with a notice word.  A title wrapped
    over two lines ('…瓷土矿普查' / '探矿权挂牌出让公告') is both lines, unless the first names the issuer.
    """
    found = next(
        (
            i - 1
            for i, ln in enumerate(lines[1 : 2 * window], 1)  # long navigation above a whole page
            if _DATE_LINE.match(ln) and _plain_title(lines[i - 1])
        ),
        None,
    )
    if found is None:  # a title block printing its bare date under it ('…采购项目' / '2021-06-28')
        found = next(
            (
                i - 1
                for i, ln in enumerate(lines[1:4], 1)
                if DATE_ONLY.fullmatch(ln.strip())
                and _plain_title(lines[i - 1])
                # an issuer above a bare date is the 落款 of a short notice, not its title
                and not (_ISSUER.search(lines[i - 1]) and not _TITLE.match(lines[i - 1]))
            ),
            None,
        )
    # (a news page may print its date line above the headline: '发布日期:2019-03-22 浏览次数:' / '<headline>')
    h = 1 if lines and _DATE_LINE.match(lines[0]) else 0
    if (
        found is None
        and not dated_only
        and len(lines) > h + 1
        and _plain_title(lines[h])
        and len(lines[h]) <= 40
        and len(_CJK.findall(lines[h])) >= 10  # (a section's caption, '增资企业承诺', is no headline)
        and not re.search(r"[，,。；;:：]", lines[h])
        and len(lines[h + 1]) >= 60
        and re.search(r"[，,].*。", lines[h + 1])
    ):
        found = h  # a news report's headline over its first paragraph ('某集团公开拍租…' / '某集团于近日…。')
    if found is None and not dated_only:
        for i, ln in enumerate(lines[:window]):
            if "|" in ln or _NUMBERED.match(ln) or _CRUMB.search(ln) or _chrome(ln) or _LIST_ITEM.match(ln):
                continue
            if in_cut_list(lines, i):
                continue  # (round 25b) the last, uncut entry of a site's list of cut entries
            if (
                _TITLE.match(_lot_colons_kept(ln))
                and not re.search(r"[，,。；;]", ln)
                and not reference_number(ln)
            ):
                found = i
                break
    if found is None:
        return None
    m = _TITLE.match(_lot_colons_kept(lines[found]))
    prev = lines[found - 1] if found else ""
    first = found
    if (
        m is not None
        and len(m.group("t")) <= 16
        and prev
        and _plain_title(prev)
        and len(prev) <= 60
        and not _TITLE.match(prev)
        and not _ISSUER.search(prev)
        and not _DATE_LINE.match(prev)
    ):
        first = found - 1
    elif (
        m is not None
        and prev.startswith("关于")
        and _plain_title(prev)
        and len(prev) <= 60
        and not _TITLE.match(prev)
        and not re.search(r"[，,。；;:：]", prev)
    ):
        first = found - 1  # '关于某某旗某某北' / '采砂场…出让结果的公示': a title wrapped after its 关于 line
    elif (
        m is not None
        and len(m.group("t")) <= 16
        and DASH_OPEN.match(prev)
        and len(prev) <= 30
        and ":" not in prev
    ):
        first = found - 1  # '…改造提升工程' / '--灯光工程' / '中标候选人公示': the dash line joins below
    # a line opening with a dash names a part of the project on the line above ('…建设项目' / '-单体建筑
    # 主体工程劳务招标结果的公示'): the title starts on that line
    while first > 0 and DASH_OPEN.match(lines[first]) and dash_head(lines[first - 1]):
        first -= 1
    if m is None and first == found:
        # (round 19d) the page's title line over its date, then the body's heading: the same project line over a
        # line that is only the kind ('…发包项目' / '发布日期:…' / '…发包项目' / '招 标 公 告', fresh9 上虞): the body's
        # heading is the title (LABELLING 'title: the body heading when the page has one'; 'a project line above
        # the type line is joined')
        for j in range(found + 1, min(found + 5, len(lines) - 1)):
            if lines[j] == lines[found] and KIND_ONLY.fullmatch(re.sub(r"\s", "", lines[j + 1])):
                return j, j + 1
    return first, found


# a body's first sentence: long, with its clauses
_SENTENCE = re.compile(r"[，,。；;]")


# (round 19f) a works tender's kind line, with the template's province name before it and its procedure bracketed
# after it: '招标公告', '江苏省工程建设项目招标公告(资格后审)' (a county's '发包公告' under its project line is left to the
# page's title: fresh 长兴's label takes the page's '…施工[抽签法]')
_KIND_LINE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}省)?(?:工程建设项目)?(?:施工|监理|设计|勘察)?招标公告(?:[（(][^()（）]{1,8}[)）])?"
)


def body_heading(lines: list[str], title: str, window: int = 8) -> str | None:
    """(round 19d) The notice's own heading printed under the page's title, just above the body's first sentence.

    An aggregator or a reprint heads the page with its own wording of the notice ('…厨具设备中标公告' over a crumb,
    the project's name and '…竞争性磋商成交公告' / '本采购项目…' (fresh26 鄂州); '…暂停招标的情况说明' over the same
    line and '…暂停招标的公告' / '<工程>,前期工作…' (fresh25 大庆)).  The line that ends with a notice word and opens
    the body (its next line a sentence) is the notice's own heading (LABELLING 'title: the body heading when the
    page has one'); the page's title is kept when no such line differs from it, or when it is the fuller form of
    that line (its words in order with a code, a round or a tag added: 'PW2018(SZ)GK0005佛山市排污权公开出让(2018年第2期
    第3次)交易方式公告' over '佛山市排污权交易方式公告', fresh5 佛山).
    """
    key = re.sub(r"\s", "", title)
    at = next((i for i, ln in enumerate(lines[:40]) if re.sub(r"\s", "", ln) == key), None)
    if at is None or not key:
        return None
    for j in range(at + 1, min(at + window, len(lines) - 1)):
        ln, nxt = lines[j].strip(), lines[j + 1].strip()
        numbered = numbered_heading(lines, j, key)
        if numbered is not None:
            return numbered or None
        if reference_number(nxt) and j + 2 < len(lines) and _in_order(key, re.sub(r"\s", "", ln)):
            # the heading's 文号 under it, the page's title a shorter form of it ('国有土地使用权挂牌出让公告' over
            # '新晃侗族自治县国土资源局国有土地使用权挂牌出让公告' / '晃国土挂字〔2019〕9号', fresh24 新晃; a title naming
            # the parcel over a heading naming the sale stays, as dev 温州's label has it)
            nxt = lines[j + 2].strip()
        if re.sub(r"\s", "", ln) == key:
            continue
        if (
            6 <= len(ln) <= 120
            and _KIND_LINE.fullmatch(re.sub(r"\s", "", nxt))
            and not _TITLE.match(ln)
            and not _SENTENCE.search(ln)
            and not re.search(r"[:：|]", ln)
            and not _CRUMB.search(ln)
            and not _chrome(ln)
            and not reference_number(ln)
        ):
            # (round 19f) the works template's heading, a project line over its kind line ('<工程>（项目名称）<工程>
            # （标段名称）施工' / '招标公告', fresh19 苏州; '<工程>施工图设计' / '江苏省工程建设项目招标公告(资格后审)',
            # fresh17 镇江's aggregator copy): the two joined (LABELLING 'title: a project line above the type line
            # is joined') are the body's heading, unless the page's title is its fuller form
            joined = ln + nxt
            return None if _in_order(re.sub(r"\s", "", joined), key) else joined
        if (
            len(ln) >= 10
            and _TITLE.match(ln)
            and not _SENTENCE.search(ln)
            and not _CRUMB.search(ln)
            and not _chrome(ln)
            and not reference_number(ln)
            and len(nxt) >= 30
            and _SENTENCE.search(nxt)
        ):
            return None if _in_order(re.sub(r"\s", "", ln), key) else ln
    return None


# (round 28j) the header block of a formal notice under a site's own title line: the issuer on its own line, the notice's
# heading, its number (a 文号 '衢市告字[2019]1号', '东自然资规告字[2024]20号', or a labelled '公告编号:…'), then the body's first
# sentence; LABELLING 'title: the body heading when the page has one' and 'an issuer line is not part of the title'
_ISSUER_LINE = re.compile(r"^[\u3400-\u9fff（）()]{4,30}?(?:局|分局|中心|委员会|政府|办公室|厅|公司|集团)$")
_HEADING_END = re.compile(r"(?:公告|公示|公布|通知|通告)$")
_NUMBER_LINE = re.compile(
    r"^(?:公告)?编号\s*[:：]\s*\S{4,30}$"
    # (a 文号's shape the 文号 reader does not take: a bracket in its issuer's code, a masked year, '诸市自然告(工)字[(略)](略)号')
    r"|^[\u3400-\u9fff（）()]{2,20}?\s*[〔\[［【﹝]\s*[^〕\]］】﹞\s]{2,8}\s*[〕\]］】﹞]\s*第?\s*[^\s号]{1,8}号$"
)


def issuer_block_heading(lines: list[str], title: str, window: int = 40) -> str | None:
    """(round 28j) The heading of the issuer / heading / number block under the page's title (module note above), when
    it differs from the title; None when the page prints no such block."""
    block = issuer_block(lines, window)
    if block is None:
        return None
    return None if re.sub(r"\s", "", block[1]) == re.sub(r"\s", "", title) else block[1]


def issuer_block(lines: list[str], window: int = 40) -> tuple[str, str] | None:
    """(round 28j) (issuer, heading) of a formal notice's issuer / heading / number block among the first lines."""
    for i in range(min(window, len(lines) - 3)):
        issuer, head, number, first = (lines[i + k].strip() for k in range(4))
        bare = re.sub(r"\s", "", head)
        if not (
            _ISSUER_LINE.match(re.sub(r"\s", "", issuer))
            and 6 <= len(bare) <= 60
            and _HEADING_END.search(bare)
        ):
            continue
        if _SENTENCE.search(head) or re.search(r"[:：|]", head) or _CRUMB.search(head) or _chrome(head):
            continue
        if not (reference_number(number) or _NUMBER_OPENING.match(number) or _NUMBER_LINE.match(number)):
            continue
        if len(first) < 30 or not _SENTENCE.search(first):
            continue
        return issuer, head
    return None


# round 25b: the opening of a document number (文号) on the line under a heading, its issuer's words, 字 and the year's
# bracket, however the copy cut its end ('温政务中心土告字〔20248', a page store's truncated line)
_NUMBER_OPENING = re.compile(r"^[\u3400-\u9fff]{1,14}字\s*[〔\[［(（【﹝]\s*[\d*＊]{2,4}")


def numbered_heading(lines: list[str], j: int, key: str) -> str | None:
    """(round 25b) The notice's own heading at ``lines[j]`` when it is stamped with its document number: a line that
    ends with a notice word, over a 文号 line (or its opening), printed under a page title ``key`` that is itself a
    notice's title (it ends with a notice word too).

    A page store heads its copy with its own wording of the notice ('浙江省湖州市长兴县土地出让公告', '<地块名>出让公告')
    and then prints the issuer's heading, its 文号 and the body: the heading the issuer numbered is the notice's own
    (LABELLING 'title: the body heading when the page has one'). Returns '' (keep the page title) when the page title
    is the heading's fuller form (the heading's words in order in it, a code or round added: fresh5 佛山), and None
    when the line is no such heading. A page title that names only the object sold ('温州市核心片区…A-14b地块', no
    notice word: dev 温州's label) is not another wording of the notice and is kept (None)."""
    ln = lines[j].strip()
    nxt = lines[j + 1].strip() if j + 1 < len(lines) else ""
    bare = re.sub(r"\s", "", ln)
    if not (
        _TITLE.fullmatch(key)
        and bare != key
        and 8 <= len(bare) <= 60
        and _TITLE.fullmatch(bare)
        and not _SENTENCE.search(ln)
        and not re.search(r"[:：|]", ln)
        and not _CRUMB.search(ln)
        and not _chrome(ln)
        and not reference_number(ln)
        and (reference_number(nxt) or _NUMBER_OPENING.match(nxt))
    ):
        return None
    return "" if _in_order(bare, key) else ln


def _in_order(short: str, long: str) -> bool:
    """Whether every character of ``short`` stands in ``long`` in the same order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def dash_head(line: str) -> bool:
    """Whether ``line`` can be the head of a title whose next line opens with a dash ('…建设项目' over
    '-单体建筑主体工程劳务招标结果的公示'): a title-like line that is no title of its own, no issuer, no date."""
    return (
        _plain_title(line)
        and len(line) <= 60
        and not _TITLE.match(line)
        and not _ISSUER.search(line)
        and not _DATE_LINE.match(line)
    )


def dated_title(lines: list[str], window: int = 60) -> str | None:
    """The title just above the page's 发布时间 line when it can be one (whole pages: the title element
    is often a plain cell, and the first lines are navigation)."""
    span = title_span(lines, window // 2, dated_only=True)
    return "".join(lines[span[0] : span[1] + 1]) if span else None


def title_line(lines: list[str]) -> int | None:
    """Index of the (last line of the) notice's own title among the first lines, or None."""
    span = title_span(lines)
    return span[1] if span else None


_FIGURE = re.compile(r"[\d.,，]+\s*(?:万元|元|吨|%|㎡|平方米)?")
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
_UNIT_TAIL = re.compile(r"[（(](万?元|%|％|㎡|平方米|m2|年|天|日历天)[)）]$")
_LABEL_TAIL = re.compile(
    r"(名称|地址|电话|情况|信息|类型|方式|时间|日期|金额|价格|编号|单位|人|方|号码|说明|原因)$"
)
_GLUE_STOP = re.compile(r"^[及和与、的为是：:，,。（(]")
_UNIT_LINE = re.compile(r"^[（(][^()（）]{1,10}[)）]$")


def _known_prefix(text: str, start: int = 0) -> int:
    """Length of the longest known item label (≥ 3 characters) at ``start`` of ``text``, else 0."""
    for n in range(min(12, len(text) - start), 2, -1):
        if keys_for(text[start : start + n]):
            return n
    return 0


# a notice's kind alone: what follows a label-like word in a title's wrapped last line
_KIND_REST = re.compile(
    r"(?:竞争性磋商|竞争性谈判|公开招标|询价|单一来源)?(?:采购|招标|成交|中标|结果|出让|挂牌|拍卖|更正|变更|终止|废标)*"
    r"(?:结果)?(?:公告|公示|通知)"
)


# (round 27a) the tender documents' chapters a party's word opens: '供应商须知(前附表)', '投标人须知', '响应格式'
_DOC_PART = re.compile(r"(?:须知|前附表|格式|承诺函|声明函|资格(?:要求|条件|审查))")


def _split_glued(line: str) -> str:
    """'交易编号吴排污(竞)[2025]-05号' → '交易编号:吴排污(竞)[2025]-05号': a table rendered to text with the
    cell border lost glues each label to its value.  Only a known label at the start of a line with
    no colon near it, followed by a short value that is no sentence; the value ends where another
    known label starts ('出让年限5年替代比例1:1' keeps '替代比例…' out as an unknown label after ':')."""
    n = _known_prefix(line)
    if not n or n >= len(line) or "|" in line or re.search(r"[:：]", line[: n + 1]):
        return line
    rest = line[n:]
    if re.search(r"[\u3400-\u9fff）)][:：]", rest) or (len(rest) <= 6 and _LABEL_TAIL.search(rest)):
        # '中标人情况：', '中标供应商地址': a label of its own (a heading, a column), not 中标人 glued to a value
        return line
    if _GLUE_STOP.match(rest) or rest[0].isspace() or len(rest) > 60 or re.search(r"[，,。；;]", rest):
        return line
    if _KIND_REST.fullmatch(rest):
        return line  # '采购项目成交公告': a title's last line ('…技术服务' / '采购项目成交公告'), no label's value
    if _DOC_PART.match(rest):
        return line  # round 27a: '供应商须知前附表' (fresh46 深圳 澄清): a chapter of the documents, no 供应商 named so
    for i in range(1, len(rest) - 2):
        m = _known_prefix(rest, i)
        if m and i + m < len(rest):
            return f"{line[:n]}:{rest[:i]} {rest[i : i + m]}:{rest[i + m :]}"
    return f"{line[:n]}:{rest}"


def _glue_units(lines: list[str]) -> list[str]:
    """'起始价' / '(元/吨)' → '起始价(元/吨)': a label cell wrapped before its unit note."""
    out: list[str] = []
    for ln in lines:
        if out and _UNIT_LINE.match(ln) and _label_line(out[-1]):
            out[-1] += ln
            continue
        out.append(ln)
    return out


_HEAD_FRAGMENT = re.compile(r"[^:：|，,。；;、]{1,14}")
_MAX_HEAD = 24


def _known(cell: str) -> bool:
    core, _ = core_label(cell)
    return bool(core) and bool(keys_for(core))


def _opens_header(cell: str) -> bool:
    """A first header cell: a known label, one ending in a known label ('地号编号及土地位置'), or a
    row number column ('序号')."""
    core = core_label(cell)[0]
    return bool(_RANK_HEAD.fullmatch(core) or _BIDDER_HEAD.fullmatch(core)) or any(
        keys_for(core[-n:]) for n in range(len(core), 1, -1)
    )


# a bidder list's first column ('供应商信息' / '资格审查结果' / … / '推荐排名'): no item key of its own
_BIDDER_HEAD = re.compile(r"(?:投标)?供应商(?:信息|名称)|投标人(?:名称)?|投标单位(?:名称)?")


# column words of candidate and bidder lists (no item key of their own)
# (a lot column opens a result table as a row number does: '包号' / '成交供应商名称' / '成交金额(元)')
_RANK_HEAD = re.compile(r"序号|排名|名次|排序|包号|包组|标包|合同包号?|包件号?|标段号?|分包号?")
_COLUMN_WORD = re.compile(r"^(序号|排名|名次)$|报价|金额|价格|得分|单位(名称)?$|供应商|投标人|中标人")


def _head_fragment(line: str) -> bool:
    if _FIGURE.fullmatch(line) or _NUMBERED.match(line):
        return False
    if _HEAD_FRAGMENT.fullmatch(line):
        return True
    # (round 26a) a lot sheet's indicator header is long only by its unit note ('单位能耗增加值(万元/吨标煤)',
    # 'R&D经费支出占营业收入比(%)'): its words without the note are a header's
    core, note = core_label(line)
    return (
        bool(note)
        and not re.search(r"\d", re.sub(r"[kK]?[mM][23²³]", "", note))  # a unit, no code ('[983300299]')
        and bool(_UNIT_MARK.search(note))  # a unit, no qualifier ('（某省评标专家）')
        and len(line) <= _MAX_HEAD
        and bool(_HEAD_FRAGMENT_CHARS.fullmatch(line))
        and bool(_LONG_HEAD_CORE.fullmatch(core))
    )


_UNIT_MARK = re.compile(r"元|米|㎡|[mM][23²³]|%|％|亩|公顷|吨|年|月|天|分|个|次")
_HEAD_FRAGMENT_CHARS = re.compile(r"[^:：|，,。；;、]+")
_LONG_HEAD_CORE = re.compile(r"[^\d:：|，,。；;、]{1,16}")


def _header_like(line: str) -> bool:
    """A short Chinese cell that could be a column header ('容积率'), not a value ('CXX2021063098')."""
    # (an organisation's name is a value however short: '临海市国土资源局')
    return _head_fragment(line) and len(line) <= 8 and bool(_CJK.search(line)) and not _ISSUER.search(line)


def _value_cell(line: str) -> bool:
    if _PLACE_CELL.match(line) and len(line) <= 200 and not re.search(r"[:：|]", line):
        return True  # a parcel's place cell told as a sentence ('该宗地位于…,宗地四至为…')
    numbered = _NUMBERED.match(line) and not re.match(r"^\d+[.．]\d", line)  # '2.50-2.60' is a figure
    # a cell may name its figure ('最终报价:638000(元)'); any other colon opens a label line
    colon = re.search(r"[:：|]", line) and not _NAMED_FIGURE.fullmatch(line)
    return len(line) <= 60 and not colon and not numbered and not line.endswith("。")


_PLACE_CELL = re.compile(r"^(?:该|本)?(?:宗地|地块)(?:位于|坐落于)")
_NAMED_FIGURE = re.compile(r"[^:：|\d]{1,6}[:：]\s*\d[\d,.]*\s*(?:[(（]?(?:万?元)[)）]?)?")


def _merge_cost(a: str, b: str) -> int | None:
    """Cost of reading fragments ``a`` and ``b`` as one wrapped header cell, None when they cannot be.

    Neither may be a label of its own and one must be short (a cell wraps after two or three
    characters: '建筑' / '密度', '竞买保' / '证金'); a known label or a four-character cell is the
    likelier reading."""
    ca, cb = core_label(a)[0], core_label(b)[0]
    if min(len(ca), len(cb)) > 2 or len(ca) + len(cb) > 6 or _known(a) or re.search(r"[)）]$", a):
        return None  # a unit note closes its cell ('证金(万元)' / '容积率' are two cells)
    if _known(a + b):  # '土地' / '面积(m2)': a wrapped known label, though '面积' is one too
        return 0
    if _known(b):
        return None
    return 1 if len(ca) + len(cb) == 4 else 2


def _merge_heads(frags: list[str], width: int) -> list[str] | None:
    """Header fragments → exactly ``width`` header cells, or None when that is not one clear reading.

    A bracketed unit always joins the cell before it ('出让面积' / '(平方米)'); other joins follow
    ``_merge_cost``.  The cheapest way to reach ``width`` cells wins; a tie is no clear reading.
    """
    base: list[str] = []
    for f in frags:
        if base and _UNIT_LINE.match(f):
            base[-1] += f
        else:
            base.append(f)
    need = len(base) - width
    if need < 0:
        return None
    # best[(i, k)] = (cost, ways, cells) for base[:i] read with k joins
    best: dict[tuple[int, int], tuple[int, int, list[str]]] = {(0, 0): (0, 1, [])}
    for i in range(len(base)):
        for k in range(need + 1):
            cur = best.get((i, k))
            if cur is None:
                continue
            steps = [(i + 1, k, base[i], 0)]
            if i + 1 < len(base) and k < need:
                cost = _merge_cost(base[i], base[i + 1])
                if cost is not None:
                    steps.append((i + 2, k + 1, base[i] + base[i + 1], cost))
            for j, kk, cell, c in steps:
                cand = (cur[0] + c, cur[1], [*cur[2], cell])
                old = best.get((j, kk))
                if old is None or cand[0] < old[0]:
                    best[(j, kk)] = cand
                elif cand[0] == old[0]:
                    best[(j, kk)] = (old[0], old[1] + cand[1], old[2])
    found = best.get((len(base), need))
    if found is None or found[1] != 1:
        return None
    return found[2]


_RANK_LABEL = re.compile(r"(?:投标人|候选人)?(?:排序|排名|名次)|推荐(?:顺序|排名|排序)")
_RANK_VALUE = re.compile(r"第[一二三四五六七八九十\d]{1,2}(?:名|中标候选人|成交候选人|候选人)?")
_ROW_LABEL = re.compile(r"[\u3400-\u9fff（）()]{2,14}")


def _transposed_runs(lines: list[str]) -> list[str]:
    """A transposed candidate table printed one cell per line, as '|' rows (one per candidate).

    A candidates notice prints its list across: '投标人排序' / '第一名' / '第二名' / '第三名', then a row
    label and as many values ('中标候选人名称' / A / B / C), row after row, a row number ('1', '2') before
    each label in some.  Text renderings keep the cells in that order; the ranks give the width.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = 0
        if _RANK_LABEL.fullmatch(core_label(lines[i])[0]):
            while i + 1 + k < len(lines) and _RANK_VALUE.fullmatch(lines[i + 1 + k].strip()):
                k += 1
        if k < 2:
            out.append(lines[i])
            i += 1
            continue
        columns = [[lines[i], *lines[i + 1 : i + 1 + k]]]
        j = i + 1 + k
        while True:
            at = j + 1 if j < len(lines) and re.fullmatch(r"\d{1,2}", lines[j]) else j  # a row number
            cells = lines[at + 1 : at + 1 + k]
            if (
                at >= len(lines)
                or not _ROW_LABEL.fullmatch(lines[at])
                or len(cells) < k
                or any(len(c) > 60 or re.search(r"[:：|]", c) for c in cells)
            ):
                break
            columns.append([lines[at], *cells])
            j = at + 1 + k
        if len(columns) < 2 or not any(_COLUMN_WORD.search(c[0]) or _known(c[0]) for c in columns[1:]):
            out.append(lines[i])
            i += 1
            continue
        out.extend(" | ".join(col[r] for col in columns) + " |" for r in range(k + 1))
        i = j
    return out


_UNIT_ONLY = re.compile(r"平方米|㎡|m2|M2|万元|元|亩|公顷|年")
_FIGURE_ONLY = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _wrapped_cells(lines: list[str]) -> list[str]:
    """Value cells a one-cell-per-line rendering wrapped, rejoined: a figure and its unit ('6509.34' /
    '平方米', '690' / '万元'), a use and its '用地' ('住宅' / '用地'); and a cell's conversion note
    ('约合' / '9.76' / '亩', the area again in 亩) dropped: it is no column of its own."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln in ("约合", "折合") and i + 1 < len(lines) and _FIGURE_ONLY.fullmatch(lines[i + 1]):
            i += 3 if i + 2 < len(lines) and _UNIT_ONLY.fullmatch(lines[i + 2]) else 2
            continue
        if out and _UNIT_ONLY.fullmatch(ln) and _FIGURE_ONLY.fullmatch(out[-1]):
            out[-1] += ln
        elif out and ln == "用地" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", out[-1]):
            out[-1] += ln
        else:
            out.append(ln)
        i += 1
    return out


def _sentence_cell(lines: list[str], k: int) -> bool:
    """A description cell told as a sentence ('采购器材一批(详见磋商文件)。') inside a row: a value cell but
    for its full stop, with a value cell after it that is no sentence of its own — a paragraph after the
    table is followed by another line of prose or a heading, never by a short cell."""
    line = lines[k]
    return (
        line.endswith("。")
        and line.count("。") == 1
        and _value_cell(line[:-1])
        and k + 1 < len(lines)
        and _value_cell(lines[k + 1])
        and not _known(lines[k + 1])
        and len(lines[k + 1]) <= 30
    )


def _column_tables(lines: list[str]) -> list[str]:
    """A table printed one cell per line — header cells, then the rows' values — as '|' rows.

    Text renderings of a parcel table ('地块名称' / '地块位置' / … / '上溪镇…地块' / '上溪镇,…' / …) lose
    the grid; the header run (short fragments starting with a known label, at least two of them
    known) and the value run after it give it back when one reading fits: wrapped header cells
    rejoined to one cell per column, a group header ('主要规划指标要求') replaced by its sub-headers
    printed after the first header row, and rows as long as the period at which the first column's
    values repeat ('…字[2019]1号' … '…字[2019]2号').  Money and area columns must hold plain figures
    in every row, or the reading is dropped.
    """
    out: list[str] = []
    raw, lines = lines, [_ONE_CELL.sub("", ln) if ln.count("|") == 1 else ln for ln in lines]
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and end - i < _MAX_HEAD and _head_fragment(lines[end]):
            end += 1
        # (a first header cell may wrap too: '宗地' / '编号')
        opens = _opens_header(lines[i]) or (
            i + 1 < end and len(lines[i]) <= 3 and len(lines[i + 1]) <= 3 and _known(lines[i] + lines[i + 1])
        )
        found = _column_table(lines, i, end) if opens else None
        if found:
            start = i
            heads, rows, i = found
            out.append(" | ".join(heads) + " |")
            out.extend(" | ".join(r) + " |" for r in rows)
            if lines[start] != raw[start]:
                # (the read table was printed 'cell |': the rest of that run of cells is read as a bare run
                # is — a second header row and its values as lines, not more rows of the table just read)
                while i < len(lines) and (lines[i] != raw[i] or raw[i].strip() == "|"):
                    if lines[i] != raw[i]:
                        out.append(lines[i])
                    i += 1
            continue
        out.append(raw[i])
        i += 1
    return out


# round 14b: a pipe rendering prints a table one cell per line as 'cell |' ('土地名称 (位置) |' / '7549 |'): the
# cells are read as the bare ones are; a line the reader does not take stays as printed
_ONE_CELL = re.compile(r"(?<=[^\s|])\s*\|$")


# (a group header may name the planning as 规划设计: '规划设计主要指标' over 容积率 | 建筑密度 | 绿地率)
_GROUP_HEAD = re.compile(r"(主要)?(规划)?(设计)?(主要)?(指标|条件)(要求)?|规划(设计)?(指标|条件|要求)")
_NOTE_CELL = re.compile(r"备注(?:信息|说明)?|说明|注")
# (round 25a) a group cell may name what it covers first: '出让地块规划指标要求', '地块主要指标'
_NAMED_GROUP = re.compile(r"[\u4e00-\u9fff]{1,4}(?:规划)?(?:设计)?(?:主要)?指标(?:要求)?")


def _group_cell(cell: str) -> bool:
    """A spanning group cell of a lot sheet's two-level header ('规划指标要求' over '容积率 | 建筑密度 | …')."""
    core = core_label(cell)[0]
    return bool(_GROUP_HEAD.fullmatch(core) or _NAMED_GROUP.fullmatch(core))


def _shape(text: str) -> str:
    """A code's shape: digits, spaces and bracket variants aside ('衢市储﹙2016﹚13 号' ~ '衢市储（2016）14号')."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\d+", "0", re.sub(r"\s+", "", text))


def _period(values: list[str], widest: int | None = None) -> int:
    """Row length of a value run: where the first column's value comes back in the same shape
    ('衢集网字[2019]1号' → '衢集网字[2019]2号'), else where the cells' kinds repeat (a name, a price, a
    score, a rank: '湖南省某院 | 4296000.00 | 91.40 | 第一中标候选人' row after row), else the whole run."""
    first = values[0]
    shape = _shape(first)
    for k in range(3, len(values)):
        if len(first) >= 4 and _shape(values[k]) == shape:
            return k
        if first == "1" and values[k] == "2":  # a 序号 column: row 2 starts where '2' comes
            return k
    if widest is None or len(values) <= widest:
        return len(values)  # no more values than header cells: one row, whatever its kinds
    kinds = [_cell_kind(v) for v in values]
    for w in range(2, min(widest, len(values) // 2) + 1):
        if (
            len(values) % w == 0
            and len(set(kinds[:w])) > 1  # a row mixes kinds: a run of names alone gives no period
            and all(kinds[k] == kinds[k % w] for k in range(len(values)))
        ):
            return w
    return len(values)


_RANK_CELL = re.compile(r"第[一二三四五六七八九十\d]{1,2}(?:名|中标候选人|成交候选人|候选人)?")


def _cell_kind(value: str) -> str:
    """'rank', 'figure' or 'text': what a cell holds, for finding the row length of a value run."""
    v = value.strip()
    if _RANK_CELL.fullmatch(v):
        return "rank"
    if _PLAIN_FIGURE.fullmatch(v):
        return "figure"
    return "text"


_UNIT_HEAD = re.compile(r"(?:计量)?单位")
_SUM_HEAD = re.compile(r"金额|价|面积|费")


def _readings(frags: list[str], width: int) -> list[list[str]]:
    """Column headers for ``width`` columns: the rejoined cells, or with a group header, its
    sub-headers (the last n cells) moved into its place."""
    out = []
    plain = _merge_heads(frags, width)
    if plain:
        out.append(plain)
    cells = _merge_heads(frags, width + 1)
    if cells:
        groups = [g for g, c in enumerate(cells) if _GROUP_HEAD.fullmatch(core_label(c)[0])]
        if len(groups) == 1:
            g = groups[0]
            for n in range(2, min(7, len(cells) - g - 1)):
                out.append(cells[:g] + cells[-n:] + cells[g + 1 : -n])
        elif _NOTE_CELL.fullmatch(core_label(cells[-1])[0]):
            out.append(cells[:-1])  # an empty 备注 column prints no cell in any row
    units = [
        n for n, f in enumerate(frags[1:], 1) if _UNIT_HEAD.fullmatch(f) and _SUM_HEAD.search(frags[n - 1])
    ]
    if not out and len(units) == 1:
        # a '单位' column after a sum ('中标金额' / '单位' … '1,675,000.00' / '元'): its cell was glued to the
        # figure before it (`_wrapped_cells`), so the column prints no cell of its own
        out = _readings(frags[: units[0]] + frags[units[0] + 1 :], width)
    return out


def _column_table(lines: list[str], i: int, end: int) -> tuple[list[str], list[list[str]], int] | None:
    """(header cells, rows, next index) for a header run starting at ``i`` (a value as short as a
    header fragment may close the run: the longest header that reads cleanly wins)."""
    for j in range(end, i + 2, -1):  # three header cells at least ('包号 | 成交供应商名称 | 成交金额(元)')
        frags = lines[i:j]
        if sum(_known(f) or bool(_COLUMN_WORD.search(f) or _RANK_HEAD.fullmatch(f)) for f in frags) < 2:
            continue
        k = j
        while (
            k < len(lines)
            and not _known(lines[k])
            and not _NOTE_CELL.fullmatch(lines[k])
            and not _SHEET_NOTE.search(lines[k])
        ):
            if not _value_cell(lines[k]) and not (k > j and _sentence_cell(lines, k)):
                break
            k += 1
        for values in _value_runs(lines[j:k], len(frags)):
            if len(values) < 3:
                continue
            width = _period(values, len(frags))
            rows = [values[r : r + width] for r in range(0, len(values) - width + 1, width)]
            if width > len(frags) or (len(rows) == 1 and len(values) != width):
                continue
            fitting = [
                heads
                for heads in _readings(frags, width)
                if all(_fits(h, v) for row in rows for h, v in zip(heads, row, strict=True))
            ]
            if len(fitting) == 1:
                return fitting[0], rows, j + width * len(rows)
    return None


# (round 26a) the note printed under a lot sheet, which sends the reader to the sale's documents ('地块详细资料和具体
# 条件见拍卖出让文件和规划控制文本,并以其为准'): a sentence, never a cell of the sheet's last row
# (a cell may send the reader on too, '采购…一批（详见磋商文件）。', '该宗地位于…,具体位置以勘测定界图为准。': the note
# opens with the lot's details, '(地块)详细资料', '地块具体规划要求', before its 见)
_SHEET_NOTE = re.compile(r"^(?:出让|上述|以上)?(?:地块|宗地)?的?(?:详细|具体)[^，,。]{0,12}?(?:详见|见)")


def _value_runs(values: list[str], width: int) -> list[list[str]]:
    """The value run as read, then — round 14b — its first row alone when a second header row follows it.

    A parcel sheet printed one cell per line may hold two header rows, each over one data row ('土地名称 |
    出让面积 | 土地用途 | 出让年期' / one row / '绿地率 | 建筑系数 | 竞买保证金(万元)' / one row): the second
    header's short cells pass for values, so the run is too long for any row length.  Two header-like cells
    just after one row's worth of cells, with a figure among that row, close the first table there.
    """
    runs = [values]
    if (
        len(values) > width + 1
        and all(_header_like(c) for c in values[width : width + 2])
        and any(_PLAIN_FIGURE.fullmatch(c.strip()) for c in values[:width])
    ):
        runs.append(values[:width])
    return runs


def _flatten_group_header(table: list[list[str]]) -> list[list[str]]:
    """A two-level header printed as two rows — '… | 土地用途 | 规划指标要求 | 出让年限(年) …' over
    '地上建筑总面积(㎡) | 建筑密度(%) | … | 绿地率(%)' — as one row, the group cell replaced by its
    sub-headers, when the data row under them is exactly that wide (a rendering keeps no colspan)."""
    for r in range(len(table) - 2):
        # a pipe rendering pads each row with empty cells to the widest one ('容积率 | 建筑密度 | ||||||'):
        # the padding is no column
        top, sub, data = (_unpadded(row) for row in table[r : r + 3])
        groups = [g for g, c in enumerate(top) if _GROUP_HEAD.fullmatch(core_label(c)[0])]
        if len(groups) != 1 or len(sub) < 2 or len(data) != len(top) - 1 + len(sub):
            continue
        # (round 19c: a rendering's spaces inside a head count for nothing: '建筑 限高 (米)', fresh17 扶绥)
        if not all(_known(c) or _UNIT_TAIL.search(c) or len(re.sub(r"\s+", "", c)) <= 8 for c in sub):
            continue  # the second row holds values, not sub-headers
        g = groups[0]
        return [*table[:r], top[:g] + sub + top[g + 1 :], *table[r + 2 :]]
    return table


def _split_run_rows(table: list[list[str]]) -> list[list[str]]:
    """Rows printed one cell per line with nothing between them ('1 |' … '5万元/次 |' '2 |' …) gather
    into one long row: split it where its row numbers ('1', '2', …) come back every header width (the
    header's own, or with a group header's sub-headers in its place)."""
    if len(table) < 2:
        return table
    top = _unpadded(table[0])
    widths = {len(top)}
    if len(table) > 2 and any(_GROUP_HEAD.fullmatch(core_label(c)[0]) for c in top):
        widths.add(len(top) - 1 + len(_unpadded(table[1])))
    out: list[list[str]] = []
    for row in table:
        cells = _unpadded(row)
        for w in sorted(widths):
            k = len(cells) // w if w >= 3 else 0
            if k >= 2 and len(cells) == k * w and _counts_on([cells[n * w] for n in range(k)]):
                out.extend(cells[n * w : (n + 1) * w] for n in range(k))
                break
        else:
            out.append(row)
    return out


def _counts_on(heads: list[str]) -> bool:
    """'1', '2', '3' — or a numbered parcel list that starts further on ('65', '66', '67'): each row's
    first cell one more than the last one's."""
    if not all(re.fullmatch(r"\d{1,4}", h) for h in heads):
        return False
    nums = [int(h) for h in heads]
    return nums[0] >= 1 and all(b == a + 1 for a, b in pairwise(nums))


def _unpadded(row: list[str]) -> list[str]:
    """``row`` without the empty cells that pad its end."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _grid_fits(head: str, value: str) -> bool:
    """``_fits`` for a two-level grid's cells (``headgrid.regrid``, whose columns the count has fixed already): a
    masked figure ('(略)', '≤(略)%', '**') says nothing and stands under any column (a reader drops it)."""
    return bool(_MASKED_CELL.fullmatch(value.strip())) or _fits(head, value)


def _fits(head: str, value: str) -> bool:
    """Whether ``value`` can stand under ``head``: money and area items need a plain figure, a term
    a number of years, and any column priced in 元/万元 a figure too (a bound or a ratio there means
    the columns are out of line)."""
    core, note = core_label(head)
    if core in _RATIO_HEADS and not _ratio_cell(value):
        return (
            False  # (round 25a) a planning ratio's column holds a ratio or a bound, never a height or a price
        )
    keys = keys_for(core)
    if not keys and _RATE_NOTE.search(note):
        # (round 26a) an indicator priced per unit of something ('投资强度(万元/亩)', '单位能耗增加值(万元/吨标煤)')
        # is a threshold, no sum: its cell holds a bound or a phrase with a figure ('≥300', '投产后2年39.13')
        return bool(re.search(r"\d|[*＊]|略", value)) or _ratio_cell(value)
    if re.search(r"万?元", note) and not (
        _PLAIN_FIGURE.fullmatch(value.strip())
        or _NAMED_FIGURE.fullmatch(value.strip())
        or _NOTED_FIGURE.fullmatch(value.strip())
    ):
        return False
    if keys and kind_of(keys[0]) in (MONEY, AREA):
        v = value.strip()
        return bool(_PLAIN_FIGURE.fullmatch(v) or _NAMED_FIGURE.fullmatch(v) or _NOTED_FIGURE.fullmatch(v))
    if keys and kind_of(keys[0]) == YEARS:
        # '50', '70年', '商服40年、住宅70年'; a price, an area or a ratio under a term column is out of line
        v = value.strip()
        return (
            bool(re.fullmatch(r"\d{1,2}\s*年?", v))
            or bool(re.search(r"\d\s*年", v))
            # (round 26a) a term per use with the unit in the header: '工业40', '住宅70,商业40'
            or bool(_USE_TERMS.fullmatch(v))
        )
    return True


# (round 26a) a term cell naming its use before each term ('工业40', '住宅70、商业40'), the 年 in the header
_USE_TERMS = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}\s*\d{1,2}\s*年?)(?:\s*[,，、;；]\s*[\u4e00-\u9fff]{1,4}\s*\d{1,2}\s*年?)*"
)
# (round 26a) a figure with a word note in brackets after it ('833(楼面地价)'): still a figure of its column
_NOTED_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[(（][\u4e00-\u9fff]{1,8}[)）]")
# (round 26a) a rate's unit in a column's note: money per unit of land, output or energy ('万元/亩', '万元/吨标煤')
_RATE_NOTE = re.compile(r"万?元\s*/\s*\S")
# (round 25a) a masked figure: masks, with at most digits and bound or unit marks around them
_MASKED_CELL = re.compile(r"[\d.,~\-≤≥<>＜＞%％㎡m]*(?:(?:[(（]略[)）]|[*＊]+)[\d.,~\-≤≥<>＜＞%％㎡m]*)+")
# (round 25a) the planning ratios of a lot sheet ('容积率', '建筑密度', '绿地率') hold figures, bounds and ranges
# ('1.5-2.0', '不大于45%', '≥2.0', '>1.0且≤2.1', '20%-25%'): a cell with a unit of length, money or time, or
# with no figure at all, is another column's (the columns are out of line)
_RATIO_HEADS = frozenset({"容积率", "建筑密度", "绿地率", "绿化率", "建筑系数"})
_NOT_RATIO = re.compile(r"[米元年亩㎡]|平方|m2|M2")


def _ratio_cell(value: str) -> bool:
    """A planning ratio's cell: a figure or a mask, no unit of length, money, time or area; or a placeholder."""
    v = re.sub(r"\s+", "", value)
    return v in ("/", "／", "-", "—", "无") or (
        bool(re.search(r"[\d*＊]|略", v)) and not _NOT_RATIO.search(v)
    )


# a cell under a money or area column: a plain figure ('34985.68', '65000', '1,200万元'), never a
# bound or a ratio ('≥1.5', '35%-70%': the columns are out of line)
_PLAIN_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|元|万|亿元|平方米|㎡|m2|公顷|亩)?")


def _members_label(line: str) -> bool:
    """'评标委员会成员名单' over a sentence naming them by role ('…专家为：甲、乙；招标人代表：丙'): the roles'
    colons are inside the value."""
    return "experts" in keys_for(core_label(line)[0])


_MEMBER_HEAD = frozenset({"序号", "姓名", "单位", "工作单位", "所在单位", "职称", "职务", "专业", "备注"})


def _member_columns(lines: list[str]) -> list[str]:
    """'评标委员会（某省评标专家）成员名单' / '姓名' / '单位' / '甲某' / '/' / '乙某' / '/' …: a panel's table
    printed one cell per line under its caption becomes the caption's list ('…成员名单：甲某、乙某'), read
    row by row at the header's width while the 姓名 cell is one person's name."""
    out: list[str] = []
    made: list[int] = []  # the lines of ``out`` made here
    i = 0
    while i < len(lines):
        ln = lines[i]
        heads: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j] in _MEMBER_HEAD and len(heads) < 6:
            heads.append(lines[j])
            j += 1
        caption = re.sub(r"[（(][^（）()]*[）)]", "", ln)
        if (
            "姓名" in heads
            and len(heads) >= 2
            and ":" not in ln
            and "：" not in ln
            and _members_label(caption)
        ):
            at, width, names = heads.index("姓名"), len(heads), []
            while (
                j + at < len(lines)
                and split_people(lines[j + at]) == [lines[j + at].strip()]
                and not keys_for(core_label(lines[j + at])[0])  # '公示期' below the table: a label
            ):
                names.append(lines[j + at].strip())
                j += width
            if names and (len(names) >= 2 or (made and made[-1] == len(out) - 1)):
                if made and made[-1] == len(out) - 1:
                    # the panel's next part right below ('…（招标人代表）成员名单'): one panel, one list
                    out[-1] += "、" + "、".join(names)
                else:
                    out.append(f"{ln}：{'、'.join(names)}")
                    made.append(len(out) - 1)
                i = min(j, len(lines))
                continue
        out.append(ln)
        i += 1
    return out


_OWNER_CELL = re.compile(r"(?:采购人|招标人|建设单位|业主|发包人|出让人|转让方|出租方)(?:名称)?")
_PHONE_CELL = re.compile(r"(?:联系)?(?:电话|方式|手机)|联系电话|联系方式")
_PHONE_VALUE = re.compile(r"[(（]?0?\d{2,4}[)）]?[-—－ ]?\d{7,8}|1[3-9]\d{9}")


# round 18d: a date and clock time alone on its line ('开标时间' / '2026-03-03 09:00:00', the 四川 works result
# template one cell a line, fresh10 乐山 峨边, fresh15 甘孜 泸定): its colons are the clock's, not a label's
_CLOCK_VALUE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?")


def _clock_value(line: str) -> bool:
    """True when ``line`` is only a date with its clock time."""
    return _CLOCK_VALUE.fullmatch(line.strip()) is not None


def _join_label_cells(lines: list[str]) -> list[str]:
    """'发布时间' / '2020/05/22' on two lines → '发布时间:2020/05/22', unless the label is one of a run of
    column headers (a label line next to it on either side: a header row printed one cell per line)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (
            i + 1 < len(lines)
            and _PHONE_CELL.fullmatch(ln)
            and _PHONE_VALUE.fullmatch(lines[i + 1])
            and i >= 2
            and _OWNER_CELL.fullmatch(lines[i - 2])
            and not (i + 2 < len(lines) and _PHONE_VALUE.fullmatch(lines[i + 2]))
        ):
            # '招标人' / '某公司' / '联系方式' / '18183325111': the owner's phone cell one per line, under its
            # name (a bare phone label is no item label of its own, so the rule below leaves it; a phone
            # under a 项目经理 or an agency is not joined)
            out.append(f"{ln}:{lines[i + 1]}")
            i += 2
            continue
        if (
            i + 1 < len(lines)
            and _label_line(ln)
            and (
                not re.search(r"[|:：]", lines[i + 1])
                or (_members_label(ln) and "|" not in lines[i + 1])
                or _clock_value(lines[i + 1])
            )
            and not _label_line(lines[i + 1])
            # (round 27e: a sum opening with its decimal figure, '28.38万元 人民币' under '合同金额' (fresh47 湖北, ggzy's
            # 合同公告 one cell a line), is a value, not an item numbered '28.')
            and not (_NUMBERED.match(lines[i + 1]) and not _DECIMAL_OPEN.match(lines[i + 1]))
            and not (i > 0 and _label_line(lines[i - 1]))
            and not (
                i + 2 < len(lines)
                and _label_line(lines[i + 2])
                # label, value, label, value…: a key/value grid one cell per line, not a header row
                # (round 18c: a value that reads like a header cell, a place '代县新城区', is still a value when the
                # next label's cell is plainly no header, '商业**年、住宅**年')
                and not (
                    i + 3 < len(lines)
                    and not _label_line(lines[i + 3])
                    and not (_header_like(lines[i + 1]) and _header_like(lines[i + 3]))
                )
            )
            and not (_NUMBERED.match(ln) and len(lines[i + 1]) > 30)  # a section heading over its paragraph
            and not _UNIT_TAIL.search(lines[i + 1])  # '投标报价（万元）' is the next column's header
            # a row's cells one per line ('甲公司' / '703,900.00' / '中标供应商' / '乙公司' / …): a status cell
            # after the row's figure is that row's, and the name below it opens the next row
            and not (
                i > 1
                and _FIGURE.fullmatch(lines[i - 1])
                and re.search(r"\d[.,]\d|元", lines[i - 1])  # a sum ('703,900.00'), not a phone or a count
                and not _label_line(lines[i - 2])
            )
            # '供应商名称' / '未中标原因': a header row one cell per line, the next cell a label of its own
            and not (
                len(lines[i + 1]) <= 6 and _header_like(lines[i + 1]) and _LABEL_TAIL.search(lines[i + 1])
            )
            # a column of figures under one label ('挂牌价格(元/吨)' / 8790 / 14000 / …) is a value per
            # lot, not the label's one value
            and not (
                i + 2 < len(lines) and _FIGURE.fullmatch(lines[i + 1]) and _FIGURE.fullmatch(lines[i + 2])
            )
        ):
            out.append(f"{ln}:{lines[i + 1]}")
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


_HEAD_CELL = re.compile(r"[^\d|]{1,24}")


def _join_wrapped_header(table: list[list[str]]) -> list[list[str]]:
    """A header row the copy wrapped over two lines ('序号 | 项目名称 | 预算金额(万元) |' over '执行的政府
    采购政策 | 备注 |') is one row when the data row under it is as wide as both together (or one
    short: an empty last cell, '备注', is not printed)."""
    if len(table) < 3:
        return table
    head, more, data = table[0], table[1], table[2]
    if (
        len(head) + len(more) - len(data) in (0, 1)
        and len(more) < len(head)
        and all(_HEAD_CELL.fullmatch(c.strip()) for c in head + more if c.strip())
        and any(re.search(r"\d", c) for c in data)
        # a two-level header (规划指标要求 over 容积率 …) is flattened, not joined
        and not any(_GROUP_HEAD.fullmatch(c.strip()) for c in head)
    ):
        width = len(head) + len(more)
        return [head + more, *[r + [""] * (width - len(r)) if len(r) == width - 1 else r for r in table[2:]]]
    return table


def _join_wrapped_rows(table: list[list[str]]) -> list[list[str]]:
    """A data row the copy wrapped over two lines ('* | <项目> | <概况> |' over '<预算> | <时间> | <备注> |',
    each shorter than the header) is one row when the two together are as wide as the header (or one
    short: an empty last cell is not printed)."""
    if len(table) < 3 or not all(_HEAD_CELL.fullmatch(c.strip()) for c in table[0] if c.strip()):
        return table
    width = len(table[0])
    out, k = [table[0]], 1
    while k < len(table):
        row = table[k]
        nxt = table[k + 1] if k + 1 < len(table) else None
        if (
            nxt is not None
            and len(row) < width
            and len(nxt) < width
            and len(row) + len(nxt) in (width, width - 1)
        ):
            out.append(row + nxt)
            k += 2
        else:
            out.append(row)
            k += 1
    return out


# a site's footer ('技术支持:某政府网 Copyright 2022', '鄂ICP备…号', '政府网站标识码'): what follows it is the
# site's own address and phone, not the notice's
_FOOTER = re.compile(r"Copyright|版权所有|ICP备\d|技术支持\s*[:：]|网站标识码")


def _rejoin_broken_rows(lines: list[str]) -> list[str]:
    """(round 26a) A sheet's row a rendering broke round one cell printed without pipes, as one '|' row.

    Why: a pipe rendering may print a cell holding a line break on a line of its own: the row's first cells ('名称 |
    编号 |'), the cell bare ('某街道,某路以南'), then the rest opening with a pipe ('| 面积 | 用途 | 年限 | 价 |', the 瑞安
    template). Read as printed, the sheet ends at the bare line and its row is cut in two. The three lines are one
    row when their cells together are exactly as many as the header row above (the first pipe row of the run) has;
    the bare line must be a cell (short, no sentence, no heading)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (
            out
            and i + 1 < len(lines)
            and "|" not in ln
            and len(ln) <= 40
            and not re.search(r"[。；;:：]", ln)
            and not _NUMBERED.match(ln)
            and out[-1].rstrip().endswith("|")
            and lines[i + 1].lstrip().startswith("|")
        ):
            top = len(out) - 1
            while top > 0 and "|" in out[top - 1]:
                top -= 1
            width = len(_unpadded(_cells(out[top])))
            before = _cells(out[-1])
            after = _cells(lines[i + 1].lstrip()[1:])
            if top < len(out) - 1 and before and after and len(before) + 1 + len(after) == width:
                out[-1] = " | ".join([*before, ln, *after]) + " |"
                i += 2
                continue
        out.append(ln)
        i += 1
    return out


def _spaced_sheet(line: str) -> list[str]:
    """(round 26a) A lot sheet a rendering ran into one line, its cells parted by single spaces, as '|' rows.

    Why: a page that lost its line breaks prints its sheet inside the paragraph: '…公告如下: 一、 …规划指标要求 序号
    地块名称 坐落位置 土地用途 用地面积(平方米) 规划指标要求 出让年限(年) … 容积率 绿地率(%) … 1 某地块 某路东 商服用地
    10765.6 … 注:…' (a 宁波 e-paper's copy). Cut at its spaces, the sheet is the header-then-values run the
    one-cell-per-line reader (``_column_table``) reads: header fragments from a first header cell, a group cell's
    sub-headers after the top cells, one value per column. Taken only when that reader finds one clear reading and
    the run ends where the line does, or at a note ('注:'), a 备注 or the next numbered part: a value holding a space
    would shift every cell after it, and then the columns' fits or the end refuse it."""
    tokens = line.split(" ")
    if len(tokens) < 12:
        return [line]
    for t, tok in enumerate(tokens):
        if not tok or not _opens_header(tok):
            continue
        end = t
        while end < len(tokens) and end - t < _MAX_HEAD and _head_fragment(tokens[end]):
            end += 1
        if end - t < 5:
            continue
        found = _column_table(tokens, t, end)
        if not found:
            continue
        heads, rows, nxt = found
        rest = " ".join(tokens[nxt:]).strip()
        if rest and not (_NUMBERED.match(rest) or re.match(r"(?:备\s*)?注\s*[:：]", rest)):
            continue
        head = " ".join(tokens[:t]).strip()
        return [
            *([head] if head else []),
            " | ".join(heads) + " |",
            *(" | ".join(r) + " |" for r in rows),
            *([rest] if rest else []),
        ]
    return [line]


def _without_footer(lines: list[str]) -> list[str]:
    """The lines above a site footer printed after the notice (not in the first lines: a header's
    'Copyright' banner is above it)."""
    for i, ln in enumerate(lines):
        if i >= 3 and _FOOTER.search(ln):
            return lines[:i]
    return lines


# a land table's unit note above it ('单位:平方米、万元、年、米'): its money columns are in 万元
_UNIT_NOTE = re.compile(r"^\s*[（(]?\s*单位\s*[:：]\s*([^|]{1,40}?)[)）]?\s*$")


def _with_unit(cell: str, unit: str) -> str:
    """A money column's header with the table's unit note added ('起 始 价' → '起 始 价(万元)'),
    unless the header states a unit of its own."""
    core, _ = core_label(cell)
    if not core or _UNIT_TAIL.search(cell.strip()) or not any(kind_of(k) == MONEY for k in keys_for(core)):
        return cell
    return f"{cell}({unit})"


# A copy that lost its line breaks runs a whole notice into one line ('…采购项目 三、中标（成交）信息
# 供应商名称：… 九、凡对本次公告内容提出询问 … 1.采购人信息 名称：…'): a chapter number after a space
# starts a line again (only in a long line holding several, so a sentence's '一、二' stays whole)
_RUN_CHAPTER = re.compile(r"\s+(?=[一二三四五六七八九十]{1,2}、\s*[\u4e00-\u9fff])")
_RUN_ITEM = re.compile(
    r"\s+(?=\d{1,2}[.．、]\s*[\u4e00-\u9fff]{2,12}(?:信息|[:：]))"
    # '1.采购人信息 名称：…': the party's block heading, then its items
    r"|(?<=信息)\s+(?=[\u4e00-\u9fff]{2,8}[:：])"
)


# A copy whose line breaks and table cells became runs of spaces ('湖南省某局本级  2026年某项目  公开招标中标
# 公告  公告日期：…  包号品目分类…  1  C0908-…'): in a long line holding many such runs, each run ends a line
_SPACE_RUN = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)")


_CHAPTERS = "一二三四五六七八九十"
_GLUED_CHAPTER = re.compile(
    r"(?<=[^一二三四五六七八九十])(?P<n>[一二三四五六七八九十])、\s*(?=[\u4e00-\u9fff])"
)


def _chapters_in_turn(line: str) -> list[str]:
    """``line`` cut before each chapter number glued to the text before it ('…12万元三、采购公告发布日期：…
    四、开标日期：…', a space before some of them or none), when the numbers come in turn from 一 or 二 on
    (at least three of them): a sentence's '三、' or a name ending in a numeral ('张三、李四') breaks the
    run and cuts nothing."""
    cuts: list[int] = []
    want = 0
    for m in _GLUED_CHAPTER.finditer(line):
        k = _CHAPTERS.index(m.group("n"))
        if (not cuts and k in (0, 1)) or (cuts and k == want):
            cuts.append(m.start())
            want = k + 1
    if len(cuts) < 3:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in pairwise(bounds) if line[a:b].strip()]


def _unrun(line: str) -> list[str]:
    if len(line) >= 200 and len(_SPACE_RUN.findall(line)) >= 10:
        return [q.strip() for part in _SPACE_RUN.split(line) for q in _unrun(part) if q.strip()]
    if len(line) >= 200 and len(_RUN_CHAPTER.findall(line)) < 3:
        glued = _chapters_in_turn(line)
        if len(glued) > 1:
            return [q.strip() for part in glued for q in _unrun(part) if q.strip()]
    if len(line) < 200 or len(_RUN_CHAPTER.findall(line)) < 3:
        return [line]
    parts = _RUN_CHAPTER.split(line)
    return [q.strip() for part in parts for q in _RUN_ITEM.split(part) if q.strip()]


# a contract's title run on into its first items: '…采购政府采购合同(服务类) 政府采购合同编号: …'
# (round 19f: a bracket in the name may hold a colon, '…外包项目(三标段:红旗路桥北至马楚公园界)续签合同…', fresh4 浏阳;
# a colon outside brackets still ends the title)
_CONTRACT_HEAD = re.compile(
    r"^(?![^:：|]*(?:签订|簽訂|双方|雙方))"
    r"(?P<t>(?:[^:：|()（）]|[（(][^()（）|]{0,40}[)）]){6,110}?政府采[购購]合同(?:[（(](?:[^()（）]|[（(][^()（）]{0,8}[)）]){1,16}[)）])?)"
    r"\s+(?P<rest>[^\s:：|]{2,16}[:：].*)$"
)


def _contract_head(line: str) -> list[str]:
    """The first line of a run-on contract notice: its title, then the items it runs on into."""
    m = _CONTRACT_HEAD.match(line)
    return [m.group("t").strip(), m.group("rest")] if m else [line]


def _broken_cell(held: list[str], row: list[str], table: list[list[str]]) -> bool:
    """(round 18c) Whether ``held`` lines, then a lone '|', are one cell of ``row`` whose closing pipe a rendering
    broke onto a line of its own ('工矿 用地' / '|' / '≥0.6 |', 甘肃 成县; 新疆 阿克陶 prints a mine's name so, '…建筑用砂
    2号矿' / '|', in a row run on from its header, where the row's width is not known and nothing is joined): the row is
    short of the table's width, and the held text is no section heading over the next table ('二、挂牌地块…:' / '|' /
    '序号 |', 浙江 宁海, 宁波)."""
    return (
        bool(table)
        and len(row) < max(len(r) for r in table)
        and not any(_NUMBERED.match(h) or re.search(r"[:：]\s*$", h) for h in held)
    )


def _after_header(table: list[list[str]]) -> bool:
    """(round 25a) Whether the grid so far ends with a header row (its cells short labels, no figure): a lot's
    first value cell printed with its closing pipe on the next line ('2024 某某-007号' / '|', after the spacer line
    that closed the sub-header row) is then that row's first cell, not a line between two grids."""
    return bool(table) and all(_HEAD_CELL.fullmatch(c.strip()) for c in table[-1] if c.strip())


def text_to_html(text: str) -> str:
    """An HTML fragment for ``text`` (escaped): paragraphs, ``|`` tables and the title as ``h1.title``.

    A 繁體 copy is laid out on its folded text (its table heads, title words, date lines and chrome are
    matched as simplified words) and its characters are put back as printed (``Printed.back``)."""
    printed = Printed(text, drop_notes=True)
    if printed.folded is text:
        return _text_to_html(text)
    if printed.notes_dropped and printed.regular_notes() is None:
        # (pinyin notes printed irregularly: laid out with them, one character for one)
        printed = Printed(text)
    return printed.back(_text_to_html(printed.folded))


# a rendering that lost its line breaks prints the 落款 on the last sentence's line: '…逾期我局将上报审批。
# 某市自然资源和规划局 2019年11月29日' (the signing body and its date, after the sentence's full stop)
_SIGNED_TAIL = re.compile(
    r"^(?P<body>.*[。！!])\s*(?P<org>[\u3400-\u9fff（）()]{4,40}(?:公司|局|中心|政府|委员会|办公室|学校|医院|集团))"
    r"\s+(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$"
)


def _signed_tail(lines: list[str]) -> list[str]:
    """The last line split into sentence, signing body and date when the 落款 ran on (``_SIGNED_TAIL``)."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if not filled:
        return lines
    last = filled[-1]
    m = _SIGNED_TAIL.match(lines[last].strip())
    if not m:
        return lines
    return [*lines[:last], m.group("body"), m.group("org"), m.group("date"), *lines[last + 1 :]]


def _text_to_html(text: str) -> str:
    lines = [_clean(ln) for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # (round 21) a table printed with tabs or space runs for its grid: its header and rows as '|' rows
    lines = space_tables(lines, _opens_header)
    # (round 22c) a key/value grid run into one line by space runs; numbered items run into one line
    lines = [part for ln in lines for part in label_value_pairs(ln, _known)]
    lines = _signed_tail([part for ln in lines for part in _unrun(ln)])
    lines = [part for ln in lines for part in items_in_turn(ln)]
    if lines:
        lines[:1] = _contract_head(lines[0])
    lines = _join_spans(
        _join_colon_lines(_join_split_dates(_join_char_split(_without_footer([ln for ln in lines if ln]))))
    )
    lines = _rejoin_broken_rows(_join_item_numbers(lines))
    lines = [part for ln in lines for part in _spaced_sheet(ln)]
    lines = _column_tables(_transposed_runs(_wrapped_cells(lines)))
    lines = _join_label_cells(_member_columns([_split_glued(ln) for ln in _glue_units(lines)]))
    # (a 繁體 copy's pinyin notes, '結(jié)果公告', are no part of the words a title is known by: its lines are judged
    # without them, and kept as printed)
    span = title_span([without_notes(ln) for ln in lines])
    ti, t0 = (span[1], span[0]) if span else (None, None)
    out: list[str] = []
    table: list[list[str]] = []
    row: list[str] = []  # one cell per line ('a |'): cells gather until an empty cell line

    def flush_row() -> None:
        nonlocal row
        if any(row):
            table.append(row)
        row = []

    unit: str | None = None  # '单位:平方米、万元、年、米' printed above a table

    def emit(rows: list[list[str]]) -> None:
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
        out.append(f"<table>{body}</table>")

    def flush_table() -> None:
        nonlocal table
        flush_row()
        # (round 26a) a sheet printed in bands (a header over values, then another header over more values): one
        # table per band
        for band in bands(table, _group_cell, _known) if table else []:
            table = band
            flush_band()
        table = []

    def flush_band() -> None:
        nonlocal table, unit
        # (round 25a) a two-level header grid whose rows the rendering broke apart, read by counting cells
        regridded = regrid(table, _group_cell, _grid_fits, _known) if table else None
        if regridded:
            grid, remarks, table = regridded
            if unit:
                grid[0] = [_with_unit(c, unit) for c in grid[0]]
                unit = None
            emit(grid)
            out.extend(f"<p>{html.escape(r)}</p>" for r in remarks)
        table = _join_wrapped_rows(_flatten_group_header(_split_run_rows(_join_wrapped_header(table))))
        if table and unit:
            table[0] = [_with_unit(c, unit) for c in table[0]]
        if table:
            unit = None
        if table:
            emit(table)
        table = []

    pending: list[str] = []  # lines of a cell that wraps ('出让年限' / '(年) |') inside a table
    for i, ln in enumerate(lines):
        if _RULE_ROW.match(ln):
            continue  # a markdown table's '---|---|' rule under its header row
        m_unit = _UNIT_NOTE.match(ln)
        if m_unit and not table and not row:
            unit = "万元" if "万元" in m_unit.group(1) else None
        if "|" in ln:
            if (
                pending
                and (row or _after_header(table))
                and ln.strip() == "|"
                and _broken_cell(pending, row, table)
            ):
                # (round 18c) '工矿 用地' / '|': a cell whose text a rendering broke off its closing pipe, which
                # then stands alone — the cell's end, not the row's
                row.append("".join(pending))
                pending = []
                continue
            cells = _cells(ln)
            if pending and cells:
                cells[0] = "".join(pending) + cells[0]
            pending = []
            if len(cells) == 2 and not cells[0] and cells[1] and ln.lstrip().startswith("|"):
                # '| 序号 |' opens a row printed one cell per line ('地块 编号 |' / '土地位置 |' …)
                flush_row()
                row.append(cells[1])
            elif cells and not any(cells):
                flush_row()  # '||||': the row's end, its spanned columns printed as empty cells
            elif table and len(cells) >= 2 and _CAPTION_CELL.search(cells[0]) and not any(cells[1:]):
                # '某商铺具体情况 | ||||' between two grids printed without a blank line: the next grid's
                # caption, which ends the grid above (its rows are no rows of it)
                flush_table()
                out.append(f"<p>{html.escape(cells[0])}</p>")
            elif len(cells) >= 2:
                flush_row()
                table.append(cells)
            elif not cells or not cells[0]:
                flush_row()
            else:
                row.append(cells[0])
            continue
        # inside a row printed one cell per line, short lines before a 'x |' line wrap that cell
        # ('出让年限' / '(年) |', '用地' / '面积' / '(㎡) |')
        nxt = next((j for j in range(i + 1, min(i + 4, len(lines))) if "|" in lines[j]), None)
        if (
            (row or (_after_header(table) and nxt == i + 1 and lines[nxt].strip() == "|"))
            and nxt is not None
            and (
                re.fullmatch(r"[^|]{1,30}\|\s*", lines[nxt])
                or (lines[nxt].strip() == "|" and _broken_cell(lines[i:nxt], row, table))
            )
            and all(len(held) <= 30 for held in lines[i:nxt])
            and len(pending) + nxt - i <= 3
        ):
            pending.append(ln)
            continue
        if pending:
            for held in pending:
                out.append(f"<p>{html.escape(held)}</p>")
            pending = []
        flush_table()
        if t0 is not None and t0 <= i < ti:  # the first line of a title wrapped over two lines
            continue
        if i == ti:
            m = _TITLE.match(ln)
            title = m.group("t") if m else ln
            head = "".join(lines[t0:ti]) if t0 is not None else ""
            # ('## 某某中标公告': a markdown copy's heading mark is no part of the title)
            squeezed = re.sub(r"^#{1,6}(?=[^#])", "", re.sub(r"\s+", "", head + title))
            out.append(f'<h1 class="title">{html.escape(squeezed)}</h1>')
            if m and len(title) < len(ln):
                out.append(f"<p>{html.escape(ln[len(title) :].strip())}</p>")
        else:
            out.append(f"<p>{html.escape(ln)}</p>")
    flush_table()
    return '<div class="text-notice">' + "\n".join(out) + "</div>"
