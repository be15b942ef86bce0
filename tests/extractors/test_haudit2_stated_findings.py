"""haudit2 (classes 3–7 of docs/findings-audit.md): a page states an item in a form the stated test did not know, so the
monitor called it missing.

- class 3: a generic sub-label under a numbered heading naming the item ('二、成交时间、地点' over '地点:某中心', '一、竞价
  标的' over '名称:…'): the heading's stem before the sub-label makes the item's label;
- class 4: label families labels.py lacked (object × 概况/基本情况, '工程规模', '开采规模', '获取招标文件方式' in either
  order, '地号编号', a '容积率' column, a lease's '租赁期限');
- class 5: the model tender's conditions sentence ('…已由某发展和改革局以…批准建设');
- class 6: a lot's bounds (东至…,南至…,西至…) state its location;
- class 7: a share done told in prose ('完成比例为38%').
Guards: the same pages without the item still get the finding.

Made-up pages (no real page's text). Each positive test fails before the change; the guards pass before and after.
"""

from __future__ import annotations

from extractors import extract


def _status(text: str, key: str) -> tuple[str, str]:
    rec = extract(text.encode())
    return rec.notice_type, rec.field_status(key)


# --- class 3: a heading names the item its generic sub-labels hold ---------------------------------------------
_MINE = (
    "某县某砂场采矿权出让结果公示\n"
    "某县自然资源局于2031年4月1日以网上挂牌方式出让某砂场采矿权,现将结果公示如下:\n"
    "一、竞得人:某某建材有限公司\n"
    "二、成交时间、地点\n"
    "时间:2031年4月1日10时\n"
    "{place}"
    "三、成交价格:123万元\n"
    "四、公示期:2031年4月2日至2031年4月11日\n"
    "某县自然资源局\n2031年4月2日\n"
)


def test_a_sub_label_under_a_heading_naming_the_place_states_it() -> None:
    nt, status = _status(_MINE.format(place="地点:某市公共资源交易中心\n"), "deal_place")
    assert nt == "mining.deal_result"
    assert status != "missing"


def test_a_heading_naming_the_place_without_a_place_under_it_states_none() -> None:
    nt, status = _status(_MINE.format(place=""), "deal_place")
    assert nt == "mining.deal_result"
    assert status == "missing"


_EMISSION = (
    "某省2031年第2期排污权指标电子竞价公告\n"
    "经研究,定于2031年6月8日通过某产权交易所网络平台对排污权指标进行电子竞价,现将有关事项公告如下:\n"
    "一、竞价标的\n"
    "{name}"
    "数量:120吨\n"
    "二、竞买人资格:依法设立的排污单位\n"
    "三、联系电话:0123-4567890\n"
    "某省排污权交易中心\n2031年5月20日\n"
)


def test_a_name_under_the_lot_heading_states_the_subject() -> None:
    nt, status = _status(_EMISSION.format(name="名称:二氧化硫排污权指标\n"), "subject_name")
    assert nt == "emission.transfer_notice"
    assert status != "missing"


def test_a_lot_heading_with_no_name_under_it_states_no_subject() -> None:
    nt, status = _status(_EMISSION, "subject_name")
    assert nt == "emission.transfer_notice"
    assert status == "missing"


# --- class 4: label families ------------------------------------------------------------------------------------
_TENDER = (
    "某县某小学教学楼新建工程施工招标公告\n"
    "1.招标条件\n本工程已具备招标条件,现对该项目的施工进行公开招标。\n"
    "2.项目概况与招标范围\n"
    "{overview}"
    "2.2招标范围:施工图范围内全部内容\n"
    "3.投标人资格要求:具备建筑工程施工总承包三级及以上资质\n"
    "4.{docs}:凡有意参加投标者,请于2031年3月1日至2031年3月7日在某县公共资源交易网下载\n"
    "5.投标文件的递交:投标截止时间为2031年3月21日9时30分\n"
    "6.联系方式\n招标人:某县教育局\n招标代理机构:某某工程咨询有限公司\n联系电话:0123-4567890\n"
)


