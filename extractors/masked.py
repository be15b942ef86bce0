"""Masked strings: what is left of a name once an aggregator's masks are taken out.

Aggregators print a notice with its names masked ('****国有建设用地使用权挂牌出让公告', '**县…'). LABELLING.md
('Masked values: more than a generic word left', adopted 2026-12-06) keeps a masked string only when, masks
removed, more than generic words are left: a place word or a named object. The one case this module decides
is the plain one: a heading whose masked part was the only name in it, so that what is left is the notice's
type words alone (the right sold, the way it is sold, the notice word). A year or a batch number left over
('**县2024年第四十期…') is not decided here: the labels of fresh2 and fresh17 read it both ways.
"""

from __future__ import annotations

import re

# a mask and the place word it keeps ('**县', '****', '(略)省', '###市'): the masked name of a place or body
# (round 17b: an aggregator's reveal link printed after the mask, '****点击查看' / '**点击登录查看', is part
# of the mask: LABELLING.md lists 点击查看 among the masks)
_MASK_RUN = re.compile(
    r"(?:[*＊#]{2,}|[(（]略[)）])(?:\s*点击(?:登录)?查看)?"
    r"\s*(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡|村|街道|社区|人民政府|政府)?"
)
# the words of a notice's type: the right or the thing sold, how it is sold, the notice word
_TYPE_WORD = re.compile(
    r"国有建设用地使用权|国有土地使用权|建设用地使用权|土地使用权|采矿权|探矿权|矿业权|排污权|租赁权|经营权"
    r"|网上|公开|挂牌|拍卖|招标|投标|竞价|协议|出让|转让|出租|招租|拍租|挂牌出让|交易|成交|结果"
    r"|中标|候选人|更正|变更|补充|终止|流标|采购|的|公告|公示|通知"
    # (round 17b: a riverbed's sand right by its kind, a round, a lease's class of premises and the class of
    # a masked owner: '**县河道砂石开采权拍卖公告', '****小学****商铺第二次招租公告' leave no name — fresh20)
    r"|河道砂石|开采权|第[一二三四五六七八九十\d]{1,2}次|商铺|门面|店面|小学|中学"
    # (round 28g: LABELLING rule 6a, adopted at stop 31: a year, a batch or a period is a generic word — '**县2024年第四十期
    # 国有建设用地使用权网上挂牌出让公告', '******医院2026年3月(第1批)政府采购意向公告' —, as are the way of sale '招拍挂' and
    # the buyer's kind '医院', '政府采购意向')
    r"|(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月份?|第\s*[一二三四五六七八九十百\d]{1,4}\s*(?:期|批次|批)"
    r"|[(（]\s*第?\s*[一二三四五六七八九十\d]{1,3}\s*(?:期|批次|批)\s*[)）]|招拍挂|政府|意向|医院"
)
_SPACE = re.compile(r"\s+")


def masked(text: str) -> bool:
    """True when ``text`` carries an aggregator's mask (two or more '*', '#', or a '(略)')."""
    return _MASK_RUN.search(text) is not None


def _unmasked(text: str) -> str:
    """What is left of ``text`` once its masks (with the place word each keeps) and its spaces are out."""
    return _SPACE.sub("", _MASK_RUN.sub("", text))


def only_type_words(text: str) -> bool:
    """True when ``text`` is masked and nothing but the notice's type words is left once the masks are out.

    '****国有建设用地使用权 挂牌出让公告' and '**县国有建设用地使用权网上挂牌出让公告' are such; a string
    with a place or object left ('**县石长沟页岩矿采矿权') is not; a year, a batch or a period is a generic word (round
    28g, LABELLING rule 6a: '**县2025年第一期国有建设用地使用权挂牌出让公告' is such).
    """
    if not masked(text):
        return False
    rest = _unmasked(text)
    return bool(rest) and _TYPE_WORD.sub("", rest) == ""


# the words that end any organisation's name ('******有限公司' leaves only these once its mask is out)
_ORG_WORDS = re.compile(r"(?:股份|有限|责任|集团|控股|分|总)*(?:公司|集团|厂|店|社|中心|事务所)")
# a code with a mask inside it ('2025**B2', 'CZ*'): the code is not on the page
_MASKED_CODE = re.compile(r"[A-Za-z0-9\-_()（）]*[*＊#]+[A-Za-z0-9\-_()（）*＊#]*")


