"""Round 28e (issue 12): a housing works' progress told by the stage reached or the works pushed on.

Why (two publishers: fresh38 a 亳州 forum repost, '…保障性安居工程开工' over '…举行开工奠基仪式'; fresh40 the 袁州 district
portal, '…住建局加快推进棚户区改造项目建设' over '…已主体完工'): the housing type rules knew progress only as a report's
words (进展, 进度, 完成情况) or rates (开工率, 完成目标任务); these pages say it by the stage itself and were typed
other. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _type(text: str) -> str:
    return extract(text.encode()).notice_type


def test_headline_stage_reached() -> None:
    page = (
        "某某县保障性安居工程开工\n访问量:\n  近日,某某县保障性安居工程一期在新区开工,共建设公租房200套。\n"
    )
    assert _type(page) == "housing.progress"


def test_headline_works_pushed_on() -> None:
    page = "您当前所在位置: 首页>住房保障\n某区住建局加快推进棚户区改造项目建设\n访问量:\n  今年以来,区住建局加快推进棚户区改造,目前三个小区进展顺利。\n"
    assert _type(page) == "housing.progress"


def test_body_ceremony_under_a_news_headline() -> None:
    page = (
        "admin 发表于 2011-5-17 17:40:30\n某某市保障性安居工程动工\n"
        "  近日,某某市保障性安居工程一期工程在该市南部新区举行开工奠基仪式。此次开工建设的保障性安居工程配建廉租房1500套。\n"
    )
    assert _type(page) == "housing.progress"


def test_guard_a_plan_schedules_its_works() -> None:
    page = "某某市2024年保障性安居工程年度计划\n  今年计划开工保障性住房3000套,拟于6月底前开工奠基。\n"
    assert _type(page) != "housing.progress"


def test_guard_a_works_tender_stays_a_tender() -> None:
    page = (
        "某某县棚户区改造项目施工招标公告\n1. 招标条件\n本招标项目某某县棚户区改造项目已由某某县发展和改革委员会批准建设,"
        "招标人为某某县住房和城乡建设局。项目已具备招标条件,现对该项目的施工进行公开招标。\n2. 项目概况与招标范围\n计划工期:365日历天。\n"
    )
    assert _type(page).endswith(".tender")
