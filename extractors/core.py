"""extract(): page bytes (+ url, headers, hint) → Record.  Pure: no I/O, no clock, no database."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import normalize as N
from .agents import parties, won_acts
from .byline import (
    ITEM_STAMP,
    STAMP,
    byline_headline,
    doubled_headline,
    edition_date,
    edition_headline,
    is_byline,
    item_stamp,
    original_headline,
)
from .ccgpsummary import summary_items
from .classify import WORKS_STEP, classify, type_basis
from .corrected import corrected_subject, withdrawn_dropped
from .decode import MAX_BODY_BYTES, Payload, load, strip_controls
from .disclosure import disclosure_title
from .fieldspecs import Extractor, extractor_for
from .flatgrid import flattened_grid
from .gluedrow import glued_name_first_row, glued_project_name
from .hanzi import fold, translate_only
from .heading import chrome_heading
from .labels import (
    AREA,
    DATE,
    DATETIME,
    LONG,
    MONEY,
    NAME,
    NUMBER,
    ORGS,
    PEOPLE,
    PHONE,
    YEARS,
    core_label,
    keys_for,
    kind_of,
)
from .layout import Page, Table, build_page
from .lessor import self_leased
from .lots import drop_per_lot
from .masked import masked_code, only_org_words, only_project_words, only_type_words
from .mentioned import mentioned_on
from .news import dated_headline, lede_headline, stamped_headline
from .panel import panel_rows, with_representatives
from .parcels import coded_parcel, total_area
from .partylists import lot_winners, prose_ranking
from .precise import (
    owner_labelled,
    owner_phone_at,
    reference_number,
    run_on_code,
    site_phone,
    slash_trail_title,
)
from .printed import Printed
from .readers import (
    Finding,
    ListTable,
    css_hooks,
    drop_region_tag,
    header_tables,
    in_range,
    kv_tables,
    label_lines,
    leading_code,
    prose,
    publish_line_date,
    quoted_notice_title,
    said_values,
    section_paragraphs,
    signature_orgs,
    title_from_lines,
)
from .record import NotAPage, PageTooLarge, Record
from .repost import body_start, body_tables
from .stated import stated_by_content, stated_in_sentences, stated_labels
from .textpage import KIND_ONLY, body_heading, issuer_block, issuer_block_heading
from .times import corrected_times, short_year_date, timed_sections, window_deadline
from .titlevote import pick_title, title_evidence
from .transposed import (
    candidate_blocks,
    glued_ranked_rows,
    labelled_lone_candidate,
    lone_first_candidate,
    said_candidates,
    transposed_candidates,
)
from .trim import header_word, plan_numbers_last, trim_name
from .unranked import unranked_candidates
from .unread import unread_on

_PHONE = re.compile(
    r"[(（]?0\d{2,3}[)）]?[\s-]?\d{3,4}-?\d{3,4}(?:[(（]\d{3,6}[)）])?|1[3-9]\d{9}(?:[(（]\d{3,6}[)）])?|\d{7,8}"
)
_RANK_PREFIX = re.compile(r"^第[一二三四五六七八九十\d]{1,2}(?:名|(?:中标|成交|中选)?候选人)\s*")
_ROLE_PREFIX = re.compile(r"^(?:被)?(?:投诉|质疑|举报|申请|第三)人\s*[:：]\s*|^被处理(?:人|单位)\s*[:：]\s*")
# (round 19a: and a customs office, '中华人民共和国杭州海关': a state organ named by neither 局 nor 厅, the buyer of a works
# purchase under the 政府采购 template once that page is typed a purchase)
_ORG_HINT = re.compile(
    r"(公司|中心|局|院|所|委员会|政府|办公室|学校|医院|大学|集团|银行|社|站|处|厂|队|会|部|馆|园|协会|街道|镇|乡|村|委|学|校|厅|室|团|场|台|企业|合作社|事务所"
    r"|海关)"
)


_SELLER_END = re.compile(r"(?:局|厅|政府|委员会|中心|办公室|管委会)$")
_RIGHT_SALE_TITLE = re.compile(
    r"^(?P<v>[^，,。；;:：\s]{6,60}?)(?:探矿权|采矿权)(?:网上)?(?:挂牌|拍卖|招标)?出让(?:公告|公示)$"
)


_NEXT_CONTACT = re.compile(r"\s+(?!分机|转)(?=[\u3400-\u9fff]{2,6}\s*[:：]?\s*[(（]?\d{3})")


_AREA_PAIR = re.compile(r"[(（]?0\d{2,3}[)）]?[\s\-—－]?\d{7,8}[/／]\d{7,8}(?!\d)")


def _phone(raw: str) -> str | None:
    text = N.clean_text(raw)
    # '仲凯/010-59041204': the contact's name, then the number (a number's own extensions, '…8471/8436',
    # are split off below)
    # ('王老师,010-55533290': the same with a comma)
    # (round 19g: '王彪；0571-82108529', the national 采购人信息 block's 联系方式 as a buyer types it: a semicolon too)
    # (round 27d: or two contacts' names before it, '李老师/孙老师；0411-84709969/84706297', fresh45 大连)
    text = re.sub(
        r"^(?:[\u3400-\u9fff]{1,6}\s*[/／、]\s*)*[\u3400-\u9fff]{1,6}\s*[/／,，、；;]\s*(?=[(（]?\d{3})",
        "",
        text,
    )
    # (round 27d) a second local number under the same area code, '0411-84709969/84706297' (fresh45 大连, fresh6 税务总局
    # '010—61986732/61986796'): printed as one item, kept whole (LABELLING contact_phone 'as printed'); a short
    # extension ('…8471/8436') is still split off below
    pair = _AREA_PAIR.match(text)
    if pair:
        return pair.group(0)
    text = re.split(r"[，,、；;/]|或", text)[0]
    # '(府西路5号楼,联系电话:2988530)提出': a number given in an aside ends at the aside's closing bracket
    m_aside = re.match(r"^([^()（）]*\d)\s*[)）]", text)
    if m_aside:
        text = m_aside.group(1)
    text = text.strip(N._TRAILING_PUNCT + "?？")
    # '常老师13404605586' / '张科长 18995290091': the contact's name before the number is not the number
    text = re.sub(r"^[\u3400-\u9fff]{1,6}[\s:：]*(?=[(（]?\d{3})", "", text)
    # (round 19g) '温海波0775-2886177 李娴0775-6228306': a second contact, name and number, after a space is
    # another contact's line; the first contact's number is the value
    text = _NEXT_CONTACT.split(text)[0]
    m = re.match(r"^(\S{7,})\s+(1\d{10}|\d{7,8})$", text)
    if m:
        text = m.group(1)
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7 or len(digits) > 20:
        return None
    found = _PHONE.search(text)
    if not found:
        return None
    if len(re.findall(r"[\u3400-\u9fff]", text[: found.start()] + text[found.end() :])) >= 6:
        # round 17b: '项目联系人某某项目联系电话178…采购单位某大学采购单位' (a flattened summary line run on past
        # its item): labels and names around the number, no phone value as printed
        return None
    return text


_VENUE_CENTRE = re.compile(r"(?:政府采购|公共资源交易|招投标|招标采购|集中采购)(?:管理)?(?:服务)?中心")
_MASKED_PARTY = re.compile(r"[*＊]{2,}|#{2,}|[(（]略[)）]")
_MASKED_PLACE = re.compile(r"(?:[*＊]+\s*(?:自治区|省|市|州|盟|县|区|旗|镇|乡|村|街道|社区))+")
_SUM_IN_WORDS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟万亿零]{2,}[元圆](?:整|[零壹贰叁肆伍陆柒捌玖]+[角分])*")
_MASKED_FIGURE_NOTE = re.compile(r"[(（][^()（）]*[*＊]{2,}[^()（）]*[)）]")


# round 17b: '我校勺园4号楼家具招标采购项目(编号:…)', '我院中央空调维保项目': the writer's pronoun opens the
# sentence's phrase, it is no part of the project's name (fresh13, fresh16)
# (round 18b: the class word after it is no part of the name either: '我單位項目<工程>于…' — a value invariant, fresh24)
_PRONOUN = re.compile(r"^我(?:校|院|局|单位|單位|公司|司|中心|委|办|所)(?:项目|項目)?(?=\S{4})")


def _no_pronoun(name: str) -> str:
    return _PRONOUN.sub("", name)


# round 17e: a sentence's clause opens the phrase a project is read from with its preposition, no part of the
# name: '受X的委托,在<项目>(招标编号:…)的招标工作中' (fresh22 深圳), '…,后勤保障部对<项目>(采购编号:…)' (fresh20 武汉),
# '受X的委托,对<项目>进行公开招标' (fresh14 益阳).  Only a name read from a sentence, never a label's value, and
# never 对 or 在 opening a word ('对口支援…', '对外…', '在线监测…', '在建…')
_CLAUSE_LEAD = re.compile(
    r"^(?:[^\s对在，,。；;]{2,10}?(?:部|处|科|办|办公室|中心|公司|局)对(?![口外接讲照比标应])"
    r"|对(?![口外接讲照比标应虾])|在(?![线建职用编校册库岗途])|就)(?=\S{4})"
)


def _no_clause_lead(name: str) -> str:
    return _CLAUSE_LEAD.sub("", _no_pronoun(name))


# round 18d: members named before the word 联合体 are one bidder, named as printed ('A公司、B公司联合体': fresh23
# 孝亭's 中标人, as fresh2 沈阳's candidate 'A与B联合体' is one name)
_CONSORTIUM = re.compile(r"[^，,；;:：\n]{4,58}(?:公司|院|所|中心)、[^，,；;:：、\n]{4,58}联合体")


def _consortium_or_orgs(raw: str) -> list[str]:
    """The organisations of an ORGS value, a consortium 'A、B联合体' kept whole."""
    text = N.strip_value(raw)
    if _CONSORTIUM.fullmatch(text):
        return [text]
    return N.split_orgs(raw)


# (round 19c) two terms sharing their unit ('土地出让年限：70、40年', fresh19 杭州's two uses): no one term
_TWO_TERMS = re.compile(r"(?<![\d.])(\d{1,3})\s*[、,，/和及]\s*(\d{1,3})\s*年")
# (round 20b) a label naming both ('采购项目名称及编号'), its value the name with the code bracketed after it
_NAME_AND_NUMBER_LABEL = re.compile(r"名称\s*[及和与、/]\s*编号")
_NAME_AND_CODE = re.compile(
    r"(?P<name>[^（()）]{2,80}?)\s*[（(]\s*(?P<code>[A-Za-z0-9][A-Za-z0-9\-_/]{4,40}(?:[（(][^（()）]{1,4}[)）])?)\s*[)）]"
)
# (round 19c) a section's paragraph naming its object before 位于: the object ends as a mine, a parcel or a building
_NAMED_SUBJECT_PLACE = re.compile(
    r"^[^，,。；;\s]{2,40}?(?:矿|矿区|矿山|地块|宗地|土地|房屋|房产|门面|厂房)\s*(?:位于|坐落于)\s*"
    r"(?P<v>[^，,。；;\s]{2,40})(?:[，,。；;]|$)"
)


def _value(key: str, f: Finding, warnings: list[str]) -> Any:
    """Normalise one raw finding according to its key's kind; None when the text does not hold one."""
    kind = kind_of(key)
    raw = f.raw
    if N.is_placeholder(raw):
        return None
    if kind in (MONEY, AREA, YEARS, NUMBER, DATE, DATETIME):
        raw = fold(raw)  # a figure in traditional characters ('4.7億元', '0.225平方千米', '5年')
    if kind == MONEY:
        # the sum in words with its masked figure in brackets ('贰拾叁万肆仟元整(******元)'): the words are
        # on the page, only the figure is masked
        raw = _MASKED_FIGURE_NOTE.sub("", raw) if re.search(r"[壹贰叁肆伍陆柒捌玖拾佰仟]", raw) else raw
        if re.search(r"[*＊]{2,}|\(略\)|（略）", raw):
            # an aggregator's mask ('******.73 元'): the figure is not on the page, its words may be
            # ('*.****万元(大写:贰万贰仟伍佰叁拾伍元整)')
            words = _SUM_IN_WORDS.search(raw)
            if not words:
                return None
            raw = words.group(0)
        if key == "starting_price" and _PER_AREA.search(N.clean_text(raw)[:40] + " " + f.note):
            return (
                None  # '1221元/M2', '地面地价1609元/平方米': a price per unit of land, not the sale's price
            )
        head = N.clean_text(raw)[:24]
        bare = raw.strip()
        at = f.snippet.find(bare) if bare else -1
        before = f.snippet[max(0, at - 12) : at] if at > 0 else ""
        after = bare + f.snippet[at + len(bare) : at + len(bare) + 12] if at >= 0 else head
        if key in _WHOLE_PRICE_KEYS and (
            _UNIT_PRICE.search(head)
            or _UNIT_PRICE.search(f.note)
            or _PER_UNIT.search(head)
            or _PER_UNIT.search(after)
            or _PER_UNIT.search(re.sub(r"^[(（\s]+", "", f.note))  # '起始价(元/吨):21000'
            or _PER_UNIT_BEFORE.search(before)
        ):
            # '成交价：单价每套（￥460）', '286.6元/工日', '单价不得高于2.1元/m³', '每吨的平均成交价为15.55万元': the
            # price of one piece, one unit of measure or an average, not the deal's (LABELLING: unit prices)
            return None
        unit = N.unit_from_label(f.note) or None
        parsed = N.parse_money(raw, unit)
        if parsed.value is not None and re.search(r"约|左右|以内|以下|不超过|低于", N.clean_text(raw)[:30]):
            return None
        warnings.extend(f"{key}: {w}" for w in parsed.warnings)
        return parsed.value
    if kind == DATE:
        if key == "publish_date" and re.match(r"\s*(?:至|截至|截止(?:到|至)?)\s*\d", raw):
            # round 20b: '公示时间:至2016年10月25日' (fresh30 亳州): a period's last day only, no day it was published
            return None
        return N.parse_date(raw)
    if kind == DATETIME:
        return N.parse_datetime(raw)
    if kind == AREA:
        if _PART_AREA.search(re.split(r"[:：]", f.snippet, maxsplit=1)[0][-16:]):
            return None  # 'A区范围面积:0.20663平方公里': one part's area, not the whole (its total may be masked)
        return N.parse_area(raw, N.area_unit_from_label(f.note))
    if kind == YEARS:
        two = _TWO_TERMS.search(N.clean_text(raw))
        if two and two.group(1) != two.group(2):
            return None  # (round 19c) '70、40年': a term per use, one unit for both — no one term (lots._several_terms)
        return N.duration_years(raw)
    if kind == NUMBER:
        nums = set(re.findall(r"\d+(?:\.\d+)?", N.clean_text(raw)))
        if len(nums) != 1:
            return None
        return N.parse_number(raw)
    if kind == PEOPLE:
        people = N.split_people(raw)
        return people or None
    if kind == ORGS:
        if re.search(r"[、及和](联系)?地址\s*[:：]", f.snippet):
            raw = re.split(r"[，,]", raw)[0]  # '名称、地址：某公司，某市某路1号': the address is no party
        # 投诉人：A；被投诉人：B、C → A, B, C (the role words are labels, not names)
        # ('甲公司（地址：…）': the label inside the bracket ends the name and leaves its bracket open)
        orgs = [re.sub(r"\s*[（(]\s*$", "", _ROLE_PREFIX.sub("", o)) for o in _consortium_or_orgs(raw)]
        # '…拟确定第二中标候选人某公司为本项目中标人': the candidate's rank is no part of its name
        orgs = [_RANK_PREFIX.sub("", o) for o in orgs]
        # ('某某有限公司 (乙方)': a contract's party mark is no part of the name, nor a seal note '(盖章单位)')
        orgs = [_PARTY_MARK.sub("", o) for o in orgs]
        orgs = [o for o in orgs if o and len(o) <= 60 and not header_word(o)]
        # ('******有限公司': a name masked down to the words every company's name ends with is no name)
        orgs = [o for o in orgs if not only_org_words(o)]
        return orgs or None
    if kind == PHONE:
        return _phone(raw)
    text = N.strip_value(raw)
    if kind == LONG:
        if "\n" in text and len(text.split("\n")[0]) <= 4:
            return None  # a table header word, not the section's text
        return text if text and not N.is_placeholder(text) else None
    text = text.split("\n")[0]
    if key == "location":  # '矿区位于X' / '该地块位于X': the place is X
        # (round 20b: the subject masked by an aggregator, '**位于**县…' for '矿区位于…', fresh29 云南; and the place
        # ends with its sentence: '…行政上隶属**县沙拉托乡管辖。北、西南侧有…公路通过' runs on to the route)
        text = re.sub(
            r"^(?:[*＊]{2,}|本|该)?(?:矿区|地块|宗地|项目|标的|房屋|土地)?(?:位于|坐落于)", "", text
        ).split("。")[0]
        named = _NAMED_SUBJECT_PLACE.match(text) if f.method == "section" else None
        if named:
            # (round 19c) a '矿区位置' section opening '<某村砖瓦用页岩矿>位于<place>,<its route>…' (fresh20 当阳): the
            # place after 位于, its first clause (LABELLING location: without 位于 and what stands before it)
            text = named.group("v")
        # '…原白林局西区,宗地四至为北临…': the bounds after the place are no part of it
        text = re.split(r"[，,；;]\s*(?:宗地|地块|项目)?四至", text)[0]
        # '…牛家湾村,最终以宗地勘测定界图为准', '…堤埂内,面积77.5亩。': a caveat or the area after the place
        text = re.split(
            r"[，,；;]\s*(?:(?:最终|具体|实际)?以[^，,。；;]{0,16}为准|(?:土地|出让|用地|总)?面积)", text
        )[0]
        if _CRUMB.search(text) or _CRUMB_LABEL.search(f.snippet[:12]):
            return None  # '您当前的位置：首页 > 交易公告': the site's navigation trail, not a place
        if _MASKED_PLACE.fullmatch(text):
            return None  # '**省**市**县': an aggregator masked every name of the place
        # (round 17d: an empty 建设地点 cell's next label, '建筑面积', and a sentence, '本项目拟对…区内', are no place:
        # refused by their shape, extractors.shapes, round 22g)
    if _UNIT_ONLY.fullmatch(text):
        return None  # '元/㎡(月)', '(万元)': a column's unit read as the item, no value
    if key == "project_number" and _SITE_NUMBER.search(text):
        return None  # the site's 备案号 in the footer ('浙ICP备05000021'), not the project's
    if (
        key in ("project_number", "project_name")
        and (both := _NAME_AND_CODE.fullmatch(text.strip()))
        and _NAME_AND_NUMBER_LABEL.search(f.snippet.split(text.strip()[:4])[0])
    ):
        # round 20b: '采购项目名称及编号：<名称>（<编号>）' (fresh30 南宁): the name, and the code in brackets
        text = both.group("code") if key == "project_number" else both.group("name")
    # (round 20b: a bare one-to-three-digit project number is a row's number: extractors.shapes, round 22g)
    if not text or N.is_placeholder(text):
        return None
    if kind == NAME:
        text = trim_name(text)
        if not text or header_word(text):
            return None
        if key == "project_name":
            text = _no_clause_lead(text) if f.method == "regex" else _no_pronoun(text)
        if key == "project_number":
            text = run_on_code(text, f.raw, f.snippet) or ""  # round 18g: a code run into the next label
            if not text:
                return None
        if key == "parcel_no" and masked_code(text):
            return None  # '2025**B2': a parcel's code with its middle masked (LABELLING: masked → none)
        if key in ("purchaser", "agency") and _MASKED_PARTY.search(text):
            return None  # '******教育局', '(略)省国土资源厅': a party whose name is masked (LABELLING.md)
        if len(text) > 100:
            return None
        if key in ("purchaser", "agency"):
            text = _PARTY_MARK.sub(
                "", text
            )  # (round 19f) '某局(盖章单位)': the seal note is no part of the name
            parts = text.split("、")
            if len(parts) > 1 and all(_ORG_END.search(p) for p in parts):
                # '嘉兴市自然资源和规划局、嘉兴市公共资源交易中心决定…出让': the body named first is the party
                # (the second is the venue or a co-signer)
                text = parts[0]
        # (a traditional copy's '南京航空航天大學': the hint is read on the simplified form)
        if key in ("purchaser", "agency") and (not _ORG_HINT.search(translate_only(text)) or len(text) > 50):
            return None
        if key == "project_number":
            # '项目编号：MJZ2016017号': 号 counts the code, it is not part of it (a 文号 such as
            # '岳财市采计【2018】000064号' keeps its 号: there it closes the document number)
            text = re.sub(r"^([A-Za-z0-9][A-Za-z0-9\-_]*[0-9])\s*号$", r"\1", text)
    elif len(text) > 200:
        return None
    return text


