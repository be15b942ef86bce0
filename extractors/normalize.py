"""Normalisation of the values Chinese notices print: money, dates, times, durations, areas, names, lists.

Every function takes the raw text of one value (as cut out of the page) and returns the canonical value
of ``docs/taxonomy.md`` or ``None`` when the text does not hold one.  They never guess: a value the text
does not contain is worse than a missing one (precision first).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import cn2an

from .labels import core_label, keys_for

# ---------------------------------------------------------------------------------------------- text

_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
_CJK = r"\u3400-\u9fff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}（）()：:，、])[ \t\u3000\xa0]+(?=[{_CJK}（）()：:，、])")
_TRAILING_PUNCT = "。，,;；:：、.!！?？ \t"


# a list of personal names set apart by spaces only ('邓春 郑香金 梁廖伟 覃志尚 刘瑞成'), after a label or alone
_NAME_RUN = re.compile(rf"^(?P<head>.*?[:：]\s*)?(?P<names>[{_CJK}]{{2,4}}(?: [{_CJK}]{{2,4}}){{2,}})$")


# two organisations side by side on one line (a 落款 of two signing bodies): the space parts them
_ORG_WORD = rf"[{_CJK}()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{4,40}}(?:中心|局|分局|公司|委员会|政府|办公室|集团)"
_TWO_ORGS = re.compile(rf"^{_ORG_WORD} {_ORG_WORD}$")


def clean_text(text: str) -> str:
    """Collapse white space as a browser renders it, and drop spaces between Chinese characters.

    Pages letter-space labels and names ("名 称", "联 系 人"); the value is the same without them.  A run
    of three or more words of two to four characters each, set apart by spaces, is a list of names
    (an expert panel printed '邓春 郑香金 梁廖伟'): those spaces separate the names and stay.

    Short texts (labels, cells, lines) are cached: the same ones come back on every page and in every
    rendering of a page's elements (its lines, then its tables' cells); long ones are not kept.
    """
    if len(text) <= _CLEAN_CACHED:
        return _clean_short(text)
    return _clean_text(text)


_CLEAN_CACHED = 200


def _clean_text(text: str) -> str:
    """``clean_text`` itself, uncached."""
    text = _WS.sub(" ", text).strip()
    if _TWO_ORGS.match(text):
        return text
    m = _NAME_RUN.match(text)
    if m:
        return _CJK_GAP.sub(_gap, m.group("head") or "") + m.group("names")
    return _CJK_GAP.sub(_gap, text)


# (round 19f) an item's label after the gap, with its colon: '…设备采购 项目编号：…', '…采购项目 　预算金额(元)：'
_LABEL_AFTER = re.compile(rf"(?P<label>[{_CJK}]{{2,10}})(?:[（(][^（()）]{{0,6}}[)）])?[:：]")


def _gap(m: re.Match[str]) -> str:
    """A gap between Chinese characters is dropped ('名 称', '联 系 人'), unless a value ends before it and a
    known item's label opens after it: a name and the next item printed on one line apart by a space
    ('项目名称：<名称> 项目编号：…', fresh6 西乡塘; '…采购项目 　　预算金额(元)：', fresh11 长沙). Dropped, the gap glued
    the value to the label, and the longest known label ('采购项目编号', '项目预算金额') took the name's last word."""
    if m.string[m.start() - 1 : m.start()] in "：:，、":
        return ""
    nxt = _LABEL_AFTER.match(m.string, m.end())
    if nxt is None or not keys_for(core_label(nxt.group("label"))[0]):
        return ""
    return " "


_clean_short = lru_cache(maxsize=16384)(_clean_text)


def strip_value(text: str) -> str:
    """``clean_text`` plus trailing punctuation and wrapping quotes removed (a value, not a sentence)."""
    text = clean_text(text).strip(_TRAILING_PUNCT)
    # (round 19b: a template's fill-in marks around a whole name, '【某集团有限公司】受【某局】委托')
    for left, right in ("“”", '""', "‘’", "「」", "''", "【】"):
        if len(text) > 2 and text.startswith(left) and text.endswith(right) and text.count(left) == 1:
            text = text[1:-1]
    return text.strip(_TRAILING_PUNCT)


