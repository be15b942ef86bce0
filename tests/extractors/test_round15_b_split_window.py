"""Round 15b: a window printed over lines ('公示期：2026年03月17日' / '至' / '2026年03月23日', '2026年3月17日' /
'9:00至' / …) is no 落款 date at either end; a 公示期 so printed still dates the notice by its first day
(docs/extraction-conventions.md, "Round 15b"). Every page below is made up."""

from __future__ import annotations

from extractors import extract


def test_a_publicity_window_over_three_lines_dates_the_notice_by_its_first_day() -> None:
    page = (
        "某体育中心建设项目评标结果公示\n"
        "项目名称：某体育中心建设项目\n招标人：某区文化体育局\n"
        "开标时间\n20260313 - 09:30:00\n"
        "公示期：2026年03月17日\n至\n2026年03月23日\n"
        "中标候选人及排序\n第一中标候选人：某建设集团有限公司\n投标报价(元)：1234567.00\n"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "construction.candidates"
    assert rec.fields.get("publish_date") == "2026-03-17"
    assert rec.fields.get("publicity_end") == "2026-03-23"


def test_a_window_start_over_its_time_line_is_no_signature_date() -> None:
    page = (
        "某中心太阳能设备询价公告\n"
        "一、项目名称：某中心太阳能设备采购\n"
        "二、采购预算：120000元\n"
        "三、供应商资格要求：符合《中华人民共和国政府采购法》第二十二条规定。\n"
        "四、公告期限：自本公告发布之日起3个工作日。\n"
        "五、询价文件获取方式、时间、地点：\n询价文件\n2026年3月17日\n9:00至\n2026年3月19日17:00\n"
        "在某市政府采购网下载。\n"
    )
    rec = extract(page.encode())
    assert rec.fields.get("publish_date") is None