# a lot's name ('标段(包)名称：…一标段', '2.1 标段名称：…施工') names the project only when nothing else does:
# the works template's '本招标项目<项目>已由…批准建设' and its 项目名称 come first
# a correction's own date item as the line opens with it ('更正日期：2026年08月04日', '六、本次变更日期：…')
_CHANGE_DATE = re.compile(
    r"^(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]\s*)?(?:本次)?(?:变更|更正)(?:公告)?(?:日期|时间)\s*[:：]"
)
_LOT_NAME = re.compile(r"^\s*(?:[\d.．、]+\s*)?标段\s*(?:[(（]包[)）])?\s*名称")


# (round 17d) a works notice — construction, or procurement of works — states its project's place under its own
# label: 建设地点 / 工程地点 / 项目地点 / 项目所在地 / 施工地点 (LABELLING 'location: a project's stated 建设地点'; forms
# on fresh2 沅江, 漳平, 临澧, fresh4 常州, 轮台, fresh9 敖汉, fresh10 芗城, 昆山, fresh19 苏州, the 宜昌 result sheets
# of fresh8 and fresh21). No other location label of the trade notices (位置, 坐落, 项目地址) speaks of the works.
_WORKS_DOMAINS = frozenset({"construction", "procurement"})
# (round 19b) the domains whose notices sell or let something: their seller or lessor is the purchaser key
_SALE_DOMAINS = frozenset({"land", "mining", "emission", "property"})
_WORKS_PLACE = re.compile(r"(?:建设|工程|项目|施工)(?:建设|施工)?地点|项目所在地区?")


def _works_label(text: str) -> bool:
    return _WORKS_PLACE.search(re.split(r"[:：]", text, maxsplit=1)[0][-16:]) is not None


def _works_place(f: Finding) -> bool:
    at = f.snippet.find(f.raw.strip()[:8]) if f.raw.strip() else -1
    head = f.snippet[:at] if at > 0 else f.snippet[:16]
    return _WORKS_PLACE.search(head[-16:]) is not None


# …and in the 招标条件 / 项目概况 sentence: '建设地点为X。' (dev 苍南), '建设地址位于X 。' (fresh 长兴), '项目位于X,总投资…'
# (fresh9 西乌旗; '该项目位于X' is the mining reports' form too, fresh16 上林, fresh20 鹤山). '本项目为…' is no place:
# 为 only after a 地点/地址 word.
_PLACE_SAID = re.compile(
    r"(?:(?:建设|工程|项目|施工)(?:建设|施工)?(?:地点|地址)\s*(?:位于|为|设在)|(?:^|(?<=[。；;，,\s]))(?:本|该)?(?:项目|工程)位于)"
    r"\s*(?P<v>[^，,。；;\s()（）]{2,40})(?=\s*[，,。；;]|\s*$)"
)


def _works_place_said(rec: Record, lines: list[str]) -> None:
    found = {m.group("v"): ln for ln in lines for m in _PLACE_SAID.finditer(ln)}
    if len(found) == 1:  # two places said: the works' lots or a quoted other project, none is sure
        ((place, ln),) = found.items()
        rec.set("location", place, ln.strip()[:200], "regex")  # (a label's words, a sentence: shapes refuses)


def _numbered_part_kept(rec: Record, title: str) -> None:
    """Round 27e: '项目名称：<名称>(2)' under the heading '<名称>(2)公开招标公告' (fresh47 山东 体育总会 (三)(2)…(6), ggzy.gov.cn:
    one purchase of a numbered series): the bracketed number the label reader took for the next item's (its
    ``_NUMBER_TAIL``) is the name's own when the heading prints it glued to the same name too."""
    name = rec.fields.get("project_name")
    p = rec.provenance.get("project_name")
    if not isinstance(name, str) or p is None or p.method not in ("label_line", "numbered") or not title:
        return
    m = re.search(re.escape(name) + r"([（(]\d{1,2}[)）])", p.snippet)
    if m and name + m.group(1) in title:
        rec.fields["project_name"] = name + m.group(1)


