"""Notice-type rules added in issue 12's fourth round, one convention each, on made-up pages.

Each test states the convention in a small page written for it (names, numbers and dates invented)
and asserts the type read — and, where the rule could overreach, the type it must not give.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify
from extractors.hanzi import fold
from extractors.labels import STRUCTURAL, core_label, keys_for
from extractors.readers import drop_region_tag, publish_line_date


def _type(text: str) -> str:
    """The notice type of a page given as HTML or as lines (each line a paragraph)."""
    if not text.startswith("<"):
        text = "".join(f"<p>{ln}</p>" for ln in text.splitlines())
    return extract(text.encode("utf-8")).notice_type


def test_the_prequalification_template_opening_types_a_prequalification() -> None:
    page = (
        "项目概况\n某学院某校区建设项目招标项目的潜在资格预审申请人应在某交易中心网站领取资格预审文件，"
        "并于2030-01-05 10:00前提交申请文件。\n一、项目基本情况\n项目编号：XX2030-001\n"
        "项目名称：某学院某校区建设项目\n采购方式：公开招标\n预算金额(元)：1000000\n"
        "二、申请人的资格要求：\n1.满足《中华人民共和国政府采购法》第二十二条规定；\n"
    )
    assert _type(page) == "procurement.prequalification"


def test_the_tender_template_opening_wins_over_a_later_winner_word() -> None:
    # '中标供应商须…' further down is a condition on the future winner, not a result
    page = (
        "项目概况\n某设备采购项目的潜在供应商应在某平台获取采购文件，并于2030年1月5日 09:30前提交响应文件。\n"
        "一、项目基本情况\n项目编号：XX2030-002\n项目名称：某设备采购\n采购方式：竞争性谈判\n"
        "预算总金额（元）：150000\n七、其他补充事宜\n中标供应商须在签订合同后30日内供货。\n"
    )
    assert _type(page) == "procurement.tender"


def test_a_result_without_the_template_opening_stays_a_result() -> None:
    page = "一、项目编号：XX2030-003\n二、项目名称：某设备采购\n三、中标供应商：某某科技有限公司\n采购方式：公开招标\n预算金额：150000\n"
    assert _type(page) == "procurement.result"


def test_a_signed_contract_without_heading_is_a_contract() -> None:
    page = (
        "某道路日常维护服务项目政府采购合同\n政府采购合同编号: XX-2030-0001\n采购方式:公开招标\n"
        "采购人(甲方):某某局\n供应商(乙方):某某养护有限公司\n合同金额:100000元\n"
    )
    assert _type(page) == "procurement.contract"


def test_a_candidate_table_without_heading_is_candidates() -> None:
    page = (
        "<table><tr><th></th><th>第一中标候选人</th><th>第二中标候选人</th></tr>"
        "<tr><td>投标人名称</td><td>某某工程管理有限公司</td><td>某某建设事务所</td></tr>"
        "<tr><td>投标报价(元)</td><td>100000</td><td>110000</td></tr>"
        "<tr><td>项目负责人</td><td>张一</td><td>李二</td></tr><tr><td>工期(天)</td><td>90</td><td>90</td></tr></table>"
    )
    assert _type(page) == "construction.candidates"


def test_a_tender_naming_the_first_candidate_to_come_stays_a_tender() -> None:
    page = (
        "某道路施工招标公告\n一、招标条件\n本项目已由某发改委批准建设，招标人为某某局。\n"
        "二、投标人资格要求\n具备市政公用工程施工总承包三级资质。\n"
        "八、其他\n第一中标候选人放弃中标的，招标人可以确定第二中标候选人为中标人。\n"
    )
    assert _type(page) == "construction.tender"


def test_a_procurement_summary_table_with_method_and_budget_is_a_tender() -> None:
    page = (
        "<table><tr><td>地区</td><td>某市</td></tr><tr><td>采购方式</td><td>竞争性磋商</td></tr>"
        "<tr><td>项目名称</td><td>某校屋面防水维修</td></tr><tr><td>采购单位</td><td>某市第一中学</td></tr>"
        "<tr><td>项目预算</td><td>850000.00元</td></tr><tr><td>公示时间</td><td>2030-06-28</td></tr></table>"
    )
    assert _type(page) == "procurement.tender"


def test_an_item_naming_the_original_notice_is_no_heading() -> None:
    # '原公告的采购项目名称:…' refers to the notice being corrected; its '采购' must not type this one
    page = (
        "一、项目基本情况\n原公告的采购项目编号:XX-2030-04\n原公告的采购项目名称:某单位食材采购项目\n"
        "首次公告日期:2030-01-02\n二、更正信息\n更正事项:采购文件\n更正内容:价格评审方法\n"
    )
    assert _type(page) == "procurement.correction"


def test_a_works_tender_for_a_housing_project_is_construction() -> None:
    page = (
        "某县2030年保障性住房及配套建设项目（监理）\n一、招标条件\n本项目已由某县发改委批准，"
        "招标人为某县住房和城乡建设局。\n二、项目概况和招标范围\n三、投标人资格要求\n具备房屋建筑工程监理乙级资质。\n"
    )
    assert _type(page) == "construction.tender"


def test_a_housing_allocation_is_not_turned_into_a_tender() -> None:
    # the tender fallback applies only where no housing type fits
    domain, kind = classify("某县2030年保障性住房分配公示", [], "一、招标条件\n某县保障性住房分配名单如下。")
    assert (domain, kind) == ("housing", "housing.allocation")


def test_an_agreed_grantee_makes_a_mining_publicity_a_deal_result() -> None:
    page = (
        "某矿交公开〔2030〕01号\n根据有关规定,现将“某村建筑用石料矿”采矿权协议出让有关事项公开如下:\n"
        "一、受让人信息\n1、协议受让人:某某能源有限公司\n二、矿区基本情况\n1、采矿权名称:某村建筑用石料矿\n"
        "2、出让收益:100万元\n3、缴纳保证金:20万元\n"
    )
    assert _type(page) == "mining.deal_result"


def test_a_mining_sale_without_agreed_grantee_stays_a_transfer_notice() -> None:
    page = (
        "某村建筑用石料矿采矿权挂牌出让公告\n一、矿区基本情况\n挂牌起始价:100万元\n竞买保证金:20万元\n"
        "竞得人须在签订合同后缴纳出让收益。\n"
    )
    assert _type(page) == "mining.transfer_notice"


def test_traditional_characters_and_pinyin_are_folded_for_typing_only() -> None:
    assert fold("某鎮(zhèn)礦區(qū)掛牌出讓公告") == "某镇矿区挂牌出让公告"
    assert fold("某(LNG)項目(a)") == "某(LNG)项目(a)"  # no tone mark: no pinyin
    page = "近日,《某縣某鎮(zhèn)礦區(qū)採礦權掛牌出讓公告》發(fā)布。具體事項如下:\n競得人須在年底前完成修復。\n"
    rec = extract("".join(f"<p>{ln}</p>" for ln in page.splitlines()).encode("utf-8"))
    assert rec.notice_type == "mining.transfer_notice"
    # the title stays as printed: the page's own spelling is the evidence
    assert rec.fields["title"] == "某縣某鎮(zhèn)礦區(qū)採礦權掛牌出讓公告"


def test_a_traditional_property_disclosure_is_property() -> None:
    page = "一、轉讓申請與承諾\n標的名稱\n某公司1%股權\n信息披露起始日期\n2030-10-16\n轉讓底價\n100000 元\n"
    assert _type(page) == "property.transfer_notice"


def test_an_exchange_lease_disclosure_gives_date_and_reserve_rent() -> None:
    # 杭交所-style key-value disclosure: 信息披露起始日期, 出租底价 (标的名称 stays the subject_name)
    page = (
        "<table><tr><td>标的名称</td><td>某市某区某路1号1幢10楼2年租赁权</td></tr>"
        "<tr><td>标的编号</td><td>HJS2030ZL0001</td></tr>"
        "<tr><td>信息披露起始日期</td><td>2030-08-04</td></tr><tr><td>信息披露结束日期</td><td>2030-08-17</td></tr>"
        "<tr><td>出租底价</td><td>475652 元/年</td></tr><tr><td>联系人</td><td>陈女士</td></tr></table>"
        "<p>出租方承诺：本次招租已履行相应程序。</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields["subject_name"] == "某市某区某路1号1幢10楼2年租赁权"
    assert rec.fields["publish_date"] == "2030-08-04"
    assert rec.fields["starting_price"] == 475652


def test_only_the_disclosure_start_is_a_publish_date_label() -> None:
    # the end of the disclosure window is no synonym
    assert keys_for(core_label("信息披露起始日期")[0]) == ("publish_date",)
    assert keys_for(core_label("信息披露结束日期")[0]) == ()
    assert keys_for(core_label("出租底价")[0]) == ("starting_price",)


def test_a_news_byline_update_time_is_the_publish_date() -> None:
    page = (
        "<p>某县首次公开拍卖排污权</p><p>更新时间:2030-11-26 10:57 来源:某某报 作者: 阅读:1457</p>"
        "<p>某县日前公开拍卖化学需氧量排污权，竞得人为某某集团有限公司，成交价5000元/吨。</p>"
    )
    assert extract(page.encode("utf-8")).fields["publish_date"] == "2030-11-26"
    assert keys_for(core_label("更新时间")[0]) == ("publish_date",)


def test_a_contract_run_on_head_ends_each_party_before_its_address_label() -> None:
    page = (
        "<p>某道路维护服务项目政府采购合同</p>"
        "<p>政府采购合同编号: XX-2030-0001 采购方式: 公开招标 采购人(甲方):某某农业农村局 采购人地址:某市某路1号 "
        "供应商(乙方):某某养护有限公司 供应商地址:某市某街2号</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "procurement.contract"
    assert rec.fields["purchaser"] == "某某农业农村局"
    assert rec.fields["winner"] == ["某某养护有限公司"]


def test_a_party_word_alone_is_no_structural_label() -> None:
    # only the party word followed by an address / name / phone word ends a value
    assert STRUCTURAL.fullmatch("采购人地址")
    assert not STRUCTURAL.fullmatch("采购人")
    assert not STRUCTURAL.fullmatch("采购人代表")


def test_an_aggregator_region_tag_is_dropped_from_the_title() -> None:
    page = "<p>浙江杭州浙江省某市某区某镇某山建筑用石料矿采矿权网上挂牌出让公告</p><p>挂牌起始价:100万元</p><p>竞买保证金:20万元</p>"
    assert (
        extract(page.encode("utf-8")).fields["title"]
        == "浙江省某市某区某镇某山建筑用石料矿采矿权网上挂牌出让公告"
    )


def test_a_title_starting_with_a_place_keeps_it() -> None:
    # no full place name after the would-be tag: '浙江杭州湾新区…' is the title's own place
    assert (
        drop_region_tag("浙江杭州湾新区某地块国有建设用地使用权出让公告")
        == "浙江杭州湾新区某地块国有建设用地使用权出让公告"
    )
    assert drop_region_tag("浙江省杭州市某项目施工招标公告") == "浙江省杭州市某项目施工招标公告"


def test_a_column_wise_candidate_table_names_its_row_tou_biao_hou_xuan_ren() -> None:
    # '投标候选人名称' is the name row of a sideways candidate list, like 中标候选人名称
    page = (
        "<table><tr><td></td><td>第一中标候选人</td><td>第二中标候选人</td></tr>"
        "<tr><td>投标候选人名称</td><td>某某工程管理有限公司</td><td>某某建设事务所</td></tr>"
        "<tr><td>投标报价(元)</td><td>100000</td><td>110000</td></tr></table>"
    )
    cands = extract(page.encode("utf-8")).fields["candidates"]
    assert [(c["rank"], c["name"], c["price"]) for c in cands] == [
        (1, "某某工程管理有限公司", 100000),
        (2, "某某建设事务所", 110000),
    ]


_LAND_TEXT = (
    "某市国有建设用地使用权拍卖出让公告\n"
    "经某市人民政府批准,某市自然资源和规划局决定以拍卖方式出让下列地块的国有建设用地使用权。现将有关事项公告如下:\n"
    "一、拍卖出让地块基本情况:\n"
    "编号 | 界址 | 土地 面积 (m2) | 用途 | 规划指标 | 出让 年限 | 竞买保证金(万元) | |\n"
    "容积率 | 建筑 密度 | ||||||\n"
    "某开2030-1 号 | 某街道东至某路 | 18000 | 工业用地 | 2.0-4.0 | 不大于50% | 50年 | 220 |\n"
    "备注:1、按标准地出让;2、其他指标要求:(1)年亩均税收≥38.5万元/亩。 | ||||||||\n"
    "某开2030-2 号 | 某街道西至某河 | 21000 | 工业用地 | 2.0-4.0 | 不大于50% | 50年 | 260 |\n"
)


def test_a_padded_two_level_header_and_a_glued_note_row_keep_the_lot_table() -> None:
    # the pipe rendering pads rows with empty cells, and prints a 备注 colspan as one cell under each lot
    rec = extract(_LAND_TEXT.encode("utf-8"))
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields["land_use"] == "工业用地"
    assert rec.fields["use_term_years"] == 50


def test_a_row_of_values_is_no_note_row() -> None:
    from extractors.readers import _note_row

    assert _note_row(["备注:按标准地出让", "", "", ""])
    assert not _note_row(["某开2030-1 号", "", "18000", ""])
    assert not _note_row(["备注按标准地出让", "", ""])  # no label colon: not a note by this rule


_WORKS_TENDER = (
    "<p>某县2030年某道路改造项目（监理）</p><p>一、招标条件</p>"
    "<p>本某县2030年某道路改造项目（监理）（招标项目编号：E650000001）已由某县发改委批准，招标人为某县住房和城乡建设局。</p>"
    "<p>二、投标人资格要求</p><p>具备市政公用工程监理乙级资质。</p>"
    "<p>五、投标文件的递交</p><p>1．递交截止时间： 2030年07月14日10:30</p>"
    "<p>八、联系方式</p><p>招标代理机构：某某项目管理咨询有限公司</p><p>联系人：某某</p><p>电子邮件：</p>"
    "<p>2030年06月23日</p><p>招标人或其招标代理机构：（签章）</p>"
)


def test_the_works_template_with_a_bracketed_number_names_the_project() -> None:
    assert extract(_WORKS_TENDER.encode("utf-8")).fields["project_name"] == "某县2030年某道路改造项目（监理）"


def test_a_bare_submission_deadline_in_a_works_tender_is_the_bid_deadline() -> None:
    assert extract(_WORKS_TENDER.encode("utf-8")).fields["bid_deadline"] == "2030-07-14 10:30"
    assert keys_for(core_label("报名截止时间")[0]) == ("registration_deadline",)


def test_an_empty_contact_item_does_not_hide_the_signature_date() -> None:
    assert extract(_WORKS_TENDER.encode("utf-8")).fields["publish_date"] == "2030-06-23"
    # a date under an empty date label is still that label's value, not the 落款
    assert publish_line_date(["开标时间：", "2030年06月23日"]) is None


def test_a_termination_states_when_the_bids_were_opened() -> None:
    page = (
        "<p>某图书馆图书采购项目终止公告</p><p>一、项目基本情况</p><p>采购项目编号：XX-2030-01</p>"
        "<p>二、项目终止的原因</p><p>该项目已于2030-04-12 13:30:00开标,3家供应商参与开标。因有效供应商不足三家，项目终止。</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "procurement.termination"
    assert rec.fields["opening_time"] == "2030-04-12 13:30"


def test_a_figure_date_before_the_opening_word_needs_the_already_wording() -> None:
    # '截至2030-04-12 13:30:00…开标' is no account of an opening held; only '已于<date>开标' is read
    page = (
        "<p>某图书馆图书采购项目终止公告</p><p>采购项目编号：XX-2030-01</p>"
        "<p>截至2030-04-12 13:30:00开标前，仅1家供应商递交文件，项目终止。</p>"
    )
    assert "opening_time" not in extract(page.encode("utf-8")).fields


def test_the_notice_s_own_publication_window_opens_on_the_publish_date() -> None:
    page = (
        "<p>某村保障房配套工程施工招标公告</p><p>一、招标条件</p><p>招标人为某某开发有限公司。</p>"
        "<p>凡有意参加投标者，可于2030年10月12日至2030年10月16日获取招标文件。</p>"
        "<p>本公告发布时间为：2030年10月12日至2030年10月16日</p>"
    )
    assert extract(page.encode("utf-8")).fields["publish_date"] == "2030-10-12"
    # a window stated for the documents is no publish-date label
    assert keys_for(core_label("招标文件获取时间")[0]) != ("publish_date",)
