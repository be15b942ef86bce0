"""Reading conventions added in issue 12, round 13b (docs/extraction-conventions.md, "Round 13b").

Each rule reads a class of wording or layout the never-seen sets kept missing: a 繁體 copy's converter
pinyin notes cutting words ('競(jìng)得'), a deal's buyer opening its own clause, a floor stated as '以…为起拍价'
or with its currency first, an office that commissions or announces a sale in a news sentence, a method's
name before a response deadline's label, a news page's date line printed above its headline.  Every page
below is made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.printed import Printed


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- a converter's pinyin notes are dropped from the folded text, and put back into the values -------------


def test_printed_drops_pinyin_notes_and_gives_values_back_with_them() -> None:
    p = Printed("某河道砂石開采權(quán)第一拍,某液化天然氣(LNG)項目", drop_notes=True)
    assert p.folded == "某河道砂石开采权第一拍,某液化天然气(LNG)项目"  # '(LNG)' is no pinyin
    assert p.value("某河道砂石开采权") == "某河道砂石開采權(quán)"
    assert p.value("某液化天然气(LNG)项目") == "某液化天然氣(LNG)項目"


def test_printed_keeps_one_character_for_one_without_drop_notes() -> None:
    p = Printed("開采權(quán)")
    assert p.folded == "开采权(quán)"


_PINYIN_NEWS = (
    "超5元/噸!某省300萬(wàn)噸/年砂石礦被當(dāng)地民企競(jìng)得\n"
    "6月25日,某省某縣某鎮(zhèn)建築石料用灰岩礦被當(dāng)地民營企業——某縣甲礦業(yè)有限公司以1234萬(wàn)元成功競(jìng)得。"
    "該礦資源儲量5034萬(wàn)噸,生產規模300萬(wàn)噸/年,經計算,資源價款超5元/噸。\n"
    "該采礦權(quán)位於某縣某鎮(zhèn)某村,礦區面積0.3647平方千米,擬出讓年限17.78年(含1年基建期)。\n"
)


def test_a_deal_verb_cut_by_a_pinyin_note_still_names_the_buyer() -> None:
    rec = _rec(_PINYIN_NEWS)
    assert rec.fields.get("winner") == ["某縣甲礦業(yè)有限公司"]  # as printed, its note kept
    assert rec.fields.get("amount") == 12340000


def test_a_term_with_decimals_is_read() -> None:
    assert _rec(_PINYIN_NEWS).fields.get("use_term_years") == 17.78


# -- a deal's amount and floor told in sentences ---------------------------------------------------------------

_DEAL_NEWS = (
    "某县采矿权竞拍实现开门红——某县建筑石料用花岗岩矿采矿权成交\n"
    "近日,某县采矿权竞拍实现开门红,位于该县某镇某村的建筑石料用花岗岩矿采矿权顺利成交。"
    "此次采矿权出让通过网上公开竞拍的形式,以5750万元为起拍价竞拍。经过几小时的激烈角逐,"
    "某某实业有限公司最终以4.71亿元的最高报价竞得采矿权,创下了该县采矿权拍卖成交金额新高。\n"
)


def test_a_buyer_opening_its_clause_gives_the_amount() -> None:
    assert _rec(_DEAL_NEWS).fields.get("amount") == 471000000


def test_a_floor_stated_as_yi_wei_qipaijia() -> None:
    assert _rec(_DEAL_NEWS).fields.get("starting_price") == 57500000


def test_two_buyers_at_two_prices_give_no_amount() -> None:
    page = _DEAL_NEWS.replace("竞得采矿权,", "竞得一号采矿权,另一某某矿业有限公司以3.2亿元竞得二号采矿权,")
    assert _rec(page).fields.get("amount") is None


_MINING_NOTICE = (
    "某省某市某矿区砖瓦用页岩矿采矿权网上挂牌出让公告\n"
    "受某市国土资源局委托,某省矿业权储备交易中心以网上挂牌方式公开出让某矿区砖瓦用页岩矿采矿权,有关事项公告如下:\n"
    "一、拟出让采矿权基本情况\n"
    "(一)采矿权名称:某矿区砖瓦用页岩矿\n"
    "(二)出让年限:8年\n"
    "二、挂牌起始价、增价幅度及竞买保证金\n"
    "(一)本采矿权出让为无底价挂牌出让,挂牌起始价为人民币叁拾万元整(小写:人民币30万元)。\n"
    "(二)报价及限时竞价的增价幅度为人民币2万元或2万元的整数倍。\n"
)


def test_a_floor_with_its_currency_before_the_sum_in_words() -> None:
    assert _rec(_MINING_NOTICE).fields.get("starting_price") == 300000


_CARS_NEWS = (
    "1月29日,由市公共资产管理局组织,委托某产权交易所负责实施的某市第一批市级机关公车网络竞价拍卖54辆全部成交,"
    "成交率100%,总起拍价110.5万元,总成交价229.38万元,较起拍总价增值118.88万元,平均每辆车成交价为4.25万元。\n"
    "这次拍卖会的成功举行,为我市公共资产网络处置积累了经验。\n"
)


def test_a_total_of_several_floors_is_no_starting_price() -> None:
    rec = _rec(_CARS_NEWS)
    assert rec.fields.get("starting_price") is None  # neither the 总起拍价 nor one car's price after it


def test_the_office_that_organises_and_commissions_a_sale_is_the_purchaser() -> None:
    assert _rec(_CARS_NEWS).fields.get("purchaser") == "市公共资产管理局"


# -- an office named as seller in a news sentence ---------------------------------------------------------------


def test_an_office_commissioning_a_sale_with_the_sales_verb_after_it() -> None:
    page = (
        "某省自然资源厅近日委托出让的9宗矿业权顺利成交,总成交金额达4.01亿元。本次交易呈现市场活跃度高的良好态势,"
        "充分体现了某省矿业权市场建设取得的初步成效。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某省自然资源厅"


def test_an_office_announcing_its_own_sale() -> None:
    page = (
        "2021年12月31日,某省某市自然资源局某分局发布公告,将以招标方式出让某矿区建筑石料用砂岩矿采矿权。\n"
        "该矿区位于某区某方向直距9.5公里处,矿区面积1.4815平方千米,拟出让年限30年,起始价3.15亿元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某省某市自然资源局某分局"


def test_a_group_leasing_its_own_assets_is_the_purchaser_and_an_auctioneer_is_not() -> None:
    page = (
        "某区城投集团2023年第二批次经营性资产公开拍租\n"
        "某区城投集团于近日进行了2023年第二批次国有经营性资产公开拍租。此次拍租邀请有关部门现场监督见证,全程录像,"
        "经过激烈竞标,三处门面均有了新的承租人,拍租后年租金合计15.2万元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某区城投集团"
    auctioneer = page.replace("某区城投集团于近日进行了", "某某拍卖有限公司于近日进行了")
    assert _rec(auctioneer).fields.get("purchaser") is None


# -- labels and layouts -------------------------------------------------------------------------------------


def test_a_methods_name_before_the_response_deadline_label() -> None:
    page = (
        "某县某幼儿园厨房设备竞争性谈判公告\n"
        "采购项目名称 | 某县某幼儿园厨房设备 |\n"
        "采购方式 | 竞争性谈判 |\n"
        "采 购 人 | 某县某幼儿园 |\n"
        "谈判响应文件递交截止时间 | 2020-04-01 10:00 |\n"
    )
    assert _rec(page).fields.get("bid_deadline") == "2020-04-01 10:00"


def test_a_project_named_before_its_candidates_publicity_in_a_news_sentence() -> None:
    # round 18h: a news sentence only names no project_name (LABELLING 'project_name order', relabelled
    # 2026-12-07: fresh14 永善, fresh9 西乌旗); round 13b read it
    page = (
        "6月24日,某县城第二污水处理厂及配套管网建设工程(厂区项目特许经营招标)中标候选人公示。\n"
        "第一中标候选人: 甲环保集团股份有限公司,报价:2.09元/m³;\n"
        "第二中标候选人: 乙建筑工程有限公司,报价:2.10元/m³;\n"
        "该项目新建污水处理厂一座,近期设计规模17500m3/d,远期设计规模35000m3/d。\n"
    )
    assert _rec(page).fields.get("project_name") is None


def test_a_news_headline_under_its_date_line_is_the_title() -> None:
    head = "开采年限达34年!——某省6780万吨建筑石料用花岗岩矿4.71亿元成交"
    page = f"发布日期:2019-03-22 浏览次数: 次\n{head}\n" + _DEAL_NEWS.split("\n", 1)[1]
    assert _rec(page).fields.get("title") == head


# -- letters on failed tenders, candidates and times told in sentences ------------------------------------


def test_a_letter_on_a_failed_tender_is_titled_and_names_its_quoted_project() -> None:
    page = (
        "关于“某市某学校(二期)机房电脑采购及安装”招标项目流标情况说明\n"
        "某某公司:\n"
        "我单位招标的“某市某学校(二期)机房电脑采购及安装”项目于2026年9月5日在某市进行开标。本项目投标人数量不足3家,"
        "根据招标文件约定,招标人将重新招标,故本项目本次招标流标。\n"
        "特此说明。\n"
        "2026年9月8日\n"
    )
    rec = _rec(page)
    assert rec.fields.get("title", "").endswith("招标项目流标情况说明")
    assert rec.fields.get("project_name") == "某市某学校(二期)机房电脑采购及安装"


def test_a_failed_tender_notice_names_its_project_before_its_kind() -> None:
    page = (
        "“某某”城市运营监控中心招标失败公告\n"
        "“某某”城市运营监控中心政府采购项目,已于2021年12月22日组织专家评审,评审工作已结束。"
        "因本项目推荐中标候选人1家,故本项目本次招标失败,本项目将重新招标。\n"
        "特此公告。\n"
        "采购代理机构:某某工程咨询有限公司\n"
    )
    assert _rec(page).fields.get("project_name") == "“某某”城市运营监控中心"


def test_an_agency_naming_the_project_in_quotes_after_the_principal() -> None:
    page = (
        "某区某路新增项目监理项目招标异常公告\n"
        "某某商务服务有限公司受某区交通运输局的委托,对其“某区‘某某农村路’新增项目监理项目”进行公开招标。"
        "本项目于2021年5月18日在某区公共资源交易中心1号开标室开标,实质性响应招标文件要求的投标人不足三家,"
        "故本项目第一次招标失败。\n"
        "某区交通运输局\n"
        "2021年5月18日\n"
    )
    assert _rec(page).fields.get("project_name") == "某区‘某某农村路’新增项目监理项目"


_REPORT = (
    "某市某区某湖岸线景观提升工程(一期)施工评标会议于2021年12月8日在某市公共资源交易中心进行。评标委员会由招标人代表2人"
    "和有关经济、技术专家5人共7人组成。最终评标委员会推荐3名中标候选人,分别为: 第一中标候选人:某路港(集团)有限公司综合得分:"
    "90.76分; 第二中标候选人:某省第一水电建设集团股份有限公司综合得分:74.89分; 第三中标候选人:某港航建设有限公司"
    "综合得分:72.43分。 评标结果得到评标委员会各成员一致认可。\n"
)


def test_candidates_ranked_in_one_sentence() -> None:
    rec = _rec(_REPORT)
    assert rec.notice_type == "construction.candidates"
    assert [c["name"] for c in rec.fields.get("candidates", [])] == [
        "某路港(集团)有限公司",
        "某省第一水电建设集团股份有限公司",
        "某港航建设有限公司",
    ]


def test_one_ranked_candidate_alone_is_no_list() -> None:
    from extractors.transposed import said_candidates

    assert said_candidates(["经评审,第一中标候选人为某某建设有限公司,公示期三天。"]) is None
    assert said_candidates(["第一中标候选人为甲建设有限公司,第三中标候选人为乙建设有限公司。"]) is None


def test_an_opening_time_opening_its_sentence() -> None:
    page = (
        "某市某学校校服采购项目成交结果公示\n"
        "某学校校服采购领导小组审议确定采购方案后,委托招标代理机构发布招标信息。2025年12月24日9:30由第三方组织开标,"
        "委托专家及校方代表进行评标。\n"
        "成交供应商:某某服饰有限公司\n"
    )
    assert _rec(page).fields.get("opening_time") == "2025-12-24 09:30"


def test_a_deadline_opening_its_sentence_is_no_opening_time() -> None:
    page = (
        "某市某学校校服采购项目招标公告\n"
        "采购人:某市某学校\n"
        "2025年12月24日9:30前递交投标文件,逾期送达的不予接收,届时在某市公共资源交易中心开标。\n"
    )
    assert _rec(page).fields.get("opening_time") is None


def test_the_agency_firm_where_documents_are_obtained() -> None:
    page = (
        "某市某局某服务项目竞争性磋商公告\n"
        "项目概况\n"
        "某市某局某服务项目的潜在供应商应在某市某某建设工程招标有限公司获取采购文件,并于2021年6月23日9点00分"
        "(北京时间)前提交响应文件。\n"
        "一、项目基本情况\n"
        "1.项目编号:某采竞磋-2021166\n"
    )
    assert _rec(page).fields.get("agency") == "某市某某建设工程招标有限公司"
    platform = page.replace("某市某某建设工程招标有限公司获取", "政府采购云平台获取")
    assert _rec(platform).fields.get("agency") is None


def test_an_office_commissioning_a_venue_that_lists_the_rights() -> None:
    page = (
        "11月6日,某省自然资源厅委托省公共资源交易中心挂牌公开出让的8宗探矿权全部成交,总成交金额7390万元,综合溢价率1111%。"
        "本次探矿权竞买企业参与踊跃。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某省自然资源厅"


def test_a_buyer_closing_the_deal_at_its_price() -> None:
    page = (
        "某市首宗国有建设用地使用权跨区域交易拍卖成交\n"
        "2021年11月24日,某市首宗国有建设用地使用权出让跨区域交易项目在某市公共资源交易服务中心拍卖成交。本次拍卖共成交"
        "两宗国有建设用地使用权,宗地面积分别为25771.89平方米和101994.02平方米。两宗地均由某市某某置业有限公司分别以"
        "起叫价7800万元竞拍成交和起叫价46000万元竞拍成交。\n"
    )
    assert _rec(page).fields.get("winner") == ["某市某某置业有限公司"]


def test_a_text_copys_title_is_known_by_its_words_not_its_pinyin_notes() -> None:
    title = "某縣某局辦公設備採購項目結(jié)果公開(kāi)"
    page = f"{title}\n一、項目名稱:某縣某局辦公設備採購項目\n二、採購人:某縣某局\n三、中標供應商:某某科技有限公司\n"
    assert _rec(page).fields.get("title") == title  # as printed, its notes kept


def test_a_short_office_name_commissioning_a_venue_that_holds_the_sale() -> None:
    page = (
        "11月18日,市环保局委托某省环境资源交易中心举办的排污权交易某市首次专场活动在某市产权交易所举行,"
        "此次交易的受让方为我市近期通过环评审批的企业,成交总金额为120万元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "市环保局"


def test_a_project_named_in_a_news_report_of_its_opening() -> None:
    page = (
        "政府采购助力某区平安校园建设\n"
        "记者今天从区行政审批局获悉,某区校园技防设施改造升级项目已在某市公共资源交易中心某分中心完成开标,项目总投资3100万元,"
        "涉及全区112所学校。\n"
    )
    assert _rec(page).fields.get("project_name") == "某区校园技防设施改造升级项目"


def test_a_news_reports_verb_of_winning_and_its_clause_adverb() -> None:
    page = (
        "某市某区奥体地块出让成交\n"
        "新华社某市5月28日专电 27日,某市某区奥体地块出让,最终某某地产有限公司以123.18亿的总价斩获该地。"
        "据悉,这是某市土地市场上出现的第一宗百亿地块。\n"
    )
    assert _rec(page).fields.get("winner") == ["某某地产有限公司"]


def test_a_total_reached_daodao() -> None:
    page = (
        "某市排污权登记交易系统上线后,近日举行了首次排污权网络竞价交易。\n"
        "经过激烈报价,24家排污单位成为拟受让方,累计成交化学需氧量94.107吨,平均成交价28500元,最低成交价23000元。"
        "最终,总成交价款共计达到1689.54万元。\n"
    )
    assert _rec(page).fields.get("amount") == 16895400


def test_a_result_recommending_its_first_candidate_names_the_winner() -> None:
    page = (
        "某大学某餐厅经营权招标中标结果公示\n"
        "某大学某餐厅经营权招标项目于2017年8月2日9:00开标,评委经评审,推荐某某餐饮管理有限公司为第一中标候选人。"
        "公示期为三个工作日。\n"
        "某大学后勤管理处\n"
        "2017年8月3日\n"
    )
    assert _rec(page).fields.get("winner") == ["某某餐饮管理有限公司"]


# -- a rendering that broke its lines every few characters ----------------------------------------------------

_SPLIT = (
    "某市某学校智慧体育设备采购询价公告\n"
    "一、项目基本情况\n"
    "项目名称：某市某学校智慧体育设备采购\n"
    "四、响应文件提交\n"
    "1.截止时\n间：\n202\n6年\n3\n月\n20\n日\n9\n时\n00分\n（北京时间）\n"
    "2.地点：某市公共资源电子交易系统。\n"
    "五、开启\n"
    "1.时间：\n202\n6年\n3\n月\n20\n日\n9\n时\n00分\n（北京时间）\n"
    "2.地点：某市公共资源交易中心网。\n"
)


def test_a_date_broken_into_pieces_is_joined_under_its_label() -> None:
    from extractors.textpage import text_to_html

    assert "<p>1.截止时间：2026年3月20日9时00分</p>" in text_to_html(_SPLIT)
    assert _rec(_SPLIT).fields.get("opening_time") == "2026-03-20 09:00"  # '五、开启' over '1.时间：'


def test_short_figures_that_make_no_date_are_left_alone() -> None:
    from extractors.textpage import _join_char_split

    lines = ["序号", "1", "2", "3", "合计：", "12"]
    assert _join_char_split(lines) == lines


def test_two_lots_prices_in_one_clause_give_no_amount() -> None:
    page = (
        "某市两地块拍卖结果公布\n"
        "今年2月,位于某市某区某产业园1号、5号地块在网上公开拍卖,分别由甲置业有限公司(某控股集团有限公司所属公司)"
        "和乙企业管理咨询有限公司(某地产股份有限公司所属公司)以14.6亿元和7.4亿元竞得。\n"
    )
    assert _rec(page).fields.get("amount") is None


def test_a_floor_named_qishi_churang_jia_and_a_price_in_yi_without_yuan() -> None:
    page = (
        "新华社某市5月28日专电 27日,某市某区奥体地块出让,最终某某地产有限公司以123.18亿的总价斩获该地。\n"
        "此次挂牌出让的奥体地块由三宗子地块组成,该地块起始出让价为62.86亿元,建筑面积57.09万平方米。\n"
    )
    rec = _rec(page)
    assert rec.fields.get("starting_price") == 6286000000
    assert rec.fields.get("amount") == 12318000000


def test_regular_notes_are_dropped_for_the_layout_and_put_back_after_it() -> None:
    p = Printed("區(qū)內某區(qū)", drop_notes=True)
    assert p.regular_notes() == {"區": "(qū)"}
    assert p.back("区内某区") == "區(qū)內某區(qū)"
    assert Printed("區(qū)與區", drop_notes=True).regular_notes() is None  # one 區 unnoted: not regular


def test_a_text_copys_table_header_cut_by_notes_is_still_a_header() -> None:
    page = (
        "某縣某局辦公設備採購項目結果公告\n"
        "一、採購人:某縣某局\n"
        "二、中標(biāo)（成交）信息\n"
        "序號(hào)\n中標(biāo)（成交）供應商名稱\n中標(biāo)（成交）金額(jīn)\n"
        "1\n某某科技有限公司\n447,500.00元\n"
        "三、其他事項\n"
    )
    rec = _rec(page)
    assert rec.fields.get("winner") == ["某某科技有限公司"]
    assert rec.fields.get("amount") == 447500