def _apply(rec: Record, spec: Extractor, findings: list[Finding]) -> None:
    for f in findings:
        key = f.key
        two_dates = len(re.findall(r"\d{4}\s*[年./-]", f.raw)) >= 2
        if key == "publicity" or (
            key in ("notice_period", "publish_date")
            and "publicity_start" in spec.keys
            and two_dates
            and re.search(r"公示|公告", f.snippet[:12])
        ):
            _publicity(rec, spec, f)
            continue
        if key == "planned_date" and key in spec.keys and key not in rec.fields:
            m = re.search(r"(\d{4})\s*[年./-]\s*(\d{1,2})(?!\d)", N.clean_text(f.raw))
            if m and not N.parse_date(f.raw):
                rec.set(key, f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", f.snippet, f.method)
                continue
        if key not in spec.keys or key in rec.fields:
            continue
        if key == "location" and rec.domain in _WORKS_DOMAINS and not _works_place(f):
            continue  # a works notice's place only under its own label (a 位置 cell, a venue, a trail: no)
        value = f.value if f.value is not None else _value(key, f, rec.warnings)
        rec.set(key, value, f.snippet, f.method)
        if key == "budget" and "max_price" in spec.keys and _CAP_NOTE.search(f.note):
            # '采购项目预算（最高限价）：458505.92元': the bracket says the budget is also the price cap
            rec.set("max_price", value, f.snippet, f.method)


# round 23c: a step of the sale that the venue or the auctioneer runs for all comers, naming the desk a phone is for
_DESK_STEP = re.compile(
    r"(?:看样|看房|看货|踏勘|报名|项目咨询|竞买咨询|交易咨询)(?:联系)?(?:人|电话|方式|热线)"
)


def _desk_phone(phone: object, snippet: str, lines: list[str]) -> bool:
    """Whether ``phone`` read in ``snippet`` is a step's desk: the label just before it names the step ('…预约看样。
    看样联系电话:…'), or it is a bare 联系电话 under a line whose 联系人 names the step ('项目咨询联系人:秦老师' /
    '联系电话:…')."""
    digits = re.sub(r"\D", "", str(phone))[:5]
    if not digits or digits not in re.sub(r"\D", "", snippet):
        return False
    # the text before the number: the clause that holds its label
    cut = next(
        (
            i
            for i, ch in enumerate(snippet)
            if ch.isdigit() and snippet[i : i + 20].replace("-", "").replace(" ", "").startswith(digits)
        ),
        len(snippet),
    )
    clause = re.split(r"[。；;，,\n]", snippet[:cut])[-1]
    if _DESK_STEP.search(translate_only(clause)):
        return True
    if re.sub(r"[\s•·\-*:：]", "", clause) not in ("联系电话", "电话", "联系方式"):
        return False
    line = snippet.strip().splitlines()[0]
    at = next((i for i, ln in enumerate(lines) if ln.strip() == line), None)
    above = next((ln for ln in reversed(lines[:at]) if ln.strip()), "") if at else ""
    return bool(_DESK_STEP.search(translate_only(above.split(":")[0].split("：")[0])))


def _lot_winners(rec: Record, lines: list[str], findings: list[Finding]) -> None:
    """The winner of every lot, where the label readers' winner findings sit each under its own lot heading."""
    first = rec.provenance["winner"]
    same = [f for f in findings if f.key == "winner" and f.method in ("label_line", "numbered")]
    per_lot = lot_winners(lines, same)
    if per_lot is None or first.snippet not in [f.snippet.strip()[:200] for f in per_lot]:
        return
    names: list[str] = []
    for f in per_lot:
        value = f.value if f.value is not None else _value("winner", f, [])
        for n in value if isinstance(value, list) else [value] if value else []:
            if n not in names:
                names.append(str(n))
    if len(names) > 1:
        del rec.fields["winner"], rec.provenance["winner"]
        rec.set("winner", names, first.snippet, first.method)


def _publicity(rec: Record, spec: Extractor, f: Finding) -> None:
    if "publicity_start" not in spec.keys:
        return
    text = N.clean_text(f.raw)
    parts = re.split(r"至|到|—|－|~|～|-(?=\s*\d{4})", text, maxsplit=1)
    if len(parts) == 2:
        start, end = N.parse_date(parts[0]), N.parse_date(parts[1])
        if start and end:
            rec.set("publicity_start", start, f.snippet, f.method)
            rec.set("publicity_end", end, f.snippet, f.method)


def _window_opens(rec: Record, spec: Extractor, lines: list[str]) -> None:
    """Date a notice that prints no 发布/落款 date by the first day of its publicity window.

    LABELLING.md's rule 'publish_date: the first day of a 公示期 when no 发布/落款 date is printed': a 公示
    begins the day it is published.  Only called once every printed date (label, top line, byline,
    signature) has failed; the window read here also fills publicity_start/end when the type holds them.
    """
    start = rec.fields.get("publicity_start")
    if start:
        p = rec.provenance["publicity_start"]
        rec.set("publish_date", start, p.snippet, "regex")
        return
    for ln in lines:
        # (round 17d) the day the disclosure starts, by its label (LABELLING 'publish_date: the disclosure's
        # start day': 信息披露起始日期, 公告起始日期, 公示开始时间); a 挂牌 or 报名 start is no such day
        m = _STARTS_LABEL.search(ln)
        day = N.parse_date(m.group(1)) if m else None
        if day:
            rec.set("publish_date", day, ln.strip()[:200], "label_line")
            return
    for i, ln in enumerate(lines):
        m = _WINDOW.search(ln)
        own_kind = _KIND_WINDOW_HEAD.match(ln) and rec.notice_type.endswith((".transfer_notice", ".tender"))
        if not m and (_WINDOW_HEAD.match(ln) or own_kind) and i + 1 < len(lines):
            m = _WINDOW_LINE.match(lines[i + 1])
            ln = lines[i + 1] if m else ln
        if not m and _WINDOW_OPEN.search(ln) and i + 2 < len(lines) and len(lines[i + 1]) <= 4:
            # round 15b: '公示期:2026年03月17日' / '至' / '2026年03月23日': the window broken over three lines
            joined = "".join(lines[i : i + 3])
            m = _WINDOW.search(joined)
            ln = joined if m else ln
        if not m:
            continue
        first, last = N.parse_date(m.group(1)), N.parse_date(m.group(2))
        if not first or not last or last < first:
            continue
        rec.set("publish_date", first, ln.strip()[:200], "regex")
        if "publicity_start" in spec.keys and "publicity_end" not in rec.fields:
            rec.set("publicity_start", first, ln.strip()[:200], "regex")
            rec.set("publicity_end", last, ln.strip()[:200], "regex")
        return


def _aliased(findings: list[Finding], spec: Extractor) -> list[Finding]:
    """Re-key findings whose label means something else in this notice type (e.g. 投标报价 in a result)."""
    if not spec.aliases:
        return findings
    out = []
    for f in findings:
        label = re.split(r"[:：]", f.snippet, maxsplit=1)[0]
        core = re.sub(r"\s+", "", label)
        if core in spec.aliases:
            out.append(Finding(spec.aliases[core], f.raw, f.note, f.snippet, f.method))
        out.append(f)
    return out


def _line_alias_findings(lines: list[str], spec: Extractor) -> list[Finding]:
    """'投标报价:1800000元' as a line (a text rendering of a result's grid): the alias's key, like a table cell."""
    found: list[Finding] = []
    if not spec.aliases:
        return found
    words = "|".join(re.escape(a) for a in sorted(spec.aliases, key=len, reverse=True))
    rx = re.compile(rf"(?:^|(?<=[\s，,；;。|元]))({words})\s*([(（][^)）]{{0,8}}[)）])?\s*[:：]")
    for ln in lines:
        hits = list(rx.finditer(ln))
        for k, h in enumerate(hits):
            value = ln[h.end() : hits[k + 1].start() if k + 1 < len(hits) else len(ln)]
            if value.strip():
                # the label's bracket is its note: '中标价（万元）:3602.5688' is in 万元
                found.append(Finding(spec.aliases[h.group(1)], value, h.group(2) or "", ln, "label_line"))
    return found


def _kv_alias_findings(tables: list[Table], spec: Extractor) -> list[Finding]:
    found = []
    if not spec.aliases:
        return found
    for t in tables:
        for row in t.rows:
            cells = [c[0] for c in row]
            for i in range(len(cells) - 1):
                core = re.sub(r"\s+", "", cells[i])
                if core in spec.aliases:
                    found.append(
                        Finding(
                            spec.aliases[core],
                            cells[i + 1],
                            cells[i],
                            f"{cells[i]}：{cells[i + 1]}",
                            "kv_table",
                        )
                    )
    return found


_PART_AREA = re.compile(
    r"(?:^|[^\u3400-\u9fff])[A-Za-z\d一二三四五六七八九十]{1,2}区(?:范围|开采)?面积$|其中.{0,6}面积$"
)
# a price of one piece ('单价每套（￥460）', '每台3500元', '成交价(单价)'): no amount, budget or starting price
# ('每年', '/年' is a lease's yearly rent, which the labels take as its price)
_UNIT_PRICE = re.compile(
    r"^\s*(?:综合)?单价|[(（]\s*单价\s*[)）]|每\s*(?:套|件|台|个|吨|份|张|本|辆|箱|盒|支|把|块|只|床|册|桶|袋|包|组)(?![\u3400-\u9fff]{2})"
)
# a unit alone, as a header cell prints it under or after its column's name
_UNIT_ONLY = re.compile(
    r"[(（]?\s*(?:万|亿)?元?\s*/?\s*(?:平方米|平米|㎡|m2|m²|亩|公顷|吨|元|万元|年|月|日|天)?\s*[)）]?"
    r"\s*(?:[(（/]\s*(?:年|月|日|天|次)\s*[)）]?)?"
)
# the keys that hold a whole price (a unit_price key holds the unit's, and keeps it)
_WHOLE_PRICE_KEYS = frozenset({"amount", "budget", "max_price", "starting_price", "contract_amount"})
# a figure priced per unit of measure ('29.64元/吨', '286.6元/工日', '1元/平方米每次'); not '/年', '/月': a lease's
# yearly or monthly rent is its price in the labels
_PER_UNIT = re.compile(
    r"(?:^|\d)\s*(?:万|亿)?元\s*/\s*每?\s*(?:平方米|平米|㎡|[mM][23²³]|立方米?|方|亩|公顷|吨|t(?![a-z])|千克|公斤|kg|件|套|台|个"
    r"|人|工日|日|天|小时|次|公里|km|米)"
)
# the words just before the figure say it is a unit's or an average price ('每吨的平均成交价为', '单价为')
_PER_UNIT_BEFORE = re.compile(
    r"(?:每\s*(?:吨|件|套|台|个|平方米|亩|方)|单价|均价|平均)[^，,。；;:：()（）]{0,8}[为是:：]?\s*[￥¥]?$"
)
# (round 25b: '600元/每亩/每年', the unit written with its 每 after the slash)
_PER_AREA = re.compile(r"元\s*/\s*每?\s*(?:平方米|平米|㎡|[mM]2|m²|亩|公顷)")
_SAME_AS_DEADLINE = re.compile(
    r"开标(?:时间|日期)\s*[:：]?\s*(?:同|与)\s*(?:递交|提交)?(?:投标|响应)?(?:文件)?(?:递交|提交)?截止(?:时间|日期)(?:相同|一致)?"
)
_DISCLOSURE = re.compile(r"信息披露(起始|开始)(日期|时间)")
_PROJECT_LABELLED = re.compile(r"项目(编号|名称)")
_OWNER_PHONE = re.compile(r"转让方|出租方|委托方|出让方|产权持有")
_ORG_END = re.compile(r"(公司|中心|局|委员会|政府|办公室|管委会|集团|院|所|站|厅)$")
_NOT_A_SUBJECT = re.compile(r"详见|见附件|附件|清单|(公告|公示|通知)$")
_CAP_NOTE = re.compile(r"最高限价|控制价|拦标价")
_CRUMB = re.compile(r"^首页$|^首页\s*[>›»/]|\S\s*[>›»]\s*\S|\S/\s+\S.*/\s")
_CRUMB_LABEL = re.compile(r"当前(的)?位置|您的位置|所在位置")
_SITE_NUMBER = re.compile(r"ICP备|ICP证|公网安备")
_DAY = rf"({N.DAY})"
# (also bracketed, '[2025-11-04]', under a bracketed label, '【发布时间】2025-11-04', or glued to the byline
# that follows it, '2025年11月04日来源：某县政府')
_TOP_DATE = re.compile(
    rf"^\s*(?:[【\[]\s*(?:发布|信息|公示|公告|更新)?(?:时间|日期)\s*[】\]]\s*|[【\[(（])?{_DAY}[】\])）]?"
    r"(?:\s|$|(?=来源|作者|发布|浏览|点击|阅读|编辑|信息来源|文章来源))"
)
_STARTS_LABEL = re.compile(
    rf"(?<!挂牌)(?<!报名)(?:公告|公示|信息披露)(?:起始|开始)(?:日期|时间)\s*[:：|]?\s*{_DAY}"
)
_LISTING_START = re.compile(rf"挂牌(?:起始|开始)(?:日期|时间)\s*[:：|]?\s*{_DAY}")
# a publicity window told in words ('公示期为2025年06月18日 17时30分至…', '公示时间为2019年5月5日-2019年5月7日',
# '公告期:2026年2月11日至2026年3月3日'), or under its own heading ('三、公示的期限' / '2025年5月26日起至…'):
# LABELLING.md (adopted 2026-12-06) dates a notice that prints no 发布/落款 date by its window's first day,
# since a 公示 begins the day it is published
_WINDOW_DAY = r"(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)"
_WINDOW_TAIL = (
    rf"{_WINDOW_DAY}\s*(?:(?:上午|下午)?\s*\d{{1,2}}\s*(?:[:：]\s*\d{{2}}|[时点](?:\s*\d{{1,2}}\s*分)?)\s*)?起?\s*"
    rf"(?:至|到|—|－|~|～|-)\s*{_WINDOW_DAY}"
)
_WINDOW_WORDS = r"(?:公示|公告)的?(?:期限?|时间|时段|日期)"
_WINDOW = re.compile(rf"{_WINDOW_WORDS}\s*(?:为|是|自|从)?\s*[:：]?\s*(?:自|从)?\s*{_WINDOW_TAIL}")
_WINDOW_HEAD = re.compile(rf"^\s*(?:[一二三四五六七八九十\d]+\s*[、.．]\s*)?{_WINDOW_WORDS}\s*[:：]?\s*$")
_WINDOW_OPEN = re.compile(rf"{_WINDOW_WORDS}\s*[:：]?\s*(?:自|从)?\s*{_WINDOW_DAY}\s*$")
_WINDOW_LINE = re.compile(rf"^\s*(?:自|从)?\s*{_WINDOW_TAIL}")
# (round 19g) a sale's or tender's own publication period under a heading that names the notice's kind,
# '(一)出让公告时间' / '2026年2月3日至2026年3月6日。' (fresh 黄山), '挂牌公告期' / '2018年11月7日上午8点30分至…' (fresh16
# 高要): the notice went public on its first day (LABELLING 'publish_date: the disclosure's start day'); read only
# on a notice of that kind itself — a result's '出让公告时间' is the earlier notice's (LABELLING publish_date: 'Not …
# the 原公告 / 出让公告 date')
_KIND_WINDOW_HEAD = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}\s*[)）、.．]\s*)?"
    r"(?:出让|挂牌|拍卖|招租|出租|转让|竞价|招标|采购)(?:公告|公示)(?:期|期限|时间)\s*[:：]?\s*$"
)
# an aggregator's tag line under the title: region and channel tags, then the posting date
# ('亳州市 其他 2025年12月05日')
# ('内蒙古/乌兰察布-2025-11-04 00:00:00': tags joined by '/' and '-', the posting time after the date)
_TAGGED_DATE = re.compile(
    rf"^\s*(?:[\u4e00-\u9fff]{{1,10}}(?:\s+|\s*[/|]\s*|-)){{1,3}}{_DAY}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)
# a news site's byline: '来源: 作者: 时间:2017年07月25日 点击量:' — its 时间/日期 dates the post
_BYLINE = re.compile(rf"(?<![\u4e00-\u9fff])(?:时间|日期)\s*[:：]\s*{_DAY}")
# a page's own stamp as its first line: '日期:2013-05-17 10:22' (a paged copy's header; the 落款 '日期：'
# is read at the foot, round 3)
_STAMP = re.compile(rf"^\s*(?:日期|时间)\s*[:：]\s*{_DAY}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$")
# a news page's stamp in the day.month.year order ('25.01.2016  00:51' under the headline)
_TOP_DMY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# an aggregator's tags glued to the posting date ('全部类型湖北仙桃2025年04月17日'), no item label among them
_GLUED_TAGS = re.compile(
    rf"^\s*(?![^\d]*(?:时间|日期|截止|开标|报名|期限|落款))[\u4e00-\u9fff]{{2,16}}{_DAY}\s*$"
)
# (round 18e: a visit counter too, '日期:2019-04-12 访问量:11174', '发布日期:2022-11-01访问次数:')
_BYLINE_WORDS = re.compile(r"来源\s*[:：]|作者\s*[:：]|点击|浏览|阅读|访问(?:量|次数)|编辑\s*[:：]|字号")
_FILE_LINE = re.compile(r"\.(pdf|docx?|xlsx?|rar|zip)", re.I)
_HEAD_LINE = re.compile(r"^【?(发布|信息|公示)(时间|日期)\s*[:：]")


# round 28k: a byline's source item with its 时间 / 日期 item run on ('来源:某中心时间:2023-10-11')
# (not an item's time run on, '来源:某中心开标时间:…': the act before 时间 names an item)
_SOURCE_STAMP = re.compile(
    r"(?:信息)?来源\s*[:：]\s*[^\s:：]{0,30}?"
    r"(?<!开标)(?<!截止)(?<!报名)(?<!成交)(?<!提交)(?<!递交)(?<!开启)(?<!公示)(?<!挂牌)(?<!拍卖)(?<!竞价)(?<!交易)(?<!签订)"
    rf"(?:发布)?(?:时间|日期)\s*[:：]\s*{_DAY}"
)


# round 28o: bodies that run others' sales (never the seller by their header line)
_VENUE_ISSUER = re.compile(r"交易|拍卖|产权|代理|招标|咨询")


# round 28n: an approval reply's heading, the project before the step approved
_APPROVED_PROJECT = re.compile(
    r"^关于(?:核准|审批|批准|同意)?(?P<v>[^，,。；;:：《》]{4,60}?(?:项目|工程))(?:项目)?"
    r"(?:" + WORKS_STEP + r"|招标(?:事项|方案)|(?:建设)?(?:规模|内容))*(?:的)?批复$"
)


# round 28m: the addressee of a reply, on its own line, and the reply's address to it on the next ('你公司…', '你单位…')
_ADDRESSEE = re.compile(
    r"^\s*(?P<v>[\u3400-\u9fff（）()]{4,40}?(?:公司|政府|委员会|管委会|局|中心|学校|大学|学院|医院|集团))\s*[:：]?\s*$"
)
_REPLY_ADDRESS = re.compile(r"^\s*你(?:单位|公司|镇|乡|街道|局|委|院|校|们|县|区|市|村|中心|集团|处|所)")


def _reply_addressee(lines: list[str]) -> tuple[str, str] | None:
    """(round 28m) (addressee, its line) of a reply: an organisation on its own line, the next non-blank line addressing it."""
    for i, ln in enumerate(lines[:40]):
        m = _ADDRESSEE.match(ln)
        if not m:
            continue
        nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        if _REPLY_ADDRESS.match(nxt):
            return m.group("v"), ln
    return None


# round 28h: the header line of a listed company's disclosure (the stock's six-digit code; any exchange's template)
_SECURITIES_HEADER = re.compile(r"(?:证券|股票)代码\s*[:：]?\s*\d{6}")


# round 25b: the body that runs a sale for its owners says so: '经某市人民政府批准,受甲村民委员会、乙村民委员会委托,决定公开
# 出让4宗…' (a bureau selling collective land for the villages), '受某厅委托,某中心以网上挂牌方式出让…'
_ACTING_FOR = re.compile(
    r"(?:^|[，,。；;\n])\s*(?:[^，,。；;\n]{0,30}[，,])?\s*受\s*(?P<p>[^。；;\n]{2,160}?)\s*(?:的)?委托(?!书|合同)"
)


def _acts_for_others(signer: str, text: str) -> bool:
    """Whether the sale notice's body says its signer acts for others (round 25b): a '受<principal>委托' clause whose
    principal is not the signer. The signer of such a notice is the commissioned body, not the seller (LABELLING
    'purchaser: the 委托方, none when no one 委托方 owns all lots'); the principal, when one body owns the sale, is
    read from the clause by the sentence readers before the 落款 is consulted."""
    folded = translate_only(text[:4000])
    name = translate_only(signer)
    return any(name not in m.group("p") for m in _ACTING_FOR.finditer(folded))


def _status(page: Page, rec: Record) -> str:
    # the title and the 发布时间 line are page chrome: a scan under its heading is still a scan
    titles = {t for t, _ in page.titles} | {str(rec.fields.get("title", ""))}
    body_chars = sum(
        len(x)
        for x in page.lines
        if not _FILE_LINE.search(x) and x not in titles and not _HEAD_LINE.search(x)
    )
    informative = len([k for k in rec.fields if k not in ("title", "publish_date")])
    if body_chars >= 80 or informative >= 2:
        return "ok"
    if page.images:
        return "image_only"
    if page.attachments:
        return "attachment_only"
    return "empty" if body_chars < 10 else "ok"


def extract(
    body: bytes,
    url: str = "",
    headers: Mapping[str, str] | None = None,
    hint: Mapping[str, str] | None = None,
) -> Record:
    """Read one notice page into a typed Record (see docs/architecture.md, "Extractor API").

    Raises NotAPage for input that is not HTML, an HTML fragment or a JSON payload carrying HTML.
    """
    payload = load(body, headers)
    printed = Printed(payload.html, drop_notes=True)
    if printed.folded is not payload.html:
        # a traditional copy is read folded (see ``Printed``: its pinyin notes dropped); its values are given
        # back as printed before the record is returned
        payload = replace(payload, html=printed.folded, hints=printed.fold_values(payload.hints))
    rec = _extract(payload, hint)
    return printed.restore(rec) if printed.folded is not printed.text else rec


# (no site's name joined on: '某某网 - …', '…|某某网', '首页>…')
# (round 19f: a seal note printed after the name, '招标人:某局(盖章单位) 代理机构:…', is no part of it either)
_PARTY_MARK = re.compile(r"\s*[（(](?:[甲乙丙]方|(?:盖章|签章|公章)(?:单位)?)[）)]$")
_HTML_TITLE = re.compile(r"(?!.*\s[-—–]\s)(?!.*——)[^|_>»]{6,150}?(?:公告|公示|通知)")


def _news_headline(lines: list[str]) -> tuple[str, str] | None:
    """A news report's headline, told by its byline, edition line, doubling, 原标题 line or lede (or None)."""
    return (
        # (round 19d: under a site's long menu the heading and its byline stand further down: the byline is
        # what makes the line above it the heading, wherever it stands among the first lines)
        byline_headline(lines, window=30)
        or edition_headline(lines)
        or doubled_headline(lines)
        or original_headline(lines)
        # (round 18h: a byline dated without its clock time, else a headline over the report's lede)
        or dated_headline(lines)
        or stamped_headline(lines)  # round 19f: day.month.year, or month-day beside 来源/作者
        or lede_headline(lines)
    )


def _extract(payload: Payload, hint: Mapping[str, str] | None) -> Record:
    page = build_page(payload.html)
    hint = strip_controls(dict(hint or {}))  # list titles are scraped text too
    hints = {**payload.hints, **{k: v for k, v in hint.items() if v}}

    title, title_method, title_snip = "", "", ""
    # round 23d: a news report's headline chosen over the other readers' candidates: it is the page's title but
    # no notice's heading, so it is set after the type is read (as the headline readers below do)
    voted_headline: tuple[str, str] | None = None
    if hints.get("title"):
        title, title_method, title_snip = (
            N.clean_text(str(hints["title"])),
            "json" if "title" in payload.hints else "hint",
            str(hints["title"]),
        )
    else:
        # round 23d (titlevote.py): every title reader's candidate, in the readers' old order, and the one the page
        # bears out best wins (a dated or repeated line over a list item, a caption or a section caption)
        # (round 19d: the name a 政府信息公开 grid gives the document, "名称: | <title> |": its cells glued one a
        # line, "索引号…" / "发文字号…" / "标题<title>", are no heading wrapped over three lines)
        # (round 22d: the heading told by the chrome around it, heading.py; a news report's headline over its
        # byline is no notice's heading and does not type the page)
        headline = _news_headline(page.lines)
        cands: list[tuple[str, str, str]] = []
        if page.titles:
            cands.append((page.titles[0][0], page.titles[0][0], page.titles[0][1]))
        for t in (disclosure_title(page.lines), title_from_lines(page.lines)):
            if t:
                cands.append((t[0], t[1], "title"))
        if headline:
            cands.append((headline[0], headline[1], "headline"))
        else:
            t = chrome_heading(page.lines)
            if t:
                cands.append((t[0], t[1], "title"))
        won = pick_title(page.lines, cands)
        if not any(c[2] != "headline" for c in cands) and _HTML_TITLE.fullmatch(page.html_title):
            # no heading and no title line: the document's <title> when it is a notice's title (ends
            # with the notice's kind), not a site's name or a 'title - site' pair
            title, title_snip, title_method = page.html_title, page.html_title, "title"
        elif won is not None and cands[won[0]][2] == "headline":
            voted_headline = cands[won[0]][:2]
        elif won is not None:
            title, title_snip, title_method = cands[won[0]]
    if title_method not in ("json", "hint"):
        quoted = quoted_notice_title(page.lines, title)
        if quoted:
            title, title_snip = quoted
            title_method = "title"
    if title and title_method not in ("json", "hint"):
        own = body_heading(
            page.lines, title
        )  # round 19d: the notice's own heading over the body, not the page's
        if own:
            title, title_snip = own, own
        else:
            # round 28j: the issuer / heading / number block of a formal notice under the site's own title line
            block = issuer_block_heading(page.lines, title)
            if block:
                title, title_snip = block, block
    title = drop_region_tag(title)
    title = _crumb_tail(title)
    trail = slash_trail_title(title)
    if (
        trail
    ):  # round 18g: a slash trail from the home page is chrome; the heading glued to its page step is not
        title = trail
    elif trail is not None or reference_number(title, _line_after(page.lines, title)):
        # round 18g: a trail with no heading, a document number (文号): the heading read without such lines
        title, title_snip, title_method = _title_without_chrome(page.lines)
    body_text = "\n".join(page.lines)
    # the short lines just under the title name the notice's kind where no heading tag does (a text
    # rendering: '…改造工程施工招标' / '补充公告')
    near = [
        ln
        for ti in [i for i, ln in enumerate(page.lines[:60]) if title and ln.startswith(title)]
        for ln in page.lines[ti + 1 : ti + 6]
        if len(ln) <= 30 and not re.search(r"[>›»|]|首页", ln)  # not the navigation trail's last step
    ]
    type_hint = {k: str(v) for k, v in hint.items() if k in ("domain", "notice_type", "title")}
    domain, notice_type = classify(title, page.headings + near + page.lines[:3], body_text, type_hint)
    spec = extractor_for(notice_type)
    rec = Record(domain=domain, notice_type=notice_type)
    # what the type rests on: the hint, the title, a real heading (not the first body lines), else body
    rec.set_type_basis(
        *type_basis(
            title,
            page.headings + near,
            type_hint,
            domain,
            notice_type,
            [t for t, _ in page.titles],
            body=body_text,
        )
    )
    if title and "title" in spec.keys and not only_type_words(title):
        # (a heading masked down to its type words, '****国有建设用地使用权挂牌出让公告', still types the
        # notice but states no title: LABELLING's 'Masked values: more than a generic word left')
        rec.set("title", title, title_snip, title_method)
    elif "title" in spec.keys:
        # a news report's headline over its byline (round 15c) is its title, but no notice's heading: the
        # type is read as before, from the body (a headline's '…网上招标成功', '…公车成功拍卖' tell the
        # outcome in words a notice's heading uses for a tender or a sale)
        # (round 17b: a headline printed twice at the top; round 17c: else a reprint's '原标题:' line)
        headline = voted_headline or _news_headline(page.lines)
        if (
            headline and (title_evidence(page.lines, *headline) or 0) >= 0
        ):  # round 23d: no caption, no list item
            rec.set("title", headline[0], headline[1], "title")

    # JSON wrapper fields are the platform's own data: trusted first
    for key in ("publish_date", "project_number", "project_name", "opening_time"):
        if key in payload.hints and key in spec.keys:
            rec.set(key, payload.hints[key], f"{key}={payload.hints[key]}", "json")
    if "publish_date" in hint and hint["publish_date"] and "publish_date" in spec.keys:
        d = N.parse_date(str(hint["publish_date"]))
        rec.set("publish_date", d, str(hint["publish_date"]), "hint")

    # a repost's own summary above the notice: only the page's title and date are read from it
    start = body_start(page.lines)
    lines, tables = page.lines[start:], body_tables(page, start)
    findings: list[Finding] = []
    # (round 19d: a correction's 更正前 / 更正后 table: the time after the change, before any reading of the one before)
    findings += list(corrected_times(lines))
    findings += list(css_hooks(page))
    findings += _kv_alias_findings(tables, spec)
    findings += _line_alias_findings(lines, spec)
    # a 公告概要 summary grid is the platform's own record of the notice: before the free text
    findings += list(kv_tables([t for t in tables if t.summary]))
    findings += [f for f in label_lines(page.lines[:start]) if f.key in ("title", "publish_date")]
    if notice_type.endswith(".result"):
        # round 18d: the national result table's one row run into its header's line (a text copy), before
        # the label readers, which take the run-together header for a label and the rest for its value
        findings += list(glued_name_first_row(lines))
    findings += list(label_lines(lines))
    findings += list(
        glued_project_name(lines)
    )  # round 19f: '项目名称<名称>标段编号…', an aggregator's run-on grid
    findings += list(kv_tables(tables))
    findings += list(section_paragraphs(lines))
    findings += list(timed_sections(lines))
    lists: list[ListTable] = []
    lone: ListTable | None = None
    for item in header_tables(tables):
        if isinstance(item, ListTable):
            lists.append(item)
        else:
            findings.append(item)
    if not lists:
        lists += list(transposed_candidates(tables))
    if not lists and spec.table_candidates:
        block = candidate_blocks(lines) or glued_ranked_rows(lines) or said_candidates(lines)
        if block is None:
            # round 22h: '甲公司以…投标报价…排序中标候选人第一名', '位列第三的是丙公司' (partylists.py)
            block = prose_ranking(lines)
        if block is None and notice_type.endswith(".candidates"):
            block = lone_first_candidate(lines)  # round 17e: a report naming the first candidate alone
        if block is None and notice_type == "procurement.result":
            block = lone = labelled_lone_candidate(lines)  # round 19g: '成交候选人:某公司', one candidate
        if block is not None:
            lists.append(block)
    for d in page.dates:
        findings.append(Finding("publish_date", d, "", d, "meta"))
    if domain in ("land", "mining", "emission", "property"):
        findings = _first_lot_dropped(findings, lines, title)
    # (round 27d: a value a correction withdraws, '原采购公告：…' over '现变更为：…', before the per-lot check)
    findings = withdrawn_dropped(findings)
    findings = _aliased(plan_numbers_last(_remark_items_last(drop_per_lot(findings))), spec)
    lot_names = [f for f in findings if f.key == "project_name" and _LOT_NAME.match(f.snippet)]
    _apply(rec, spec, [f for f in findings if f not in lot_names])
    _numbered_part_kept(rec, title)
    # round 27f: the ccgp.gov.cn 公告概要 run of a text copy, for the keys the body left unread
    _apply(rec, spec, summary_items(page.lines))
    if "winner" in rec.fields and rec.provenance["winner"].method in ("label_line", "numbered"):
        _lot_winners(rec, lines, findings)  # round 22h: one winner per lot heading (partylists.py)
    # round 22b: values said after their label and '为' / '是' / a dash / '位于', for the keys still missing
    _apply(rec, spec, _aliased(list(said_values(lines)), spec))
    missing = [k for k in spec.keys if k not in rec.fields]
    listing = notice_type.endswith(".transfer_notice")
    halted = notice_type.endswith(".termination")
    said = [
        f
        for f in prose(lines, missing, listing, halted)
        # round 23c: a centre that runs tenders and sales for others, told as a sentence's subject ('某旗政府采购中心对
        # 此工程项目…进行公开招标', fresh33 敖汉), is the venue, not the buyer (as a 落款's, readers._NOT_OWNER)
        if not (f.key == "purchaser" and _VENUE_CENTRE.search(translate_only(f.raw)))
    ]
    _apply(rec, spec, _aliased(said, spec))
    if rec.domain == "land" and "parcel_no" in spec.keys and "parcel_no" not in rec.fields:
        _apply(rec, spec, list(coded_parcel(lines)))  # round 18c: '编号为09031号地块' (parcels.py)
    if notice_type == "property.transfer_notice" and "purchaser" not in rec.fields:
        _apply(rec, spec, list(self_leased(lines)))  # round 18c: 'X…面向社会公开招租' (lessor.py)
    # round 19b: the parties told in sentences, read by the sentence's structure (agents.py), for what is still missing
    wanted_parties = [k for k in ("purchaser", "agency", "winner") if k in spec.keys and k not in rec.fields]
    if wanted_parties:
        _apply(rec, spec, list(parties(lines, wanted_parties, rec.domain in _SALE_DOMAINS)))
    if (
        rec.domain in ("land", "property")
        and listing
        and "area_m2" in spec.keys
        and "area_m2" not in rec.fields
    ):
        _apply(rec, spec, list(total_area(lines)))  # round 18c: '…,合计93.61亩' (parcels.py)
    wanted = {k for k in spec.keys if k not in rec.fields}
    dated = rec.provenance.get("publish_date")
    change_dated = dated is not None and _CHANGE_DATE.match(dated.snippet.strip()) is not None
    if change_dated:
        # round 17b: a correction's '更正日期：…' stands in for a publish date only where the page prints
        # none; the national summary grid's '公告时间…' is the notice's own (fresh19 余杭, fresh21 瓯海)
        wanted.add("publish_date")
    grid = list(flattened_grid(page.lines, wanted))
    if change_dated and any(f.key == "publish_date" for f in grid):
        del rec.fields["publish_date"], rec.provenance["publish_date"]
    _apply(rec, spec, grid)
    _apply(rec, spec, lot_names)
    if "location" in spec.keys and "location" not in rec.fields and rec.domain in _WORKS_DOMAINS:
        _works_place_said(rec, lines)
    if "bid_deadline" in spec.keys and "bid_deadline" not in rec.fields:
        _apply(rec, spec, list(window_deadline(lines)))
    if "opening_time" in spec.keys and "opening_time" not in rec.fields and "bid_deadline" in rec.fields:
        # '开标时间：同投标截止时间' / '开标时间与投标截止时间相同': the opening is the deadline
        for ln in lines:
            if _SAME_AS_DEADLINE.search(ln):
                rec.set("opening_time", rec.fields["bid_deadline"], ln, "label_line")
                break

    unranked = notice_type.endswith(".candidates") and unranked_candidates(lines)  # round 18d
    if spec.table_candidates and "candidates" not in rec.fields and not unranked:
        ranked_only = notice_type == "procurement.result"
        pool = [t for t in lists if _ranked_list(t) or t is lone] if ranked_only else lists
        if notice_type.endswith(".candidates"):
            # round 17a: a ranking publicity's candidates are ranked: a list with no rank in its rows or its head
            # ('投标序号 | 投标人名称 | 投标报价', the bids as opened, which an evaluation publicity prints above the
            # ranking) is the bidders, not the candidates
            pool = [t for t in pool if _ranked_list(t) or any(r["rank"] for r in t.rows)]
        best = max(pool, key=lambda t: len(t.rows), default=None)
        if best is not None:
            rows = [r for r in best.rows if r["name"]]
            rec.set("candidates", rows, best.snippet, "header_table")
            if "project_manager" in spec.keys and best.managers:
                # the first-ranked candidate's 项目负责人 is the one the notice proposes
                first = min(range(len(best.rows)), key=lambda i: (best.rows[i]["rank"] or 99, i))
                pm = best.managers[first]
                if pm and not N.is_placeholder(pm):
                    rec.set("project_manager", pm, best.snippet, "header_table")
    if spec.table_winner and lists:
        wt = next((t for t in lists if t.winner_table), None)
        if wt is not None:
            rows = _first_ranked(wt.rows) if _RANKED_HEADER.search(" ".join(wt.header)) else wt.rows
            if "winner" not in rec.fields:
                # (round 28a: a framework's 入围 table names a supplier again for each item it is admitted on: each once,
                # in page order, as LABELLING's winner lists them)
                rec.set(
                    "winner", list(dict.fromkeys(str(r["name"]) for r in rows)), wt.snippet, "header_table"
                )
            prices = [r["price"] for r in rows]
            # several lots (parcels, rights, 标项 / 包 of a purchase) print a price each and no total:
            # a sum would be a figure the page never states, so the amount is read from one row only
            per_lot = len(prices) > 1
            if (
                not per_lot
                and "amount" in spec.keys
                and "amount" not in rec.fields
                and prices
                and all(p is not None for p in prices)
            ):
                rec.set("amount", round(sum(float(p) for p in prices), 2), wt.snippet, "header_table")  # type: ignore[arg-type]
    if "winner" in spec.keys and "winner" not in rec.fields:
        # round 22i: the winner told as the subject of a deal won, by its name or the short name the page gives it
        # ('X(以下简称“公司”)…,公司成为…的中标人': agents.won_acts), after every label and table reader
        _apply(rec, spec, list(won_acts(lines)))
    winners = rec.fields.get("winner")
    if (
        "amount" in spec.keys
        and "amount" not in rec.fields
        and isinstance(winners, list)
        and len(winners) == 1
        and isinstance(rec.fields.get("candidates"), list)
    ):
        # the ranked list prices every bid and the notice names the winner: the award is the winner's bid
        # ('推荐排名 1 | 某公司 | 报价 2,494,775.00' over '中标供应商：某公司')
        bids = [c["price"] for c in rec.fields["candidates"] if c["name"] == winners[0] and c["price"]]
        if len(bids) == 1:
            p = rec.provenance["candidates"]
            rec.set("amount", bids[0], p.snippet, p.method)
    if "publish_date" in spec.keys and "publish_date" not in rec.fields:
        # a date opening one of the first lines ('2022-12-26 矿机优选网矿权出让' under a repost's title)
        # is the page's 发布时间 printed without its label: taxonomy.md takes it before the 落款 date
        for i, ln in enumerate(page.lines[:15]):
            m = (
                (_TOP_DATE.match(ln) or _TAGGED_DATE.match(ln))
                if i < 8 and not _labels_above(page.lines, i)
                else None
            )
            if m and in_range(page.lines, i):
                m = None  # '至' / '2026年03月23日': one end of a window broken over lines, no 发布时间
            if not m and i < 2:
                m = _STAMP.match(ln)
            if not m and i < 8:
                m = _GLUED_TAGS.match(ln)
            dmy = _TOP_DMY.match(ln) if not m and i < 3 else None
            if dmy and N.parse_date(f"{dmy.group(3)}-{dmy.group(2)}-{dmy.group(1)}"):
                rec.set(
                    "publish_date", N.parse_date(f"{dmy.group(3)}-{dmy.group(2)}-{dmy.group(1)}"), ln, "meta"
                )
                break
            if not m and _BYLINE_WORDS.search(ln):
                m = _BYLINE.search(ln)
            if not m and i < 12 and item_stamp(page.lines, i):
                m = ITEM_STAMP.match(ln)
            if not m and i < 10 and is_byline(ln) and not in_range(page.lines, i):
                # (round 15c) a news post's stamp beside its source or site: '来源:某新闻 2018-02-27 17:30',
                # 'http://www.某.com.cn 2003年06月22日11:12 某日报', '作者: 发布于:2016-11-30 16:13:52'
                m = STAMP.search(translate_only(ln))
            if m and N.parse_date(m.group(1)):
                rec.set("publish_date", N.parse_date(m.group(1)), ln, "meta")
                break
    if "publish_date" in spec.keys and "publish_date" not in rec.fields:
        # round 28k: the byline's 时间 / 日期 item run into the source's name, the space between lost ('来源:某某融媒体中心时间:
        # 2023-10-11', '信息来源:某某街道日期:2025-04-24 10:08 浏览次数:'): the source item before it makes it the post's stamp,
        # wherever the byline stands among the top lines (under a site's long list of other items)
        for ln in page.lines[:40]:
            m = _SOURCE_STAMP.search(ln) if len(ln) <= 100 else None
            if m and N.parse_date(m.group(1)):
                rec.set("publish_date", N.parse_date(m.group(1)), ln, "meta")
                break
    if "publish_date" in spec.keys and "publish_date" not in rec.fields:
        # (round 22d) the post's date by its shape: a 发布时间 with a two-digit year ('19-06-12'), a newspaper
        # edition's issue date printed with its edition line
        found = short_year_date(page.lines) or edition_date(page.lines)
        if found:
            rec.set("publish_date", found[0], found[1], "meta")
    if rec.domain == "property" and "publish_date" in spec.keys and "publish_date" not in rec.fields:
        # an exchange's listing ('挂牌起始日期 | 2024-12-23 09:00:00'): the disclosure is published when the
        # listing opens, as 信息披露起始日期 says on other exchanges' pages
        m = _LISTING_START.search(body_text[:8000])
        if m and N.parse_date(m.group(1)):
            rec.set("publish_date", N.parse_date(m.group(1)), m.group(0), "label_line")
    if "publish_date" in spec.keys and "publish_date" not in rec.fields:
        d = publish_line_date(page.lines)
        if d:
            rec.set("publish_date", d[0], d[1], "signature")
    if "publish_date" in spec.keys and "publish_date" not in rec.fields:
        _window_opens(rec, spec, page.lines)
    signs_for_owner = rec.domain in ("procurement", "construction", "property") and notice_type.split(".")[
        1
    ] in (
        "tender",
        "termination",
        "correction",
        "transfer_notice",
        "consultation",
        "other",
        "result",
        "intention",
        # round 17e: the 招标人 publishes its candidates (招标投标法实施条例 第五十四条), so it signs them
        "candidates",
    )
    # a right's seller signs its own sale notice; a 储备交易中心 selling reserve rights is the seller
    trade_seller = rec.domain in ("land", "mining", "emission") and notice_type.endswith(".transfer_notice")
    if trade_seller and "purchaser" not in rec.fields and "purchaser" in spec.keys:
        owner, _agency, snip = signature_orgs(page.lines, keep_centres=True)
        if owner and not _acts_for_others(owner, body_text):
            rec.set("purchaser", owner, snip, "signature")
    if trade_seller and "purchaser" not in rec.fields and "purchaser" in spec.keys:
        # round 28o: a page cut before its 落款 (a store's excerpt) still prints the issuer over its heading, the same body that
        # signs (textpage.issuer_block: issuer / heading / number / body); not a venue that runs the sale for it
        block = issuer_block(page.lines)
        if block and not _VENUE_ISSUER.search(block[0]) and not _acts_for_others(block[0], body_text):
            rec.set("purchaser", block[0], f"{block[0]} / {block[1]}", "signature")
    if signs_for_owner and ("purchaser" not in rec.fields or "agency" not in rec.fields):
        owner, agency, snip = signature_orgs(page.lines)
        if owner and "purchaser" in spec.keys and owner != rec.fields.get("agency"):
            rec.set("purchaser", owner, snip, "signature")
        if agency and "agency" in spec.keys and agency != rec.fields.get("purchaser"):
            rec.set("agency", agency, snip, "signature")
    if "purchaser" in spec.keys and "purchaser" not in rec.fields:
        _self_named_buyer(rec, page, body_text)
    if rec.domain == "mining" and "project_name" in spec.keys and "project_name" not in rec.fields:
        # a right's sale notice is titled '<矿区/勘查项目>探矿权网上挂牌出让公告': what is sold is the project
        m = _RIGHT_SALE_TITLE.match(str(rec.fields.get("title", "")))
        # ('某县自然资源局采矿权挂牌出让公告' names the seller, not what is sold)
        if m and not _SELLER_END.search(m.group("v")):
            rec.set("project_name", m.group("v"), m.group(0), "title")
    if "project_number" in spec.keys and "project_number" not in rec.fields:
        code = leading_code(page.lines)
        if code:
            rec.set("project_number", code[0], code[1], "regex")
    if (
        rec.domain == "property"
        and "project_name" in spec.keys
        and "project_name" not in rec.fields
        and "subject_name" in rec.fields
        # not a pointer ('详见附件清单') nor the notice's own heading copied into the cell ('…交易公告')
        and not _NOT_A_SUBJECT.search(str(rec.fields["subject_name"]))
        and _DISCLOSURE.search(body_text[:8000])
        and not _PROJECT_LABELLED.search(body_text[:8000])
    ):
        # an exchange's disclosure (产权转让, 租赁权出租; dated by its 信息披露起始日期) names no project but
        # its 标的: what is offered is the project (标的名称 '…房屋5年租赁权'), as the 标的编号 is its number.
        # A county platform's 转让公告 (公告期, no disclosure dates) keeps its 标的 as the subject only, as
        # the replica's truth and the golden pages have it
        p = rec.provenance["subject_name"]
        rec.set("project_name", rec.fields["subject_name"], p.snippet, p.method)
    if notice_type == "procurement.intention" and "project_name" not in rec.fields:
        _planned_project(rec, lines)
    if "project_name" in spec.keys and "project_name" not in rec.fields:
        _report_name(rec, page)
    if "project_name" in spec.keys and "project_name" not in rec.fields:
        _heading_name(rec, page)
    if "project_name" in spec.keys and "project_name" not in rec.fields and "project_number" in rec.fields:
        _coded_name(rec, body_text)
    if (
        "project_name" in spec.keys
        and "project_number" in spec.keys
        and "project_name" not in rec.fields
        and "project_number" not in rec.fields
    ):
        _named_with_code(rec, body_text)
    if "project_name" in spec.keys and "project_name" not in rec.fields and "title" in rec.fields:
        # '<某工程>招标情况的说明' / '<某项目>终止本次招标的说明': a letter to the bidders names its project
        m = (
            _EXPLAINED_TITLE.match(str(rec.fields["title"]))
            or _CONTRACT_TITLE.match(str(rec.fields["title"]))
            or _FAILED_TITLE.match(str(rec.fields["title"]))
        )
        if m:
            rec.set("project_name", next(g for g in m.groups() if g), str(rec.fields["title"]), "title")
    if (
        notice_type == "procurement.contract"
        and "project_name" in spec.keys
        and "project_name" not in rec.fields
        and (m := _PROJECT_CONTRACT_TITLE.match(str(rec.fields.get("title", ""))))
        and not _BUYER_THEN_PLACE.search(m.group(1))
    ):
        rec.set("project_name", m.group(1), str(rec.fields["title"]), "title")
    if (
        "project_name" in spec.keys
        and "project_name" not in rec.fields
        and "title" in rec.fields
        and notice_type.endswith((".correction", ".termination"))
    ):
        m = _AMENDED_TITLE.match(str(rec.fields["title"]))
        if m:
            rec.set("project_name", m.group("v"), str(rec.fields["title"]), "title")
    if "project_name" in spec.keys and "project_name" not in rec.fields:
        _halted_name(rec, page.lines)
    if "project_name" in spec.keys and "project_name" not in rec.fields:
        _quoted_subject(rec, body_text)
    if (
        "project_name" in spec.keys
        and "project_name" not in rec.fields
        and notice_type.endswith(".correction")
    ):
        # round 18e: '现对“<项目>”答疑…', '对《<项目>中标结果公告》作如下澄清': what the correction corrects
        said = corrected_subject(body_text)
        if said:
            rec.set("project_name", said[0], said[1], "sentence")
    if (
        rec.domain in ("procurement", "construction")
        and "project_name" in spec.keys
        and "project_name" not in rec.fields
        and "title" in rec.fields
    ):
        _kind_headed_name(rec)
    if (
        "project_name" in spec.keys
        and "project_name" not in rec.fields
        and "title" in rec.fields
        and _status(page, rec) == "ok"
    ):  # a scan's heading names the notice; the page states nothing
        m = re.match(r"^(.{4,80}?)(?:（[^）]*）|\([^)]*\))?(开标记录表|开标记录)$", rec.fields["title"])
        if m:
            rec.set("project_name", m.group(1), rec.fields["title"], "title")
    if "contact_phone" in spec.keys:
        _owner_phone(rec, lines)
    p_phone = rec.provenance.get("contact_phone")
    if (
        p_phone is not None
        and p_phone.method not in ("json", "hint", "gap")
        and site_phone(p_phone.snippet, page.lines)
    ):
        del rec.fields["contact_phone"], rec.provenance["contact_phone"]  # round 18g: the site's own number
    if (
        rec.domain == "property"
        and "contact_phone" in rec.fields
        and _DISCLOSURE.search(body_text[:8000])
        and not _OWNER_PHONE.search(rec.provenance["contact_phone"].snippet)
    ):
        # an exchange's disclosure (信息披露起始日期 …) prints the exchange's own contact desk in its
        # grid ('联系人 | 杨小姐、王先生 | 联系电话 | 0571-…'): the seller's number only under the seller's name
        del rec.fields["contact_phone"], rec.provenance["contact_phone"]
    p_phone = rec.provenance.get("contact_phone")
    if (
        p_phone is not None
        and p_phone.method not in ("json", "hint", "gap")
        and _desk_phone(rec.fields["contact_phone"], p_phone.snippet, page.lines)
    ):
        # round 23c: the number of a desk for a step the venue or the auctioneer runs (看样 / 报名 / 项目咨询, fresh35 北仑,
        # 成都): not the owner side's (LABELLING contact_phone) — stated, so a review gap, never a missing item
        snippet = p_phone.snippet
        del rec.fields["contact_phone"], rec.provenance["contact_phone"]
        rec.mark_gap("contact_phone", snippet)
    if "agency" in rec.fields and rec.fields["agency"] == rec.fields.get("purchaser"):
        # one body is not its own agent: a repost's summary grid that files the seller under 代理机构
        del rec.fields["agency"], rec.provenance["agency"]
    if (
        notice_type == "construction.approval"
        and "project_name" in spec.keys
        and "project_name" not in rec.fields
    ):
        # round 28n: the project an approval reply names in its heading, before the step it approves: '关于核准<项目>招标事项的
        # 批复', '关于<工程>项目可行性研究报告的批复', '关于<项目>立项的批复' (the step family of classify.WORKS_STEP)
        m = _APPROVED_PROJECT.match(re.sub(r"\s", "", str(rec.fields.get("title", ""))))
        if m:
            rec.set("project_name", m.group("v"), str(rec.fields["title"]), "title")
    if notice_type == "construction.approval" and "purchaser" in spec.keys and "purchaser" not in rec.fields:
        # round 28m: a works project's approval reply is addressed to its applicant, the project's owner: the salutation
        # line ('某某建设开发有限公司:', the colon may be lost) over the reply's own address ('你公司…申请收悉', '你单位报来的…')
        addressee = _reply_addressee(page.lines)
        if addressee:
            rec.set("purchaser", addressee[0], addressee[1], "prose")
    p_number = rec.provenance.get("project_number")
    if (
        p_number is not None
        and p_number.method not in ("json", "hint")
        and _SECURITIES_HEADER.search(p_number.snippet)
    ):
        # round 28h: a listed company's disclosure opens with the exchange's header, '证券代码:600284 证券简称:某某建设
        # 编号:临2013-061' / '…公告编号:2023-064': the number is the company's announcement's, no tender's project
        del rec.fields["project_number"], rec.provenance["project_number"]
    if "experts" in spec.keys and "experts" not in rec.fields:
        # round 22h: the panel as a table run together or one cell a line: role, name, how chosen (panel.py)
        rows = panel_rows(page.lines[start:])
        if rows is not None:
            rec.set("experts", rows[0], rows[1], "header_table")
    if isinstance(rec.fields.get("experts"), list) and rec.provenance["experts"].method != "summary":
        # round 18d: the owner's representatives listed beside the experts are panel members too
        rec.fields["experts"] = with_representatives(
            page.lines, rec.provenance["experts"].snippet, rec.fields["experts"]
        )
    rec.status = _status(page, rec)  # type: ignore[assignment]
    if rec.status == "ok":
        # items the page labels but no reader filled: stated, not missing (an extraction gap)
        stated = stated_labels(page, spec.aliases)
        unread = [k for k in spec.keys if k not in rec.fields and k not in stated]
        # an item a sentence states with its value ('开采矿种为建筑用石料'): stated too, not missing
        stated.update(stated_in_sentences(page, unread))
        # round 13c: an item printed under a label we do not know, found by its value's form: stated too
        stated.update(stated_by_content(page, [k for k in unread if k not in stated], rec.fields))
        # the safety net (extractors/mentioned.py): an item whose concept the page names anyway is a review gap,
        # never missing — only a page that does not mention the item at all keeps a 要素缺失 finding
        stated.update(mentioned_on(page, [k for k in unread if k not in stated]))
        # the guard under the net (extractors/unread.py): an item a label we could not map may hold (its head and
        # its value's form fit the item) is a review gap naming that label — we cannot tell that it is not there
        stated.update(unread_on(page, [k for k in unread if k not in stated], rec.fields, set(spec.keys)))
        for key in spec.keys:
            if key not in rec.fields and key in stated:
                if key == "location" and rec.domain in _WORKS_DOMAINS and not _works_label(stated[key]):
                    continue  # (round 17d) a 开标地点, a supplier's 地址: no place of the works is stated
                rec.mark_gap(key, stated[key])
        rec.refused_gaps()  # round 22g: a value refused by its shape (extractors.shapes) leaves a review gap
    if rec.status != "ok":
        # a scan or a bare file link states no item: only what the chrome shows (title, date) or the
        # platform's JSON carried is kept, never a name guessed from the heading
        for key in [
            k
            for k, p in rec.provenance.items()
            if k not in ("title", "publish_date") and p.method not in ("json", "hint")
        ]:
            del rec.fields[key], rec.provenance[key]
        rec.warnings.append(
            f"正文为{'图片' if rec.status == 'image_only' else '附件' if rec.status == 'attachment_only' else '空'} "
            f"(status {rec.status}): 字段仅取自页面文字"
        )
    return rec


# A sale of several lots ('建筑用石料8宗采矿权…出让公告', '…等9个探矿权') that lists them one by one under
# a numbered lot head ('(一)出让矿业权名称:X' / '1.地理位置:…' / '6.拟出让年限:…'): an item under the first
# head is that lot's, not the notice's (a cut copy may print the first lot only, so no second figure
# shows that the items differ, as lots.py needs)
_SEVERAL_LOTS = re.compile(
    r"(?:[2-9]|\d{2,}|[两二三四五六七八九十]{1,2})\s*(?:宗|个|处)(?:[^，,。；;\n]{0,12})?"
    r"(?:采矿权|探矿权|矿业权|地块|宗地|土地|排污权|资产|房产|门面|标的)"
)
_LOT_HEAD = re.compile(r"^\s*[(（]一[)）][^:：]{0,14}(?:名称|编号)\s*[:：]")
_NEXT_BLOCK = re.compile(r"^\s*(?:[(（]二[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])")
_LOT_KEYS = frozenset({"location", "area_m2", "use_term_years", "starting_price", "parcel_no", "land_use"})


# (round 25a) a numbered item inside a run of them ('1.范围:…; 2.规划用途:…; 3.开发层数:…'), one line
_RUN_ITEM = re.compile(r"(?:^|[\s;；,，。])\d{1,2}\s*[.．、]\s*[\u4e00-\u9fff]{2,10}\s*[:：]")


def _remark_items_last(findings: list[Finding]) -> list[Finding]:
    """``findings`` with the lot items read from a run of numbered requirements moved after a lot sheet's reading.

    Round 25a: a lot sheet's remark cell lists requirements on a part of the lot or on what the buyer must build
    ('一、地下空间开发利用要求: 1.范围:…; 2.规划用途:其他服务设施用地配套; 3.开发层数:…'); its '规划用途' is the
    underground space's, the lot's own use stands in the sheet's 用途 column. When a header table states the same
    key, a reading from a line holding three numbered items or more comes after it (moved, not dropped)."""
    sheet = {f.key for f in findings if f.method == "header_table" and f.key in _LOT_KEYS}
    if not sheet:
        return findings
    moved = [
        f
        for f in findings
        if f.key in sheet
        and f.method in ("label_line", "numbered")
        and len(_RUN_ITEM.findall(f.snippet)) >= 3
    ]
    if not moved:
        return findings
    ids = {id(f) for f in moved}
    return [f for f in findings if id(f) not in ids] + moved


def _first_lot_dropped(findings: list[Finding], lines: list[str], title: str) -> list[Finding]:
    """``findings`` without the per-lot items printed in the first lot's block of a several-lot sale."""
    if not _SEVERAL_LOTS.search(fold(title) + "\n" + "\n".join(fold(x) for x in lines[:6])):
        return findings
    head = next((i for i, ln in enumerate(lines) if _LOT_HEAD.match(fold(ln))), None)
    if head is None:
        return findings
    block = []
    for ln in lines[head + 1 :]:
        if _NEXT_BLOCK.match(fold(ln)):
            break  # the second lot, or the next chapter (terms shared by every lot may follow there)
        block.append(ln)
    below = set(block)
    return [
        f
        for f in findings
        if not (f.key in _LOT_KEYS and f.method in ("label_line", "numbered") and f.snippet in below)
    ]


# a rank column, not a row number: 序号 1, 2, 3 lists joint or per-lot winners
_RANKED_HEADER = re.compile(r"排名|名次|排序|顺序")
# a procurement result's list that ranks its bidders: a 候选人 column or a rank column (not a bare 序号)
_CANDIDATE_HEAD = re.compile(r"(?<!入围)候选人")


def _ranked_list(t: ListTable) -> bool:
    """A list of two or more bidders in a ranked order, which a procurement result prints beside its
    award ('中标候选人名称 | 投标总报价 | 推荐排名', '候选人排名 | 投标商名称', '供应商名称 | 得分 | 排名'):
    LABELLING.md "candidates" proposes a ranked list whatever it is called.  A winners' table numbered
    序号 (one row per lot) ranks nobody."""
    named = [r for r in t.rows if r["name"]]
    if len(named) < 2:
        return False
    return any(_CANDIDATE_HEAD.search(h) or _RANKED_HEADER.search(h) for h in t.header)


def _labels_above(lines: list[str], i: int) -> bool:
    """The line above ``lines[i]`` is an item's label ('开标日期' over '2018年06月29日'): the date is that
    item's value, printed one cell per line, not the page's posting date."""
    if i == 0:
        return False
    prev = lines[i - 1].strip()
    keys = keys_for(core_label(prev)[0]) if len(prev) <= 12 else ()
    if "publish_date" in keys:
        return False  # '发布时间' over '2020/05/22': the posting date under its own label
    return bool(keys) or (prev.endswith((":", "：")) and not re.search(r"(发布|信息|公示)(时间|日期)", prev))


def _first_ranked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rank-1 row of a ranked candidate table, else every row.

    A result that prints its 推荐排名 table ('第一中标候选人 / 第二中标候选人 …') awards the first-ranked
    candidate: the others are no winners and their prices no part of the amount.  Rows without
    distinct ranks (lots, joint winners) all stand.
    """
    ranks = [r.get("rank") for r in rows]
    if len(rows) > 1 and all(ranks) and len(set(ranks)) == len(ranks):
        return [min(rows, key=lambda r: r["rank"])]
    return rows


_HEADING_NAME = re.compile(
    r"^(?P<v>.{6,80}?(?:工程|项目))(?:施工|监理|设计|勘察|总承包)?招标(?P<kind>(?:补充|更正|变更|澄清)公告)?$"
)
_NOTICE_WORD = re.compile(r"^(?:补充|更正|变更|澄清)公告$")
# (round 22d: the kind's object word, '工程' / '货物' / '服务', is the name's last word, not the kind's: '<…专业承包工程>'
# over '比选公告' (fresh30 广汉, a heading broken by <br/> before '设计、…工程比选公告') keeps its 工程; the procedure
# words 施工 / 监理 / 设计 / 勘察 stay with the kind)
_NAME_OVER_KIND = re.compile(
    rf"(?!关于)(?P<v>.{{6,80}}?(?<!的))(?:{KIND_ONLY.pattern.replace('|货物|服务|工程)?', ')?', 1)})"
)
# '<工程名>' over a line that is only the notice's kind ('发包公告', '招标公告'), or '<项目名>【中标公示】':
# the project is the heading without its kind
_KIND_LINE = re.compile(
    r"^(?:施工|监理|设计|采购)?(?:招标|发包|比选|采购|中标|成交|中标结果|中标候选人)(?:公告|公示)$"
)
_TAGGED_NAME = re.compile(
    r"^(?P<v>.{6,80}?(?:工程|项目))\s*[【\[](?:中标|成交|结果|招标|发包|采购)?(?:公示|公告)[】\]]$"
)


# the national template's fill-in heading: '（项目名称）中标候选人公示' filled as '（<项目>）中标候选人公示'
_FILLED_KIND = re.compile(r"(?:中标候选人|中标结果|评标结果|成交结果|中标|成交)公[示告]")


def _bracketed_name(title: str) -> str | None:
    """The project of a '（<项目>）中标候选人公示' heading: the outer bracket's content (brackets inside
    the name, '（GSM-R）', kept), when only the notice's kind follows the bracket."""
    if not title.startswith(("（", "(")):
        return None
    depth = 0
    for i, ch in enumerate(title):
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0:
            name, rest = title[1:i], title[i + 1 :]
            return name if 4 <= len(name) <= 80 and _FILLED_KIND.fullmatch(rest) else None
    return None