def only_org_words(text: str) -> bool:
    """True when ``text`` is a masked organisation of which only the words every name ends with are left
    ('******有限公司'); 'Masked values: more than a generic word left' (LABELLING.md), as for a winner."""
    if not masked(text):
        return False
    rest = _unmasked(text)
    return not rest or _ORG_WORDS.fullmatch(rest) is not None


def masked_code(text: str) -> bool:
    """True when ``text`` is a code (letters, digits, dashes) with a mask inside it ('2025**B2'), or nothing but
    masks ('(略)'). Round 23c: an aggregator's '(略)' inside a code is a mask as '*' is ('J(略)CB(略)'); at the end of
    a code with a head printed it abridges the line, the head is as printed ('N0129GQ(略)', fresh4 海南)."""
    # (round 26a) '…11-04-16-2#地块': one '#' after a lot's digits, before the lot word, is the number sign (号)
    text = _NUMBER_SIGN.sub("号", text)
    head = re.sub(r"\s*[(（]略[)）]\s*$", "", text.strip())
    text = _ABRIDGED.sub("*", head or text)
    if _NUMBER_MASK.search(text):
        return True  # (round 25a) '台土告字[(略)](略)号': the mask stands where the code's digits are
    return bool(re.search(r"[*＊#]", text)) and _MASKED_CODE.fullmatch(text.strip()) is not None


# (round 25a) a code whose figures are masked, whatever words it opens with: a mask in brackets ('…字[*]'), a mask
# before the code's closing 号 ('*号'), or a mask beside a digit ('2025*', '*07'); a mask before a place word
# only ('**市CB030407地块') leaves the code whole (LABELLING.md 'Masked codes')
_NUMBER_MASK = re.compile(
    r"[\[［〔【(（]\s*[*＊#]+\s*[\]］〕】)）]|[*＊#]+\s*[号號]|\d\s*[*＊#]|[*＊#]\s*\d"
    # (round 26a) a mask on either side of a code's dash ('ZH**-**-**', '西二环路(略)-(略)地块'): the code's digits
    r"|[*＊#]\s*[-－]|[-－]\s*[*＊#]"
)


_ABRIDGED = re.compile(r"[(（]略[)）]")
# (round 26a) a lone '#' between a digit and the word for a lot or a building is the number sign, no mask
_NUMBER_SIGN = re.compile(r"(?<=\d)[#＃](?![#＃*＊])(?=\s*(?:地块|宗地|地|幢|栋|楼|号楼))")

# (round 23c) the words any place's description is made of, no name among them: what an aggregator leaves of a place
# once the names are masked ('****村委会地段', '**镇**村东侧'), the generic words alone ('Masked values: more than a
# generic word left', LABELLING.md)
_PLACE_WORDS = re.compile(
    r"村民委员会|村委会|居委会|委员会|办事处|街道|社区|地段|路段|地块|宗地|片区|区域|辖区|境内|范围内?|一带|附近|周边|"
    r"[东南西北]{1,2}(?:侧|面|部|边|角)|以[东南西北]|交叉口|交汇处|路口|[省市州盟县区旗镇乡村组路街道号内外侧处旁]|的|及|和|与|、"
)


def only_place_words(text: str) -> bool:
    """True when ``text`` is masked and nothing but a place's generic words is left once the masks are out
    ('****村委会地段'); a place with a name left ('**县金孔镇蟠龙村', '岳阳楼区****') is not."""
    if not masked(text):
        return False
    rest = _SPACE.sub("", _BARE_MASK.sub("", text))
    return _PLACE_WORDS.sub("", rest) == ""


_BARE_MASK = re.compile(r"(?:[*＊#]{2,}|[(（]略[)）])(?:\s*点击(?:登录)?查看)?")


# (round 19d) the words any project's name ends with: a masked name of which only these are left ('****采购项目')
_PROJECT_WORDS = re.compile(r"项目|工程|服务|设备|货物")


def only_project_words(text: str) -> bool:
    """True when ``text`` is masked and only type words and a project's generic words are left ('****采购项目')."""
    if not masked(text):
        return False
    rest = _unmasked(text)
    return _PROJECT_WORDS.sub("", _TYPE_WORD.sub("", rest)) == ""