def norm_name(text: str) -> str:
    """NFKC (full/half width), no white space, no trailing punctuation: the form names are compared in."""
    text = unicodedata.normalize("NFKC", text)
    text = _WS.sub("", text)
    return text.rstrip(_TRAILING_PUNCT)


_PLACEHOLDERS = {
    "",
    "-",
    "--",
    "/",
    "无",
    "暂无",
    "详见附件",
    "见附件",
    "立即查看",
    "略",
    "不详",  # round 27f: '评审专家名单不详' (fresh45 西城, ccgp 概要): not known, no value
    "*",
    "**",
    "***",
    "****",
}


def is_placeholder(text: str) -> bool:
    """Empty slots that pages fill with a dash, a slash, 无 or a members-only teaser."""
    return norm_name(text) in _PLACEHOLDERS


# --------------------------------------------------------------------------------------------- money

_UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖拾佰仟萬億〇一二三四五六七八九十百千万亿两"
_UPPER_RUN = re.compile(rf"[{_UPPER_DIGITS}]+(?:[元圆][{_UPPER_DIGITS}角分]*)?整?")
# digits grouped by thousands ('1,541,000') or, as some pages print them, by 万 ('250,0000.00元' is
# 2,500,000: four-digit groups follow the Chinese unit 万); a group is whole, so '250,0000' is not '250,000'
_NUM = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?!\d)|\d{1,4}(?:[,，]\d{4})+(?!\d)|\d+)(?:\.(\d+))?")
_UNIT_AFTER = re.compile(r"^\s*[(（)）]?\s*(亿元|亿|万元|万|千元|元|圆)")


@dataclass
class Money:
    """A parsed amount with the warnings raised while reading it."""

    value: float | None
    warnings: list[str] = field(default_factory=list)


def _unit_factor(unit: str | None) -> float:
    if not unit:
        return 1.0
    if unit.startswith("亿"):
        return 1e8
    if unit.startswith("万"):
        return 1e4
    if unit.startswith("千"):
        return 1e3
    return 1.0


def unit_from_label(label: str) -> str | None:
    """The money unit a label or column header announces, e.g. '成交价(万元)' → '万元'."""
    m = re.search(r"(亿元|万元|元)", label)
    return m.group(1) if m else None