# a sentence naming the project with its code in brackets ('某某改扩建项目(招标编号:XSGC2023-001),于…'): a
# letter to the bidders (a termination, a postponement) names what it is about so, with no 项目名称 label
_CODED_NAME = re.compile(
    r"(?:^|[\s，,。；;：:])(?P<v>[^\s，,。；;：:()（）《》“”]{6,60}?(?:项目|工程|标段|采购))"
    r"\s*[（(]\s*(?:招标|项目|采购|工程)?编号\s*[:：]\s*(?P<code>[^()（）\s]{4,40})\s*[)）]"
)


# a contract notice titled by the contract: '<项目>政府采购合同(服务类)', '<项目>续签合同政府采购合同(服务类)'
# (round 19f: a renewal's '…续签合同' before the contract's kind stays in the name — LABELLING 'the title minus the
# type word', the fresh4 浏阳 label; the title was not read there before, its bracket holding a colon)
_CONTRACT_TITLE = re.compile(r"^(.{4,80}?)\s*政府采[购購]合同(?:[（(].{1,30}[)）])?$")
# round 17e: a contract notice titled '<项目>合同' / '<项目>合同公告' (fresh9 德清: '<体育中心>的<…>用车服务采购项目合同';
# fresh16 宁乡: '<buyer><项目>合同公告') names the project the contract is for; a title opening with the buyer
# before another place's name ('…中心宁乡市…') is left alone: where the buyer's name ends is not printed
_PROJECT_CONTRACT_TITLE = re.compile(r"^(.{4,80}?(?:项目|工程|采购|服务))合同(?:公告|公示)?$")
_BUYER_THEN_PLACE = re.compile(r"(?:中心|局|委员会|办公室|院|学校|公司)[\u4e00-\u9fff]{1,4}(?:省|市|县|区)")
_EXPLAINED_TITLE = re.compile(
    r"^(.{4,80}?(?:工程|项目|標段|标段|采购|採購))(?:(?:终止本次|終止本次|暂停|暫停)?招[标標](?:情[况況])?的[说說]明"
    r"|(?:推迟|推遲|延期|暂停|暫停)(?:开标|開標|招[标標])情[况況][说說]明)$"
)
# a letter on a tender that failed names its project in quotes: '关于“<项目>”招标项目流标情况说明'
# ('<项目>招标失败公告', '<项目>招标异常公告', '<项目>采购终止公告': the notice's kind after its project)
_FAILED_TITLE = re.compile(
    r"^关于[“\"](.{4,80}?)[”\"](?:招[标標]|采[购購])?(?:项目|項目)?(?:流[标標]|废[标標]|廢[標])情[况況]的?[说說]明$"
    r"|^(.{4,80}?)(?:招[标標]|采[购購])(?:失[败敗]|异常|異常|终止|終止)公告$"
)