def test_a_works_size_and_the_documents_in_either_order_are_stated() -> None:
    page = _TENDER.format(overview="2.1工程规模:新建四层教学楼一幢\n", docs="获取招标文件方式")
    rec = extract(page.encode())
    assert rec.notice_type == "construction.tender"
    assert rec.field_status("project_overview") != "missing"
    assert rec.field_status("doc_obtain") != "missing"


def test_a_tender_naming_no_overview_nor_documents_still_lacks_them() -> None:
    page = _TENDER.replace("2.项目概况与招标范围", "2.招标范围").format(overview="", docs="其他事项")
    rec = extract(page.encode())
    assert rec.notice_type == "construction.tender"
    assert rec.field_status("project_overview") == "missing"
    # (hguard: the page says where the documents are downloaded — '…交易网下载' —: the safety net of
    # extractors/mentioned.py sends the item to the review list, never a finding)
    assert rec.field_status("doc_obtain") == "gap"
    assert rec.gaps["doc_obtain"].startswith("提及「下载」")


_LEASE = (
    "某镇集体厂房公开招租公告\n"
    "受某村委会委托,某镇农村产权交易中心对下列厂房公开招租,现公告如下:\n"
    "一、{overview}\n该厂房位于某镇某村,建筑面积1200平方米。\n"
    "二、{terms}:5年,租金按年支付\n"
    "三、资产评估情况:年租金评估价12万元\n"
    "四、竞租人资格要求:依法设立的企业\n"
    "五、联系电话:0123-4567890\n某镇农村产权交易中心\n2031年3月1日\n"
)


def test_a_lease_overview_and_its_term_are_stated() -> None:
    rec = extract(_LEASE.format(overview="基本情况", terms="租赁期限").encode())
    assert rec.notice_type == "property.transfer_notice"
    assert rec.field_status("project_overview") != "missing"
    assert rec.field_status("trading_conditions") != "missing"


def test_a_lease_without_overview_heading_nor_terms_still_lacks_them() -> None:
    rec = extract(_LEASE.format(overview="其他", terms="其他事项").encode())
    assert rec.notice_type == "property.transfer_notice"
    assert rec.field_status("project_overview") == "missing"
    assert rec.field_status("trading_conditions") == "missing"


_MINING = (
    "某县某建筑用石料矿采矿权挂牌出让公告\n"
    "经某县人民政府批准,某县自然资源局决定以挂牌方式出让某建筑用石料矿采矿权,现将有关事项公告如下:\n"
    "一、出让采矿权基本情况\n1.开采矿种:建筑用石料\n2.矿区面积:0.1234平方公里\n{scale}"
    "3.出让年限:5年\n二、竞买人资格:依法设立的企业法人\n三、联系电话:0123-4567890\n"
    "某县自然资源局\n2031年3月1日\n"
)


def test_a_mining_output_labelled_by_its_act_is_stated() -> None:
    rec = extract(_MINING.format(scale="2.1开采规模:30万吨/年\n").encode())
    assert rec.notice_type == "mining.transfer_notice"
    assert rec.field_status("production_scale") != "missing"


def test_a_mining_notice_without_its_output_still_lacks_it() -> None:
    rec = extract(_MINING.format(scale="").encode())
    assert rec.notice_type == "mining.transfer_notice"
    assert rec.field_status("production_scale") == "missing"


_LAND = (
    "某县国有建设用地使用权拍卖出让公告\n"
    "某县自然资源局决定以拍卖方式出让1宗国有建设用地使用权,现将有关事项公告如下:\n"
    "一、{head}\n{lot}\n"
    "出让面积:1234平方米\n土地用途:工业用地\n{plan}"
    "二、竞买人资格:境内外法人\n三、联系电话:0123-4567890\n某县自然资源局\n2031年2月1日\n"
)