def _upper_to_number(text: str) -> float | None:
    text = text.replace("整", "").replace("萬", "万").replace("億", "亿").replace("圆", "元")
    jiao = fen = 0
    if "元" in text:
        head, _, tail = text.partition("元")
        m = re.search(r"(.)角", tail)
        if m:
            jiao = int(cn2an.cn2an(m.group(1), "smart"))
        m = re.search(r"(.)分", tail)
        if m:
            fen = int(cn2an.cn2an(m.group(1), "smart"))
    else:
        head = text
    if not head:
        return None
    try:
        base = float(cn2an.cn2an(head, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
    return round(base + jiao / 10 + fen / 100, 2)


# (round 27d) a cell listing one figure per lot, '3200000,2400000', '120、80万元': not one sum (a figure with thousands
# commas, '3,200,000.00', is one)
_FIGURE_LIST = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:[,，、/；;]\s*\d+(?:\.\d+)?\s*)+(?:万元|元|万)?\s*[。.]?")
_THOUSANDS = re.compile(r"\s*\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?\s*(?:万元|元|万)?\s*[。.]?")


def parse_money(text: str, default_unit: str | None = None) -> Money:
    """Read an amount in yuan from '1289100', '75万元', '4.3亿元', '壹佰贰拾万元整(小写:120万元)', '¥12,345.00'.

    ``default_unit`` is the unit a label or column header announced ('万元' in '投标报价（万元）').
    When both 大写 and 小写 are given they are cross-checked and a mismatch is reported in warnings;
    the 小写 figure is kept (it is the one tables and summaries repeat).
    """
    warnings: list[str] = []
    raw = clean_text(text)
    if not raw or is_placeholder(raw):
        return Money(None)
    if _FIGURE_LIST.fullmatch(raw) and not _THOUSANDS.fullmatch(raw):
        # round 27d: '最高限价（元）：3200000,2400000' (fresh45 哈密, one figure a lot): several sums, no one sum
        return Money(None)
    upper_val: float | None = None
    m_up = None
    for cand in _UPPER_RUN.finditer(raw):
        s = cand.group(0)
        # a real 大写 amount has at least one 大写 digit and a unit/place character
        if len(s) >= 2 and re.search(r"[壹贰叁肆伍陆柒捌玖拾佰仟]", s):
            upper_val = _upper_to_number(s)
            m_up = cand
            unit_m = _UNIT_AFTER.match(raw[cand.end() :])
            if upper_val is not None and unit_m is None and "元" not in s and default_unit:
                upper_val *= _unit_factor(default_unit)
            elif upper_val is not None and unit_m is not None:
                upper_val *= _unit_factor(unit_m.group(1))
            break
    lower_val: float | None = None
    for m in _NUM.finditer(raw):
        if m_up is not None and m_up.start() <= m.start() < m_up.end():
            continue
        intpart = re.sub(r"[,，]", "", m.group(1))
        num = float(intpart + ("." + m.group(2) if m.group(2) else ""))
        after = raw[m.end() :]
        unit_m = _UNIT_AFTER.match(after)
        before = raw[max(0, m.start() - 3) : m.start()]
        if (
            re.search(r"(第|号|标段|包|[〔\[【])$", before)
            or re.match(r"^\s*[〕\]】]", after)
            # (round 25b: a lot's tag before its figure, '1标:600元', '2标段…': the lot's number, no sum)
            or re.match(r"^\s*(%|％|个|年|月|日|天|号|平方|㎡|亩|吨|人|家|套|台|份|标)", after)
        ):
            continue
        unit = unit_m.group(1) if unit_m else default_unit
        lower_val = round(num * _unit_factor(unit), 2)
        break
    if upper_val is not None and lower_val is not None and abs(upper_val - lower_val) > 1:
        warnings.append(
            f"金额大写与小写不一致 (upper/lower mismatch): 大写 {upper_val:g} ≠ 小写 {lower_val:g}"
        )
    value = lower_val if lower_val is not None else upper_val
    return Money(value, warnings)


def money(text: str, default_unit: str | None = None) -> float | None:
    """Shortcut for ``parse_money(...).value``."""
    return parse_money(text, default_unit).value


# --------------------------------------------------------------------------------------- dates/times

_CN_DIGIT = {
    "〇": "0",
    "0": "0",
    "○": "0",
    "零": "0",
    "Ｏ": "0",
    "O": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
# typed 落款 dates write the zero as a letter O ('二Ｏ一Ｏ年十一月五日'), which NFKC makes a Latin 'O',
# or as the digit ('二0一五年十二月十六日'): a year of Chinese numerals with one such zero in it
_CN_DATE = re.compile(
    r"((?=[〇○零ＯO0]*[一二三四五六七八九])[〇○零ＯO0一二三四五六七八九]{4})年"
    r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})(?!\d)\s*日?"
)
#: a text that is nothing but a date, with a time perhaps ('2021-06-28', '2021年6月28日 09:30'): a title
#: block printing its date under the title, in HTML (layout) and in text renderings (textpage) alike
DATE_ONLY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?")
_TIME = re.compile(
    r"^\s*(?:[（(]?(?:北京时间|星期.|周.)[)）]?)?\s*(上午|下午|晚上|中午|早上)?\s*(\d{1,2})\s*(?:[:：]|时|点)\s*[:：]?\s*(\d{1,2})?\s*分?"
)