# a notice amending or ending a tender is headed '<项目><what was tendered><the change>公告': '<某工程>施工招标
# (第二次)开标时间延期公告', '<某建设项目>补充公告', '关于<某工程>”项目终止公告'; the name is what precedes
# the tender words and the change
_AMENDED_TITLE = re.compile(
    r"^(?:关于)?[“\"]?(?P<v>[^“”\"]{4,80}(?:工程|项目|項目|标段|標段))[”\"]?"
    r"(?:施工|监理|監理|设计|設計|勘察)?(?:招[标標]|采[购購])?(?:[（(]第[一二三四五六七八九十\d]{1,2}次[)）])?"
    r"(?:项目|項目)?(?:开标时间|開標時間|开标|開標)?"
    r"(?:补充|補充|延期|变更|變更|更正|澄清|终止|終止|中止|暂停|暫停)公告$"
)


# round 18b: a letter halting, ending or resuming a tender is headed by its project and the verb, the verb
# before the name ('关于暂停<项目>的通知') or after it ('<项目>终止招标公告', '关于<项目>暂停招标的公告',
# '关于<项目>恢复招投标活动及重新发布…的情况说明'), or the name quoted ('关于《<项目>》采购工作调整的公告'): the
# name is what stands between 关于 and the verb, as printed (its 施工 / 监理 kept). fresh24 漳平, 新蔡, 武汉大学;
# fresh25 大庆, 锡山. Not '关于中止国有建设用地使用权挂牌出让的公告' (no project named), nor '关于在采购活动中
# 暂停与…合作的通知' (no tender halted).
_HALT = r"(?:暂停|终止|中止|恢复)"
_HALTED_WORK = r"(?:项目|工程|标段|采购|服务|施工|监理|设计|勘察)"
_HALTED_TITLE = re.compile(
    rf"^关于{_HALT}(?P<a>[^“”\"《》]{{4,80}}?{_HALTED_WORK})的(?:通知|公告)$"
    rf"|^(?:关于)?(?P<b>[^“”\"《》]{{4,80}}?{_HALTED_WORK}){_HALT}(?:本次)?(?:招投标活动|招标|采购)"
    r"(?:(?:活动|工作)?(?:及[^“”\"《》]{2,30}?)?的)?(?:公告|通知|情况说明|说明)$"
    rf"|^关于[《“\"](?P<c>[^“”\"《》]{{4,80}})[》”\"](?:项目|采购|招标)?(?:工作|活动)?"
    rf"(?:{_HALT}|调整)(?:工作|活动)?的(?:公告|通知|情况说明|说明)$"
)


