"""Round 15b: a date labelled as another notice's ('变更公告发布日期', '本项目招标计划发布时间') is not this
notice's publish date; '公告发布开始时间' is (docs/extraction-conventions.md, "Round 15b"). Every page below
is made up."""

from __future__ import annotations

import pytest

from extractors import extract

_TENDER = (
    "某公园一期设计施工总承包招标公告\n"
    "1.招标条件\n本招标项目某公园一期已由某区发展和改革局批准建设，招标人为某某发展有限公司。\n"
    "{dates}\n"
    "3.投标人资格要求\n投标人须具备工程设计综合甲级资质。\n"
)


@pytest.mark.parametrize(
    "line", ["2.本项目招标计划发布时间：2026年1月30日。", "4、变更公告发布日期：2026年1月30日"]
)
def test_another_notice_date_is_no_publish_date(line: str) -> None:
    rec = extract(_TENDER.format(dates=line).encode())
    assert rec.notice_type == "construction.tender"
    assert rec.fields.get("publish_date") is None


def test_the_notice_own_start_date_is_its_publish_date() -> None:
    dates = "公告发布开始时间：\n2026-03-16 17:00\n2.本项目招标计划发布时间：2026年1月30日。"
    rec = extract(_TENDER.format(dates=dates).encode())
    assert rec.fields.get("publish_date") == "2026-03-16"


def test_a_correction_own_change_date_is_kept() -> None:
    page = "某项目更正公告\n一、原公告名称：某项目招标公告\n二、更正内容：开标时间顺延。\n三、变更日期：2026年2月3日\n"
    assert extract(page.encode()).fields.get("publish_date") == "2026-02-03"
