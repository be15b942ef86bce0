"""Round 20b: field values, precision first — wrong winners, agencies, places and heads read as values.

- a result's next item label opens with the role word ('2.中标供应商地址：', '成交单位地址：', '采购代理机构地址：'): the
  role word is the label's, not the end of the winner's or the agency's name;
- a lot table's header cells run into one row with the lot's cells: no head is the value of the head before it;
- a lease's term ('租赁年限') is no use_term_years; a lease of buildings gives no land area first;
- a masked subject before 位于 ('**位于…') is dropped, and the place ends with its sentence;
- a bare one-to-three-digit project number is a row's number; '名称及编号：<名称>（<编号>）' gives the code;
- a '<name>于<date>' subject holds no label ('三、公告媒体及日期：本项目于…');
- '公示时间:至<date>' dates no publication;
- a submission window under '递交投标文件时间及地点' ends at the bid deadline; '响应文件的开启时间' is the opening;
- a member's role in brackets ('（采购人评委）') is dropped, the member kept.

Made-up pages (no real page's text). Each test fails before round 20b; the guards pass on both trees.
"""

from __future__ import annotations

from extractors import extract
from extractors.normalize import split_people


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


_RESULT = """某市某局某设备采购项目中标公告
一、采购项目名称：某市某局某设备采购项目
二、采购项目编号：ABC-2020-001
三、中标信息
{line}
四、联系事项
采购人：某市某局
联系电话：0771-1234567
"""


def test_b_winner_before_a_numbered_address_label() -> None:
    page = _RESULT.format(
        line="1.中标供应商名称：某某科技有限公司  2.中标供应商地址：某市某路1号  3.中标金额：100000元"
    )
    assert _fields(page).get("winner") == ["某某科技有限公司"]


def test_b_winner_before_a_glued_role_address_label() -> None:
    page = _RESULT.format(
        line="中标供应商名称：某某规划设计院中标供应商地址：某市某路2号中标金额：人民币￥595,000.00"
    )
    assert _fields(page).get("winner") == ["某某规划设计院"]


def test_b_winner_before_a_deal_unit_address_label() -> None:
    page = _RESULT.format(
        line="成交人：某某建筑安装有限公司 成交单位地址：某省某市某街道 成交报价：860000.00元"
    )
    assert _fields(page).get("winner") == ["某某建筑安装有限公司"]


def test_b_agency_before_its_address_label() -> None:
    page = _RESULT.format(line="中标供应商名称：某某科技有限公司") + (
        "采购代理机构名称：某某招标有限公司采购代理机构地址：某市某路3号采购代理机构联系人：某某\n"
    )
    assert _fields(page).get("agency") == "某某招标有限公司"


_LOTS = """某县国有建设用地使用权拍卖出让公告
某自然资源告字﹝2024﹞01号
一、出让宗地基本情况
宗地 编号 |
宗地位置 |
供地 条件 |
出让面积 |
土地 用途 |
容积率 |
出让 年限 |
2024-A号 |
该宗地位于某县某镇某村,具体位置以界址图为准。 |
现状 |
7200 平方米 |
商业 服务业 用地 |
≤2.5 |
40年 |
约10.8亩 |
|||||||
2024-B号 |
该宗地位于某县某镇某村,具体位置以界址图为准。 |
现状 |
5933.28 平方米 |
住宅用地 |
/ |
40年 |
约8.9亩 |
"""


def test_b_lot_header_run_into_its_row_pairs_no_heads() -> None:
    f = _fields(_LOTS)
    assert f.get("location") != "供地条件"
    assert f.get("land_use") != "容积率"


def test_b_guard_a_label_value_row_still_pairs() -> None:
    page = """某县国有土地使用权挂牌出让公告
一、出让地块基本情况
宗地编号 | 2024-07 | 土地用途 | 商业用地 | 出让年限 | 40年 |
"""
    f = _fields(page)
    assert f.get("land_use") == "商业用地"
    assert f.get("use_term_years") == 40


_LEASE = """某村某厂房公开挂牌招租公告
受某某委托,对某村某厂房进行公开挂牌招租,具体情况如下:
招租标的概况:
某村某号厂房公开挂牌招租,土地使用权面积1281平方米,土地用途为工业用地,厂房两幢建筑面积3020.26平方米。
特别约定:
1.承租人资格条件:承租人应为具有完全民事行为能力的自然人或法人。
3.租赁年限:本次招租租赁期限为 5 年,租期内租金不递增。
"""


def test_b_lease_term_is_no_use_term() -> None:
    assert _fields(_LEASE).get("use_term_years") is None