def _halted_name(rec: Record, lines: list[str]) -> None:
    """project_name from the title, else from the page's first line when that line is such a heading (a letter
    headed '关于…的情况说明' is not taken as the title: its kind is no notice word, so the type is not read from it)."""
    heads = [str(rec.fields["title"])] if "title" in rec.fields else [ln.strip() for ln in lines[:1]]
    for title in heads:
        m = _HALTED_TITLE.match(translate_only(title))
        if not m:
            continue
        g = next(k for k in "abc" if m.group(k))
        # (a heading printed twice and joined, '关于…的情况说明关于…的公告', names no one project)
        if not re.search(r"关于|公告|通知|说明", m.group(g)):
            rec.set("project_name", title[m.start(g) : m.end(g)], title, "title")


# round 18b: a letter on one tender names it in quotes after the body that runs it, with no 项目名称 label:
# '我公司代理的“<项目>”的招标文件…', '我中心组织的“<项目>(项目编号:…)”,招标文件发布后…'; a bracketed code
# inside the quotes is no part of the name. fresh25 凯里, 黑龙江省政府采购中心; fresh9 南丰 ('我公司(招标人)组织的
# “…劳务分包”', read from its summary lines already).
_QUOTED_SUBJECT = re.compile(
    r"(?:代理|组织)的[“\"](?P<v>[^“”\"]{4,80}?(?:项目|工程|标段|采购|服务|分包|施工|监理|设计|勘察))"
    r"\s*(?:[（(]\s*(?:招标|项目|采购|工程)?编号\s*[:：][^()（）“”]{2,40}[)）])?[”\"]"
)


