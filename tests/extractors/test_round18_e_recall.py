"""Reading conventions added in issue 12, round 18e (docs/extraction-conventions.md, "Round 18e").

Recall, a second pass on the weakest seen sets: a post's visit counter marks its byline (the headline above
it, the date on it), a run opening with a whole date is no label, a correction's quoted subject is its
project.  Every page below is made up (no real page is copied); each rule has a guard beside it.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


_REPORT = (
    "  (1)保障性住房的申请审核情况:本月新增符合公共租赁住房申请条件的家庭有 12 户;年度复核符合条件的家庭20户。\n"
    "  (2)保障性住房退出:腾退房源2套。\n"
    "  (3)保障性住房补贴发放情况:无。\n"
)


# -- 18e.1 a visit counter marks a byline ------------------------------------------------------------------------


def test_a_headline_over_a_stamp_with_its_counter() -> None:
    rec = _rec(f"某某区2024年3月保障性住房申请审核和退出情况\n时间:2024-04-02 09:15 浏览量:3\n{_REPORT}")
    assert rec.fields.get("title") == "某某区2024年3月保障性住房申请审核和退出情况"
    assert rec.fields.get("publish_date") == "2024-04-02"


def test_a_stamp_with_no_counter_marks_no_headline() -> None:
    # guard: a date and time alone beside a bare 时间 is no byline (an item's time is printed so)
    rec = _rec(
        f"某某区2024年3月保障性住房申请审核和退出情况\n时间:2024-04-02 09:15 地点:某某会议室\n{_REPORT}"
    )
    assert rec.fields.get("title") is None


def test_a_date_line_with_a_visit_counter_dates_the_page() -> None:
    page = (
        "招标信息\n"
        "某某招标公司关于某某医院食堂物资项目更正公告\n"
        "日期:2024-04-12 访问量:1024 类型:招标信息\n"
        "一、采购人名称:某某医院\n"
        "二、采购项目名称:食堂物资项目\n"
        "三、更正内容:本项目投标截止时间及开标时间延期至2024年4月26日14时。\n"
    )
    assert _rec(page).fields.get("publish_date") == "2024-04-12"


def test_a_date_line_with_no_counter_dates_nothing() -> None:
    # guard: '日期:' with an item after it (not a counter) is no stamp of the page
    page = (
        "招标信息\n"
        "某某招标公司关于某某医院食堂物资项目更正公告\n"
        "日期:2024-04-12 地点:某某会议室\n"
        "一、采购人名称:某某医院\n"
        "二、采购项目名称:食堂物资项目\n"
        "三、更正内容:本项目投标截止时间及开标时间延期至2024年4月26日14时。\n"
    )
    assert _rec(page).fields.get("publish_date") is None


# -- 18e.2 a run opening with a whole date is no label ------------------------------------------------------------


def _lease(date_line: str) -> str:
    return (
        "当前位置:首页 / 农村集体产权 / 项目公告 / 详情\n"
        "某镇某村江滩地土地经营招租公告\n"
        f"{date_line}\n"
        "为促进村级集体经济增收,经有关部门核准,公开招租某村江滩地土地经营项目,现公告如下:\n"
        "一、招租概况\n"
        "1.标的位置:标的位于某村江堤内,面积50亩。\n"
        "2.招租起始价:300元/亩.年。\n"
    )


def test_a_publish_date_glued_to_its_counter() -> None:
    assert _rec(_lease("发布日期: 2024/3/5阅读:")).fields.get("publish_date") == "2024-03-05"
    assert _rec(_lease("发布日期: 2024/11/17阅读:次")).fields.get("publish_date") == "2024-11-17"


def test_a_short_label_after_a_value_is_still_a_label() -> None:
    # guard: a run that opens with no date ('联系人:张某 电话:') still ends the value before it
    rec = _rec(_lease("发布日期: 2024/3/5 阅读:") + "联系人:张某 电话:0571-12345678\n")
    assert rec.fields.get("publish_date") == "2024-03-05"
    assert rec.fields.get("contact_phone") == "0571-12345678"


# -- 18e.3 a correction quotes what it corrects ---------------------------------------------------------------


def test_a_q_and_a_letter_quotes_its_project() -> None:
    page = (
        "某区某镇三个村人居环境改善工程(重新招标)答疑文件(一)\n"
        "各潜在投标人:\n"
        "现对“某区某镇三个村人居环境改善工程(重新招标)”答疑有关事宜通知如下:\n"
        "质疑1:为何第二次招标。答:因上一次招标的中标人无法履行合同,故本项目重新招标。\n"
        "某区某镇人民政府\n"
        "2024年8月6日\n"
    )
    rec = _rec(page)
    assert rec.notice_type.endswith(".correction")
    assert rec.fields.get("project_name") == "某区某镇三个村人居环境改善工程(重新招标)"


def test_a_clarification_quotes_the_notice_it_clarifies() -> None:
    page = (
        "致各投标人:\n"
        "招标人某市某中学对《某中学图书馆改造项目(包2)中标结果公告》作如下澄清说明,"
        "本澄清函是对该项目中标结果公告内容做出澄清说明。\n"
        "评标委员会一致同意第一中标候选人放弃中标候选人资格。\n"
        "特此澄清!\n"
        "澄清人:某市某中学\n"
        "澄清时间:2024年12月29日\n"
    )
    rec = _rec(page)
    assert rec.notice_type.endswith(".correction")
    assert rec.fields.get("project_name") == "某中学图书馆改造项目(包2)"


def test_a_quoted_law_is_no_project() -> None:
    # guard: what is quoted must end in a works or purchase word
    page = (
        "某某采购项目更正公告\n"
        "各供应商:\n"
        "根据国家对《中华人民共和国食品安全法》作出的修改,本项目资格要求更正如下:\n"
        "供应商须具有食品经营许可证。\n"
        "某某采购中心\n"
        "2024年3月1日\n"
    )
    assert _rec(page).fields.get("project_name") != "中华人民共和国食品安全法"