def test_b_lease_of_buildings_reads_no_land_area_first() -> None:
    assert _fields(_LEASE).get("area_m2") != 1281


def test_b_guard_a_land_sale_reads_the_land_area_first() -> None:
    page = """某区地块成交
某地产以12亿元竞得某区某镇地块,该地块用地面积15751平方米,建筑面积84540平方米。
"""
    assert _fields(page).get("area_m2") == 15751


def test_b_guard_a_grant_term_stays() -> None:
    page = """某县国有建设用地使用权挂牌出让公告
1.宗地编号:2024-01
2.出让年限:50年
"""
    assert _fields(page).get("use_term_years") == 50


def test_b_masked_subject_before_its_place_and_the_sentence_end() -> None:
    page = """**县某乡某村建筑石料用灰岩采矿权拍卖出让公告
一、出让采矿权基本情况
项目名称:**县某乡某村建筑石料用灰岩矿采矿权拍卖。
地理位置:**位于**县**240°方向,平距约27km, 行政上隶属**县某乡管辖。北侧有某公路通过,至某乡运距约5km。
"""
    assert _fields(page).get("location") == "**县**240°方向,平距约27km, 行政上隶属**县某乡管辖"


def test_b_row_number_is_no_project_number() -> None:
    page = """某小学物业管理服务采购公告
一、项目信息(一)项目名称:某小学物业管理服务采购
(二)项目编号:DDYJ-2022-******
(三)预算金额:375,000.00
(四)采购需求:
编号 | 服务描述 | 需求描述 | 数量 | 计量单位 |
---|---|---|---|---|
1 | 保安服务 | 负责学校安全保卫工作 | 1 | 项 |
"""
    assert _fields(page).get("project_number") is None


def test_b_name_and_number_label_gives_the_code() -> None:
    page = """某医院设备采购成交公告
某招标中心受某医院委托,就某设备采购采用竞争性谈判进行采购,现就本次谈判的成交结果公告如下:
一、采购项目名称及编号：某设备采购（GXZC2018-J1-12345-KLZB）
二、采购项目简要说明：设备一批。
"""
    f = _fields(page)
    assert f.get("project_number") == "GXZC2018-J1-12345-KLZB"
    assert f.get("project_name") == "某设备采购"


def test_b_no_label_in_a_dated_subject_name() -> None:
    page = """某设备采购成交公告
一、采购项目名称及编号：某设备采购（GXZC2018-J1-12345-KLZB）
三、公告媒体及日期：本项目于2018年12月26日在某采购网发布竞争性谈判公告。
"""
    assert "公告媒体" not in str(_fields(page).get("project_name"))


def test_b_period_end_dates_no_publication() -> None:
    page = """某公园项目施工中标公示
招标人：某投资有限公司
工程名称：某公园项目施工
公示时间:至2016年10月25日
"""
    assert _fields(page).get("publish_date") is None


_SUBMISSION = """某单位某系统采购招标公告
一、采购项目名称：某单位某系统采购
二、采购项目编号：SD2016-128
五、递交投标文件时间及地点
{time}
2、地点：某市政府采购大厅。
"""


def test_b_submission_window_end_is_the_deadline() -> None:
    page = _SUBMISSION.format(time="1、时间：2016年6月23日08时30分至2016年6月23日09时30分(北京时间);")
    assert _fields(page).get("bid_deadline") == "2016-06-23 09:30"


def test_b_submission_window_of_clocks_on_one_day() -> None:
    page = _SUBMISSION.format(time="时间：2016年03月31日 08:30—09:30 (北京时间)")
    assert _fields(page).get("bid_deadline") == "2016-03-31 09:30"


def test_b_guard_a_single_submission_time_is_no_window() -> None:
    page = _SUBMISSION.format(time="1、时间：2016年6月23日09时30分(北京时间);")
    assert _fields(page).get("bid_deadline") != "2016-06-23 08:30"


def test_b_opening_of_the_responses_with_de() -> None:
    page = """某幼儿园环境创设项目竞争性谈判公告
一、项目名称：某幼儿园环境创设项目
九、响应文件的开启时间及地点
1.时间：2020年01月22日10时00分（北京时间）
2.地点：某市公共资源交易中心
"""
    assert _fields(page).get("opening_time") == "2020-01-22 10:00"


def test_b_member_role_in_brackets_is_dropped() -> None:
    assert split_people("王某某（采购人评委）、张某、李某某") == ["王某某", "张某", "李某某"]
    assert split_people("罗某（采购人代表：罗某）") == ["罗某"]