def _quoted_subject(rec: Record, body_text: str) -> None:
    m = _QUOTED_SUBJECT.search(translate_only(body_text[:3000]))
    if m:
        rec.set(
            "project_name", body_text[m.start("v") : m.end("v")], body_text[m.start() : m.end()], "sentence"
        )


# round 18b: LABELLING 'project_name: the heading name when the heading is <name><type word>' for a tender's or a
# result's heading with its procedure word: '<项目> 询价公告(二次)', '<项目>(<村名>)施工(第二次)招标评标过程及结果公示'
# — the name is the heading without its procedure and notice words. fresh25 询价公告 (繁體), fresh22 梅花镇.
# (round 19f: a works' labour lot, '<项目>-单体建筑主体工程劳务招标结果的公示' (fresh10 华蓥; the fresh26 南丰 label's
# '…EPC 总承包劳务分包'), names its project as a service does; '结果的公示' is '结果公示')
_KIND_HEADED = re.compile(
    r"^(?P<v>[^:：，,。；;|《》“”\"]{4,80}?(?:项目|工程|采购|服务|劳务(?:分包)?)(?:[（(][^()（）]{1,30}[)）])?)\s*"
    r"(?:施工|监理|设计|勘察)?(?:[（(]第[一二三四五六七八九十\d]{1,2}次[)）])?"
    r"(?:公开招标|邀请招标|招标|询价|竞争性磋商|竞争性谈判|磋商|谈判|比选|竞价)"
    r"(?:评标过程及结果|评标结果|结果)?的?(?:公告|公示)(?:[（(][^()（）]{1,12}[)）])?$"
)


def _kind_headed_name(rec: Record) -> None:
    title = str(rec.fields["title"])
    folded = translate_only(title)
    m = _KIND_HEADED.match(folded)
    if m and not only_type_words(m.group("v")):
        rec.set("project_name", title[m.start("v") : m.end("v")].strip(), title, "title")


# round 18b: a site's crumb trail ending in the notice's own title, taken as the title when the page prints the
# title nowhere else: '比比招标网> 招标公告 > <项目>招标公告' (fresh25 铁西); the same trails end in the title on
# fresh13 剑鱼标讯 ('剑鱼标讯 > 合同项目 > <…>合同公告') and fresh14 镇海 ('您的位置: 首页 > 中标公告 > <…>结果公告').
# The title is the last step; a trail whose last step is a channel ('> 出让公告') is no title of a notice.
_CRUMB_SEP = re.compile(r"\s*(?:>{1,2}|＞|»)\s*")
_CRUMB_TITLE = re.compile(r".{4,100}?(?:公告|公示|通知|结果)(?:[（(][^()（）]{1,20}[)）])?")