def _cn_date_to_arabic(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        year = "".join(_CN_DIGIT[c] for c in m.group(1))
        month = int(cn2an.cn2an(m.group(2), "smart"))
        day = int(cn2an.cn2an(m.group(3), "smart"))
        return f"{year}年{month}月{day}日"

    return _CN_DATE.sub(repl, text)


def _squash(text: str) -> str:
    """NFKC, Chinese-numeral dates made Arabic, and white space removed except between two numbers
    ('2021-06-11 11:00' keeps its space; '20 21年 6 月 0 9 时' becomes '2021年6月09时')."""
    text = unicodedata.normalize("NFKC", text)
    # a copy's lost no-break space printed as '?' between the day and the time ('5月6日?17:00')
    text = re.sub(r"(?<=日)\?(?=\s*\d)", " ", text)
    text = _cn_date_to_arabic(text)
    # an hour in words after 上午/下午 ('上午九点', '下午三时'): a report's wording of a time
    text = re.sub(
        r"(?<=[上下]午)([一二三四五六七八九十]{1,3})(?=[点时](?!半))",
        lambda m: str(int(cn2an.cn2an(m.group(1), "smart"))),
        text,
    )
    text = _WS.sub(" ", text)
    text = re.sub(r"(\d+) (\d+)(?=\s*年)", r"\1\2", text)
    # ('2021-5-6 9:30:00': a one-digit day after a date separator is no letter-spaced figure)
    text = re.sub(r"(?<![\d\-/.])(\d) (\d)(?!\d)", r"\1\2", text)
    return re.sub(r"(?<=\D) | (?=\D)", "", text)


def _valid(y: int, mo: int, d: int) -> bool:
    import datetime as _dt

    try:
        _dt.date(y, mo, d)
    except ValueError:
        return False
    return True


#: a day printed in figures as pages print it ('2018-9-7', '2018/09/07', '2018.09.07', '2018年9月7日'), for
#: patterns that look for a date at a place in a line (a page's stamp, a byline); ``parse_date`` reads it
DAY = r"\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)"


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as ('YYYY-MM-DD', start, end) in the squashed text, or None."""
    s = _squash(text)
    for m in _DATE.finditer(s):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end()
    return None


def parse_date(text: str) -> str | None:
    """'2018年9月7日', '2018-09-07', '2018/9/7', '2018.09.07', '二〇一八年九月七日', '20 21年 5 月 12 日' → '2018-09-07'."""
    found = find_date(text)
    return found[0] if found else None


def parse_datetime(text: str) -> str | None:
    """A date followed by a clock time → 'YYYY-MM-DD HH:MM'; None when the text has no time.

    Times: '9:30', '09:30:00', '9时30分', '9时', '上午9：30', '下午2:30' (+12), '0 9 时 : 30 分'.
    """
    s = _squash(text)
    for m in _DATE.finditer(s):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(y, mo, d):
            continue
        t = _TIME.match(s[m.end() :])
        if not t:
            return None
        hour = int(t.group(2))
        minute = int(t.group(3) or 0)
        if t.group(1) in ("下午", "晚上") and hour < 12:
            hour += 12
        if t.group(1) == "中午" and hour < 6:
            hour += 12
        if hour > 23 or minute > 59:
            return None
        return f"{y:04d}-{mo:02d}-{d:02d} {hour:02d}:{minute:02d}"
    return None


def parse_ms_timestamp(value: int | float | str) -> str | None:
    """zfcg's publishDate in milliseconds since the epoch → 'YYYY-MM-DD' in China time (UTC+8)."""
    import datetime as _dt

    try:
        ms = int(value)
    except (TypeError, ValueError):
        return None
    tz = _dt.timezone(_dt.timedelta(hours=8))
    return _dt.datetime.fromtimestamp(ms / 1000, tz).strftime("%Y-%m-%d")


# ------------------------------------------------------------------------------------------ durations

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*个?\s*(日历天|工作日|自然日|天|日|个月|月|年)")


def parse_duration(text: str) -> tuple[float, str] | None:
    """'90日历天' → (90, 'calendar_day'); '5个工作日' → (5, 'working_day'); '3个月' → (3, 'month')."""
    m = _DURATION.search(_squash(text))
    if not m:
        return None
    unit = {
        "日历天": "calendar_day",
        "自然日": "calendar_day",
        "天": "calendar_day",
        "日": "calendar_day",
        "工作日": "working_day",
        "个月": "month",
        "月": "month",
        "年": "year",
    }[m.group(2)]
    num = float(m.group(1))
    return (int(num) if num.is_integer() else num), unit


_TERM = re.compile(r"(?<![\d.年])(\d+(?:\.\d+)?)(年|个月)(?!\d)")


# (round 26a) one land use and its term, the unit left to the header ('工业40' under '出让年限(年)')
_USE_TERM = re.compile(r"(?:工业|住宅|商业|商服|居住|仓储|办公|科研|教育|综合)(?:用地)?(\d{1,3})")


def duration_years(text: str) -> float | None:
    """A term in years: '70年' → 70, '出让年限10年（自交地之日起）' → 10, '18个月' → 1.5, '40' → 40
    (a bare number: the 年限 label or '(年)' header gives the unit).

    Day counts (日历天/工作日) are not converted: a year is not a fixed number of working days, and a
    value the page does not state is worse than none.  Dates (2026年3月) are no term, and several
    different terms (住宅70年，商业40年) give no one value.
    """
    squashed = _squash(text)
    terms = [(float(m.group(1)), m.group(2)) for m in _TERM.finditer(squashed) if float(m.group(1)) < 1000]
    if len(set(terms)) > 1:
        return None
    if terms:
        num, unit = terms[0]
        years = num if unit == "年" else round(num / 12, 2)
    elif re.fullmatch(r"\d+(?:\.\d+)?", squashed.strip()):
        years = float(squashed.strip())
    elif m_use := _USE_TERM.fullmatch(squashed.strip()):
        years = float(
            m_use.group(1)
        )  # (round 26a) '工业40' under '出让年限(年)': one use's term, the 年 in the header
    else:
        return None
    if not 0 < years <= 100:
        return None
    return int(years) if years.is_integer() else years


# ---------------------------------------------------------------------------------------------- areas

_AREA = re.compile(
    # (round 19c: the unit in capitals as a mining notice prints it, '矿区面积0.0243KM2', as 'M2' beside 'm2')
    r"(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*(平方米|平米|㎡|m2|m²|M2|平方公里|平方千米|km2|KM2|Km2|公顷|亩)?"
)
_AREA_FACTOR = {
    "平方米": 1.0,
    "平米": 1.0,
    "㎡": 1.0,
    "m2": 1.0,
    "m²": 1.0,
    "M2": 1.0,
    "公顷": 10000.0,
    "亩": 666.67,
    "平方公里": 1e6,
    "平方千米": 1e6,
    "km2": 1e6,
    "KM2": 1e6,
    "Km2": 1e6,
}


def parse_area(text: str, default_unit: str | None = None) -> float | None:
    """Area in m²: '17960.29平方米', '1.2公顷' (×10000), '7亩' (×666.67), or a bare number with the header's unit."""
    s = clean_text(text)
    # '5.6万平方米': ten-thousands of square metres
    s = re.sub(
        r"(\d+(?:\.\d+)?)\s*万\s*(?=平方米|平米|㎡|m2|m²)",
        lambda m: f"{float(m.group(1)) * 10000:.2f}",
        s,
        count=1,
    )
    m = _AREA.search(s)
    if not m:
        return None
    unit = m.group(2) or default_unit
    if unit is None:
        return None
    factor = _AREA_FACTOR.get(unit)
    if factor is None:
        return None
    num = float(re.sub(r"[,，]", "", m.group(1)))
    return round(num * factor, 2)


def area_unit_from_label(label: str) -> str | None:
    """The area unit in a label: '土地面积(平方米)' → '平方米'."""
    m = re.search(r"(平方米|㎡|m2|m²|公顷|亩|平方公里|平方千米)", label)
    return m.group(1) if m else None


def parse_number(text: str) -> float | None:
    """The first plain number (years, tonnes, counts)."""
    m = re.search(r"\d+(?:\.\d+)?", clean_text(text).replace(",", ""))
    if not m:
        return None
    v = float(m.group(0))
    return int(v) if v.is_integer() else v


# ---------------------------------------------------------------------------------------------- lists

_NOT_NAMES = {
    "序号",
    "姓名",
    "名单",
    "专家",
    "职称",
    "单位",
    "工作单位",
    "备注",
    "评审专家",
    "专家姓名",
    "组长",
    "成员",
    # the other column headers of a panel's table ('评审小组职务 | 姓名 | 产生方式 | 参与过程')
    "职务",
    "组员",
    "副组长",
    "产生方式",
    "参与过程",
    "随机抽取",
    "业主推荐",
    "全过程",
    # a recommendation table's headers ('采购人推荐意见 | 评审专家推荐意见', glued to the role word)
    "推荐意见",
    "意见",
}
_MASKED_NAME = re.compile(r"[\u3400-\u9fff]{1,2}[*＊]{1,4}")
_LIST_SPLIT = re.compile(r"[、，,；;/\s]+")


def split_people(text: str) -> list[str]:
    """'陈洁,郭演星、沈汉翔 蒋阳' → names in page order; drops placeholders and role words."""
    out: list[str] = []
    for part in _LIST_SPLIT.split(unicodedata.normalize("NFKC", text)):
        # a member's role in brackets, the role may name the member again: '罗振燕（采购人代表：罗振燕）。'
        part = part.strip(_TRAILING_PUNCT)
        # '…抽取的5名专家为：甲某' / '招标人代表：乙某': the role said before a colon is no name
        part = re.split(r"[:：]", part)[-1] if not re.search(r"[（(][^)）]*[:：]", part) else part
        # (round 18d: a lot's representative, '李某（第1包采购人代表）', '章某（第1标项采购人代表）': the
        # national result template's 评审专家名单, fresh23 右玉, fresh19 东阳 / 绍兴, fresh21 上虞)
        part = re.sub(
            r"[（(](?:第[\d一二三四五六七八九十]{1,3}(?:包|标项|标段|分包|包组))?"
            # (round 20b: any role of up to six characters before the role word, '王某（采购人评委）' (fresh30 登封)
            # as '（业主评委）', '（采购人代表）' were)
            r"([\u4e00-\u9fff]{0,6}(?:组长|主任|代表|专家|评委|组员|成员))(?:[:：][\u3400-\u9fff·]{2,5})?[)）]$",
            "",
            part,
        )
        part = part.strip(_TRAILING_PUNCT + "()（）")
        if not part or is_placeholder(part):
            continue
        if (
            re.fullmatch(r"[\u3400-\u9fff·]{2,5}", part) and part not in _NOT_NAMES
        ) or _MASKED_NAME.fullmatch(part):
            out.append(part)  # masked names (钱**) are kept as printed
    return out


def split_orgs(text: str) -> list[str]:
    """Organisation names separated by 、；; (never by commas inside brackets)."""
    parts = re.split(r"[、；;]", text)
    return [p for p in (strip_value(x) for x in parts) if p and not is_placeholder(p)]


_RANK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def rank_number(text: str) -> int | None:
    """A candidate's rank as printed ('1', '一' … '十' of 第一名): the readers of candidate lists and of
    transposed candidate tables share it. A longer Chinese numeral is no rank here (None)."""
    if text.isdigit():
        return int(text)
    return _RANK_DIGITS.get(text)


def candidate(rank: int | None, name: str, price: float | None) -> dict[str, object]:
    """One entry of ``candidates`` in the taxonomy's shape."""
    return {"rank": rank, "name": strip_value(name), "price": price}