def test_a_cadastral_number_heading_and_a_plot_ratio_are_stated() -> None:
    rec = extract(
        _LAND.format(head="地号编号及土地位置", lot="某县2031-7号地块,某镇。", plan="容积率:≤1.5\n").encode()
    )
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("parcel_no") != "missing"
    assert rec.field_status("planning_indicators") != "missing"


def test_a_land_notice_without_number_nor_planning_figures_still_lacks_them() -> None:
    rec = extract(_LAND.format(head="出让地块", lot="某镇某村一宗工业用地。", plan="").encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("parcel_no") == "missing"
    assert rec.field_status("planning_indicators") == "missing"


# --- class 5: the model tender's conditions sentence -------------------------------------------------------------
def test_the_model_conditions_sentence_states_the_tender_conditions() -> None:
    page = _TENDER.replace(
        "1.招标条件\n本工程已具备招标条件,现对该项目的施工进行公开招标。\n",
        "本招标项目某县某小学教学楼新建工程已由某县发展和改革局以某发改〔2031〕12号批准建设,资金来自财政。\n",
    ).format(overview="2.1工程规模:新建四层教学楼一幢\n", docs="获取招标文件方式")
    rec = extract(page.encode())
    assert rec.notice_type == "construction.tender"
    assert rec.field_status("tender_conditions") != "missing"


def test_a_tender_without_conditions_still_lacks_them() -> None:
    page = _TENDER.replace(
        "1.招标条件\n本工程已具备招标条件,现对该项目的施工进行公开招标。\n",
        "某县教育局对某小学教学楼新建工程进行公开招标,投标人应具备相应条件。\n",
    ).format(overview="2.1工程规模:新建四层教学楼一幢\n", docs="获取招标文件方式")
    rec = extract(page.encode())
    assert rec.notice_type == "construction.tender"
    assert rec.field_status("tender_conditions") == "missing"


# --- class 6: a lot's bounds ------------------------------------------------------------------------------------
_LAND6 = (
    "某县国有建设用地使用权拍卖出让公告\n"
    "某县自然资源局决定以拍卖方式出让1宗国有建设用地使用权,现将有关事项公告如下:\n"
    "一、地块编号:某县2031-7号\n{where}"
    "出让面积:1234平方米\n土地用途:工业用地\n"
    "二、竞买人资格:依法设立的企业法人\n三、联系电话:0123-4567890\n某县自然资源局\n2031年2月1日\n"
)


def test_a_lots_bounds_state_its_location() -> None:
    rec = extract(_LAND6.format(where="某街道,东至规划一路,南至某河,西至某地块,北至某大街。\n").encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("location") != "missing"


def test_one_bound_in_a_sentence_states_no_location() -> None:
    rec = extract(_LAND6.format(where="出让地块东至规划一路的部分由竞得人自行建设。\n").encode())
    assert rec.notice_type == "land.transfer_notice"
    # no statement (stated.py): only a mention, which the safety net (extractors/mentioned.py) sends to review
    assert "location" not in rec.fields
    assert rec.gaps["location"].startswith("提及「东至」")


# --- class 7: the share done told in prose ----------------------------------------------------------------------
_PROGRESS = (
    "某县2031年城镇棚户区改造工作进度\n"
    "2031年我县计划改造棚户区1000户,截至6月底,已开工380户,{share}。\n"
    "某县住房和城乡建设局\n2031年7月1日\n"
)


def test_a_share_done_in_prose_states_the_progress() -> None:
    nt, status = _status(_PROGRESS.format(share="完成比例为38%"), "completion_progress")
    assert nt == "housing.progress"
    assert status != "missing"


def test_a_progress_page_without_a_share_still_lacks_it() -> None:
    nt, status = _status(_PROGRESS.format(share="工作有序推进"), "completion_progress")
    assert nt == "housing.progress"
    assert status == "missing"