def _line_after(lines: list[str], line: str) -> str:
    """The line printed after ``line`` at the top of the page ('' when none)."""
    for i, ln in enumerate(lines[:40]):
        if ln.strip() == line.strip():
            return lines[i + 1] if i + 1 < len(lines) else ""
    return ""


def _title_without_chrome(lines: list[str]) -> tuple[str, str, str]:
    """Round 18g: the heading read with document-number lines and slash trails left out, or no title."""
    kept = [
        ln
        for i, ln in enumerate(lines)
        if not reference_number(ln, lines[i + 1] if i + 1 < len(lines) else "")
        and not (i > 0 and reference_number(lines[i - 1], ln))
        and slash_trail_title(ln) is None
    ]
    t = title_from_lines(kept)
    if t and not reference_number(t[0]) and slash_trail_title(t[0]) is None:
        return t[0], t[1], "title"
    return "", "", ""


def _owner_phone(rec: Record, lines: list[str]) -> None:
    """Round 18g: the owner's number printed under a label naming the owner ('采购单位联系方式：…') over a
    number read first from an unattributed or the agency handler's line (``precise.owner_phone_at``)."""
    p = rec.provenance.get("contact_phone")
    if p is not None and p.method in ("json", "hint"):
        return
    at = owner_phone_at(lines)
    found = (at[0], at[1]) if at else None
    if p is not None and owner_labelled(p.snippet):
        # (round 19g) two owner-labelled numbers, the summary grid's '采购单位联系方式 | 佟老师,024-…' over the
        # body's '采购单位联系方式：于老师； 024-…' (a ccgp page read as text): LABELLING takes the owner side's first
        read_at = next((i for i, ln in enumerate(lines) if p.snippet.strip()[:60] in ln), None)
        if at is None or read_at is None or at[2] >= read_at:
            return
    phone = _phone(found[0]) if found else None
    if found and phone and phone != rec.fields.get("contact_phone"):
        rec.fields.pop("contact_phone", None)
        rec.set("contact_phone", phone, found[1], "label_line")


def _crumb_tail(title: str) -> str:
    parts = _CRUMB_SEP.split(title)
    last = parts[-1].strip()
    if len(parts) >= 3 and _CRUMB_TITLE.fullmatch(last) and not only_type_words(last) and len(last) > 8:
        return last
    return title


def _coded_name(rec: Record, body_text: str) -> None:
    """project_name from '<名称>(招标编号:<the notice's project number>)' in the body (``_CODED_NAME``):
    only when the bracketed code is the project number the page states."""
    number = str(rec.fields["project_number"])
    for m in _CODED_NAME.finditer(body_text[:6000]):
        if m.group("code") != number:
            continue
        # '我司于…组织开标的<名称>(项目编号:…)': a clause before 的 says what happened to it, the name follows
        v = _no_clause_lead(m.group("v").rsplit("的", 1)[-1])
        if len(v) >= 6 and not re.search(r"\d{1,2}\s*[月日]", v):
            rec.set("project_name", v, m.group(0).strip(), "sentence")
        return


# round 17b: a letter about a purchase names it with its code in brackets and no label, the phrase opened by
# 关于 or 发布 or held in quotes and closed by 的 or the earlier notice's name: '投诉人对被投诉人关于<项目>(<code>)
# 的质疑回复不满意', '组织了“<项目>(招标编号<code>)”的公开招标活动', '在医院官方网站发布了<项目>(<code>)院内公开
# 招标公告'.  The code must look like one (four digits or more, with a letter or
# a dash), never a year, a round ('第二次') or a document number ('…〔2024〕9号').
_NAMED_WITH_CODE = re.compile(
    r"(?:关于|发布了?|[“\"])\s*(?P<v>[^\s，,。；;：:()（）《》“”\"]{2,60}?)\s*[（(]\s*(?:(?:招标|项目|采购|工程)?编号\s*[:：]?\s*)?"
    r"(?P<code>[^()（）\s，,。；;：:“”\"]{6,40}?)\s*[)）]\s*[”\"]?\s*(?:的|[^\s，,。；;“”\"]{0,12}?(?:公告|公示))"
)


def _code_shaped(code: str) -> bool:
    return (
        len(re.findall(r"\d", code)) >= 4
        and re.search(r"[A-Za-z\-－]", code) is not None
        and not re.search(r"年|号$|[〔〕\[\]【】]", code)
    )


def _named_with_code(rec: Record, body_text: str) -> None:
    """project_name and project_number from '关于<项目>(<code>)的…' / '“<项目>(招标编号<code>)”的…' when the
    page labels neither (``_NAMED_WITH_CODE``): the first such phrase whose code has a code's shape."""
    for m in _NAMED_WITH_CODE.finditer(body_text[:6000]):
        if not _code_shaped(m.group("code")):
            continue
        rec.set("project_name", _no_clause_lead(m.group("v")), m.group(0).strip(), "sentence")
        rec.set("project_number", m.group("code"), m.group(0).strip(), "sentence")
        return


# (round 17d) the body that says 我校 / 我院 buys ('我校于…组织开展了…采购公开遴选', '我校决定先按照内部公开询价方式…') and
# the page names itself: its title opens with the school's or hospital's name (fresh14 新晃 '<学校>学生校服供应商采购
# 遴选结果公告', fresh22 运城 '<学院附属中学>2026年物业服务采购询价公告'), or its 落款 is that name. LABELLING 'purchaser:
# the body that says 我校'. Not a name met only elsewhere (inside a quoted project name): still a gap for review.
_SELF_BUYER = re.compile(
    r"(?:^|[，,。；;：:\s])我(?P<p>校|院)(?:决定|拟|现|将|特|于|就|对|组织|根据)[^。\n]{0,60}?"
    r"(?:采购|招标|询价|比选|磋商|谈判|竞价|遴选)"
)
# round 22e: the same self-reference for any body that sells, lets or buys its own — '根据我公司工作安排,现对…进行公开
# 招租', '将我所总面积为…的…出租给…', '现将本单位…采购意向公开如下', '对本村原承包合同…重新发包': the body is the one the
# title names before 关于 or the 落款 names, ending as the self-word says. Never a body acting for another (受…委托,
# a 交易中心 / 交易所 / 代理 firm: _SELF_VENUE), never '我市 / 我县' (a place, no body)
_SELF_ACTOR = re.compile(
    r"(?:^|[，,。；;：:\s]|根据|经|将|对|由)(?:我|本)(?P<p>所|局|公司|集团|中心|单位|村)(?![^。\n]{0,12}?受)[^。\n]{0,60}?"
    # (the verb itself, not a noun a halt or a title names: '我局决定中止…《…出让公告》…的挂牌出让活动' sells nothing)
    r"(?<!中止)(?<!终止)(?<!暂停)(?<!撤销)(?:采购|招标|询价|比选|磋商|谈判|遴选|招租|出租|出让|转让|拍卖|发包|流转)"
    r"(?!公告|公示|结果|信息|方案|文件|须知|合同|活动|工作|事宜|人|方|价|金|会|行)(?![^。\n《》]{0,30}》)"
)
_SELF_WORDS = {
    "校": r"(?:学校|中学|小学|大学|学院|中专|幼儿园)",
    "院": r"(?:医院|卫生院|学院|研究院|设计院|科学院)",
    "所": r"(?:研究所|所)",
    "局": r"局",
    "公司": r"(?:公司|集团)",
    "集团": r"(?:公司|集团)",
    "中心": r"中心",
    "单位": r"(?:局|厅|委员会|中心|公司|集团|学校|中学|小学|大学|学院|幼儿园|医院|院|所|站|馆|办公室)",
    "村": r"(?:村|村委会|村民委员会|经济合作社)",
}
_SELF_VENUE = re.compile(r"交易|拍卖|产权|代理|招标|咨询|采购中心|政府采购|项目管理|造价")


def _self_named_buyer(rec: Record, page: Page, body_text: str) -> None:
    said = {m.group("p") for m in _SELF_BUYER.finditer(body_text)}
    if not said:
        said = {m.group("p") for m in _SELF_ACTOR.finditer(translate_only(body_text))}
    if len(said) != 1:
        return
    name = rf"(?:(?!关于)[\u4e00-\u9fff（）()]){{2,30}}{_SELF_WORDS[said.pop()]}"
    title = str(rec.fields.get("title", ""))
    m = re.match(rf"(?!关于)(?P<n>{name})", title)  # greedy: '<大学>附属中学' is the school, not the 大学
    if m and not _SELF_VENUE.search(translate_only(m.group("n"))):
        rec.set("purchaser", m.group("n"), title, "title")
        return
    for ln in reversed([ln.strip() for ln in page.lines[-8:] if ln.strip()]):
        if re.fullmatch(name, translate_only(ln)) and not _SELF_VENUE.search(translate_only(ln)):
            rec.set("purchaser", ln, ln, "signature")
            return


def _heading_name(rec: Record, page: Page) -> None:
    """'<工程名>施工招标' + '补充公告' as the notice's own heading: the project is the heading without
    the tender words (corrections often print no 项目名称 item)."""
    bracketed = _bracketed_name(str(rec.fields.get("title", "")))
    if bracketed:
        rec.set("project_name", bracketed, str(rec.fields["title"]), "heading")
        return
    lines = page.lines[:15]
    for i, ln in enumerate(lines):
        tagged = _TAGGED_NAME.match(ln)
        if tagged:
            rec.set("project_name", tagged.group("v"), ln, "heading")
            return
        if (
            i + 1 < len(lines)
            and _KIND_LINE.match(lines[i + 1])
            and re.fullmatch(r"[^:：，,。；;|]{6,80}?(?:工程|项目)", ln)
        ):
            rec.set("project_name", ln, f"{ln} / {lines[i + 1]}", "heading")
            return
        m = _HEADING_NAME.match(ln)
        if not m:
            continue
        if m.group("kind") or (i + 1 < len(lines) and _NOTICE_WORD.match(lines[i + 1])):
            rec.set("project_name", m.group("v"), ln, "heading")
            return
    # (round 19d) a title that is '<name>' and a kind alone ('<name>' over '招 标 公 告', '<name>' over '招 标 文 件'
    # on a tender documents' cover, fresh9 上虞, fresh26 阜阳): the name (LABELLING 'project_name: the heading name
    # when the heading is <name><type word>', applied to works and purchases; a lease's or a sale's object is a
    # project only when it is named one, '…土地发包项目')
    title = re.sub(r"\s", "", str(rec.fields.get("title", "")))
    m = _NAME_OVER_KIND.fullmatch(title)
    if (
        m
        and not re.search(r"[:：，,。；;|]|(?:终止|中止|暂停|延期|流标|废标|重新)$", m.group("v"))
        and not only_project_words(m.group("v"))  # ('****采购项目': generic words once its mask is out)
        and (rec.domain in ("construction", "procurement") or re.search(r"(?:工程|项目)$", m.group("v")))
    ):
        rec.set("project_name", m.group("v"), str(rec.fields["title"]), "heading")


# A purchase plan's rows (财政部's intention template: 序号 | 采购项目名称 | 采购需求概况 | 预算金额 | 预计采购时间 |
# 备注) between its opening '…采购意向公开如下' and its closing '本次公开的采购意向是…初步安排': a copy that lost
# the header prints the row one cell per line, and the project is the one short cell named as a project
_PLAN_OPENING = re.compile(r"采购意向(?:公开)?如下")
_PLAN_CLOSING = re.compile(r"本次公开的采购意向")
_PLANNED_NAME = re.compile(r"^[^:：，,。；;|]{4,60}(?:项目|工程|服务|采购)(?:[(（][^()（）]{1,12}[)）])?$")


def _planned_project(rec: Record, lines: list[str]) -> None:
    """The project of a one-row purchase plan whose header row is lost: the one cell that names a project."""
    start = next((i for i, ln in enumerate(lines) if _PLAN_OPENING.search(fold(ln))), None)
    if start is None:
        return
    names = []
    for ln in lines[start + 1 :]:
        if _PLAN_CLOSING.search(fold(ln)):
            break
        cell = ln.strip().strip("|").strip()
        if _PLANNED_NAME.match(cell) and not header_word(cell) and not cell.startswith("采购项目"):
            names.append(cell)
    if len(names) == 1:
        rec.set("project_name", names[0], names[0], "header_table")


def _report_name(rec: Record, page: Page) -> None:
    """'Report' tables: a title row, then the project name alone in the second row."""
    for t in page.tables[:2]:
        rows = [[c[0] for c in r if c[0]] for r in t.rows]
        if len(rows) >= 3 and len(rows[0]) == 1 and len(rows[1]) == 1 and len(rows[2]) >= 2:
            if rows[0][0] == rec.fields.get("title") and re.search(r"(工程|项目|采购|服务)$", rows[1][0]):
                rec.set("project_name", rows[1][0], f"{rows[0][0]} / {rows[1][0]}", "kv_table")
                return


def extract_file(path: str | Path, url: str = "") -> dict[str, Any]:
    """Extract a saved page for the CLI (`pubwatch extract FILE --url URL --json`); returns ``Record.to_dict()``.

    Raises FileNotFoundError with a bilingual message, and NotAPage for files that are not pages.
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"文件不存在 (file not found): {p}")
    size = p.stat().st_size
    if size > MAX_BODY_BYTES:  # refused before reading: the file may be far bigger than memory
        raise PageTooLarge(
            f"{p.name}: 页面过大：{size} 字节，上限 {MAX_BODY_BYTES} 字节 "
            f"(page too large: {size} bytes > {MAX_BODY_BYTES})"
        )
    body = p.read_bytes()
    try:
        rec = extract(body, url=url)
    except NotAPage as exc:
        raise NotAPage(f"{p.name}: {exc}") from exc
    out = rec.to_dict()
    out["source"] = {"path": str(p), "url": url, "bytes": len(body)}
    return out
