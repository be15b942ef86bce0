"""Round 22g: a value's shape, by the kind of its key — the last gate every value passes (``Record.set``).

The readers cut a value out of a page by its label and its separator; on a page of a kind never seen they can
take the wrong span: the label's own words, the next label, a row's number, a sentence of boilerplate, a
heading. Whatever reader made it, such a value has a shape no value of its key has. ``refusal`` tells it by
that shape alone, one table by key, so that one check covers every reader and every page:

- a party (purchaser, agency, each winner): no label's words only ('联合体成员单位', '采购单位'), no next
  label's head run on at its end ('…有限公司中标', '…有限公司采购代理机构'), no separator or item number inside
  ('某公司 2.中标', '…：…'), no sentence ('。'), not digits only, not longer than a name is;
- a project number: a digit or a code letter in it, no mask ('*', '#'), no sentence ('。', a long run of
  hanzi with no digit in it), not a bare one-to-three-digit row number;
- a project name: no section number before it ('三、…'), no label's colon outside brackets, no '。';
- money: positive; a budget or a price cap not a bare figure under 1000 (a row's number, a figure whose
  unit, 万元, was lost);
- an area, a term in years, a date: within sane ranges (area 0–10⁹ m², 1–70 years, 1990–2030);
- a title: not a bracketed aside, not a label of the page's grid, no sentence ('。');
- a location, a land use: not a label's words, no sentence ('。'), not longer than a place phrase is.

A refused value is no value: ``Record.set`` keeps the next reading of the key, and where none comes the key
is a review gap (stated, not missing), so that no 要素缺失 finding rests on our misreading. The platform's own
data (json, hint) is not judged.  Folded in from ``core._value`` (the same tests, in one place now): money
≤ 0, the project number's mask, its bare row number and its need of a letter or digit, a party's colon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from .hanzi import translate_only
from .labels import core_label, keys_for
from .masked import masked_code, only_place_words
from .patterns import LOT_COLON

#: the reasons in Chinese, for the warning a user reads (the English ones are for the code and the docs)
REASON_ZH: dict[str, str] = {
    "digits only": "只有数字",
    "a label's colon inside": "含有标签的冒号",
    "a sentence": "是一句话",
    "the next item's number inside": "含有下一项的序号",
    "the next label's head at its end": "末尾连着下一项的标签",
    "a label's words only": "只有标签用语",
    "a label's words": "是标签用语",
    "longer than a name": "长于名称",
    "masked": "已打码",
    "a row's number": "是行序号",
    "no letter or digit": "没有字母或数字",
    "a name before its code": "编号前连着名称",
    "longer than a code": "长于编号",
    "a section's number": "前有章节序号",
    "not positive": "不是正数",
    "a bare figure under 1000": "不足1000且无单位",
    "out of range": "超出合理范围",
    "a bracketed aside": "是括号里的附注",
    "a picture's caption": "是图片说明",
    "a label of the page's grid": "是表格的标签",
    "longer than a place": "长于地点",
    "a subject before 位于": "位于前还有主语",
    "years after the notice's own dates": "晚于公告其他日期数年",
}

_HANZI_RUN = re.compile(r"[\u3400-\u9fff]+")

# -- parties ---------------------------------------------------------------------------------------------
# the role words a label of a party is made of ('联合体成员单位', '采购单位名称', '中标供应商'): a value made of
# them only is the label read as its own value
_ROLE_WORD = re.compile(
    r"采购|招标|投标|中标|成交|中选|竞得|受让|出让|转让|出租|承租|代理|联合体|牵头|成员|主体|"
    r"供应商|单位|机构|公司|人|方|名称|全称|信息|情况|候选|第[一二三四五六七八九十\d]|名"
)
# the head of the next item's label run onto the name's end ('…规划院中标', '…有限公司采购代理机构',
# '…有限公司成交单位'); no organisation's name ends so
_LABEL_TAIL = re.compile(
    r"(?:中标|成交|中选|入围|(?:采购|招标)?代理机构|(?:中标|成交)(?:单位|人|供应商)|供应商|投标人|招标人|采购人"
    r"|联系人|联系方式|(?:联系)?地址|(?:联系)?电话|名称)$"
)
# the words of a sentence, not of a name ('…决定对…进行公开招标', '现将…公告如下', '受…委托'); no seen party's name holds one
_SENTENCE_WORDS = re.compile(
    r"决定|进行|采用|现将|特此|拟于|已于|受托|委托|负责|如下|本项目|本次|公告|公示|关于|根据|按照"
)
# an item's number inside the value ('某公司 2.中标', '某局 三、'): the next item read on
_ITEM_INSIDE = re.compile(r"\s(?:\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}\s*、)\s*\S")


def _party(name: str) -> str | None:
    text = re.sub(r"\s+", " ", name).strip()
    if re.fullmatch(r"[\d\s.,，\-—/]+", text):
        return "digits only"
    if re.search(r"[:：]", text):
        return "a label's colon inside"  # '二、实施机构:挂牌工作由某局': a section's label inside the cut
    if "。" in text or _SENTENCE_WORDS.search(text):
        return "a sentence"
    if _ITEM_INSIDE.search(text):
        return "the next item's number inside"
    if _LABEL_TAIL.search(text):
        return "the next label's head at its end"
    compact = re.sub(r"\s", "", text)
    if _ROLE_WORD.sub("", compact) == "" or keys_for(core_label(compact)[0]):
        return "a label's words only"
    if len(compact) > 60:
        return "longer than a name"
    return None


def _parties(value: Any) -> str | None:
    if isinstance(value, list):
        bad = [_party(str(v)) for v in value]
        return next((b for b in bad if b), None)
    return _party(str(value))


# -- codes and names -------------------------------------------------------------------------------------
_SECTION_OPEN = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])"
)
# a project's name with its code in brackets after it: '<名称>（<编号>）' read whole as the number
_NAME_THEN_CODE = re.compile(r"^[\u3400-\u9fff]{6,}\s*[（(]\s*[A-Za-z0-9]")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]|【[^【】]*】|\[[^\[\]]*\]")


def _project_number(value: Any) -> str | None:
    text = str(value).strip()
    if re.search(r"[*＊#＃]", text) or masked_code(text):
        # 'CZ*', 'ZFCG####-…', 'J(略)CB(略)': the code is not on the page (LABELLING: masked codes → none)
        return "masked"
    if re.fullmatch(r"\d{1,3}", text):
        # round 20b: '编号 | 服务描述 | …' over '1 | …' (a requirements list, fresh29 中山): a row's number
        return "a row's number"
    if not re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKC", text)):
        return "no letter or digit"  # (a code in full-width letters and digits, 'ＺＣ－２０３０－０１', is a code)
    if _NAME_THEN_CODE.match(text):
        return "a name before its code"  # '妇科医疗设备采购（GXZC2018-…）': a combined label's name and code
    if "。" in text or max((len(r) for r in _HANZI_RUN.findall(text)), default=0) >= 12:
        return "a sentence"  # '2021-006 某公司项目中标公告本公司董事会及全体董事保证…'
    if len(text) > 80:
        return "longer than a code"
    return None


# (round 27c) '…项目2包：技术支持': a lot's colon (patterns.LOT_COLON), no label's
_LOT_COLON = re.compile(LOT_COLON)


def _project_name(value: Any) -> str | None:
    text = str(value).strip()
    if _SECTION_OPEN.match(text):
        return "a section's number"  # '三、公告媒体及日期：本项目'
    if re.search(r"[:：]", _LOT_COLON.sub("", _BRACKETED.sub("", text))):
        return "a label's colon inside"
    if "。" in text:
        return "a sentence"
    if re.search(r"为准$", text):
        # round 27f: '…以<平台>工程名称：<名称> 公告信息为准' (fresh45 西城, the 北京 works platform's note on ccgp): the
        # sentence's '以…为准' read on past the name
        return "a sentence"
    return None


# -- money, measures, dates ------------------------------------------------------------------------------
def _money(value: Any) -> str | None:
    return "not positive" if isinstance(value, (int, float)) and value <= 0 else None


def _whole_price(value: Any) -> str | None:
    if isinstance(value, (int, float)) and 0 < value < 1000:
        # '60' under a 预算 column whose 万元 was not read, a row's '1': no budget or price cap is so small
        return "a bare figure under 1000"
    return _money(value)


def _area(value: Any) -> str | None:
    return "out of range" if isinstance(value, (int, float)) and not 0 < value < 1e9 else None


def _years(value: Any) -> str | None:
    return "out of range" if isinstance(value, (int, float)) and not 0 < value <= 70 else None


def _parcel_no(value: Any) -> str | None:
    # round 23c: '(略)', '2025**B2': a parcel's code masked (LABELLING parcel_no: masked → none), as a project number
    return "masked" if masked_code(str(value)) else None


# haudit2: a mine's yearly output is a figure ('30万吨/年', masked '**万吨/年') or its class (小型); a word such as
# '调查评价' printed under '开采规模' in a cut table is another item's value
_SCALE = re.compile(r"[\d*＊零一二三四五六七八九十百千万]|大型|中型|小型")


def _scale(value: Any) -> str | None:
    return None if _SCALE.search(str(value)) else "no letter or digit"


# haudit2: a land's planning figures hold a figure, a mask or a bound ('≤1.5', '1.0≤R≤1.4', '*.*'); a short value
# without one is the next cell's words ('建筑系数', '土地产出' read under '绿地率', '投资强度')
_PLANNING = re.compile(r"[\d*＊≤≥<>＜＞≦≧]")


def _planning(value: Any) -> str | None:
    text = core_label(str(value).strip())[0]
    return "a label's words" if len(text) <= 6 and not _PLANNING.search(text) else None


# haudit2: an overview told in a few words with no figure is the first cell of the table under its heading ('序号',
# '房屋名称', '房产(不动产权证)' read under '出租房屋基本情况'), not a description
def _overview(value: Any) -> str | None:
    text = core_label(str(value).strip())[0]
    return "a label's words" if len(text) <= 8 and not re.search(r"[\d*＊]", text) else None


def _date(value: Any) -> str | None:
    m = re.match(r"(\d{4})-", str(value))
    return "out of range" if m and not 1990 <= int(m.group(1)) <= 2030 else None


# -- titles, places --------------------------------------------------------------------------------------
# round 23c: a picture's caption printed where a headline stands ('(资料图片)' / '某公司 官网截图', fresh33 厦门): no title
_CAPTION = re.compile(
    r"^(?:[(（]?\s*(?:资料)?图[为片:：]|摄影?[:：])|(?:截图|截屏|图片|照片|供图|资料图|配图|摄)\s*[)）]?$"
)


def _title(value: Any) -> str | None:
    text = str(value).strip()
    if _CAPTION.search(translate_only(re.sub(r"\s+", "", text))):
        return "a picture's caption"
    if re.fullmatch(r"[（(【\[][^（()）【】\[\]]*[)）】\]]", text):
        return "a bracketed aside"  # '（招标人、招标代理公司、监督部门）': a signature block's note
    if "。" in text.rstrip("。"):
        return "a sentence"
    if keys_for(core_label(text)[0]):
        return "a label of the page's grid"
    return None


# an item's label, made of a few words and the word that names an item of a grid ('建筑面积', '供地条件', '容积率',
# '土地用途', '出让年限'): the next cell's label read as the value (round 17d's item words, widened to the family)
_ITEM_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:面积|规模|工期|内容|范围|性质|用途|概况|投资|率|条件|年限|期限|价格?|金额?|方式|时间|日期"
    r"|名称|编号|位置|地点|要求|指标|密度|高度|系数|标准|说明|备注|四至|现状|坐落)"
)
# (round 17d) '本项目拟对…区内': a sentence about the project, not the place phrase a label gives
_SENTENCE_PLACE = re.compile(r"(?:本|该)(?:项目|工程|地块|宗地|矿区)")


def _place(value: Any) -> str | None:
    text = str(value).strip()
    if only_place_words(text):
        return "masked"  # round 23c: '****村委会地段': masks out, a place's generic words alone (LABELLING)
    if "。" in text.rstrip("。"):
        return "a sentence"
    if keys_for(core_label(text)[0]) or _ITEM_LABEL.fullmatch(text):
        return "a label's words"  # '供地条件', '容积率', an empty 建设地点 cell's next label '建筑面积': no value
    if _SENTENCE_PLACE.match(text):
        return "a sentence"
    if "位于" in text:
        return (
            "a subject before 位于"  # '(具体以现场实际为准)位于某县…': the place is what follows 位于, alone
        )
    if len(text) > 80:
        return "longer than a place"
    return None


#: the checks by key: a key not listed is not judged by shape
CHECKS: dict[str, Callable[[Any], str | None]] = {
    "purchaser": _parties,
    "agency": _parties,
    "winner": _parties,
    "project_number": _project_number,
    "project_name": _project_name,
    "parcel_no": _parcel_no,
    "budget": _whole_price,
    "max_price": _whole_price,
    "amount": _money,
    "starting_price": _money,
    "contract_amount": _money,
    "unit_price": _money,
    "area_m2": _area,
    "use_term_years": _years,
    "title": _title,
    "location": _place,
    "land_use": _place,
    "production_scale": _scale,
    "planning_indicators": _planning,
    "project_overview": _overview,
    **{
        k: _date
        for k in (
            "publish_date",
            "bid_deadline",
            "opening_time",
            "award_date",
            "sign_date",
            "deal_date",
            "publicity_start",
            "publicity_end",
        )
    },
}

#: the dates of a notice's own steps, none of which comes years before its publication
_STEP_DATES = (
    "bid_deadline",
    "opening_time",
    "publicity_start",
    "publicity_end",
    "deal_date",
    "award_date",
    "sign_date",
)


def cross_refusals(fields: dict[str, Any]) -> dict[str, str]:
    """Keys whose value cannot stand beside the record's other values: a publish_date two years or more after
    every step of the notice it dates (a footer's copyright year, a later repost's stamp)."""
    out: dict[str, str] = {}
    pub = re.match(r"(\d{4})-", str(fields.get("publish_date", "")))
    steps = [int(m.group(1)) for k in _STEP_DATES if (m := re.match(r"(\d{4})-", str(fields.get(k, ""))))]
    if pub and steps and int(pub.group(1)) - max(steps) >= 2:
        out["publish_date"] = "years after the notice's own dates"
    return out


#: methods whose values are the platform's own data, not a reading of the page: not judged
TRUSTED = frozenset({"json", "hint"})


def refusal(key: str, value: Any, method: str = "") -> str | None:
    """Why ``value`` cannot be a value of ``key`` by its shape, or None when it can."""
    check = CHECKS.get(key)
    if check is None or method in TRUSTED:
        return None
    return check(value)
