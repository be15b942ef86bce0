"""haudit (stop 30 audit of the 要素缺失 findings on seen pages, docs/findings-audit.md): a sale notice states who may
bid and its timetable in forms no label reader took, so the monitor called them missing.

- qualification: a line that is only a heading of the bidder family × 资格/范围 ('二、竞买人申请范围', '合格竞租人资格:',
  '五、供应商资格:'), or the standard clause '…自然人、法人和其他组织…均可申请参加竞买';
- schedule: a stage's time with its date ('拍卖报名时间:2031年…', '挂牌截止时间：' over the date on the next line), or a
  period in a sentence ('有意竞买者于2031年3月1日至2031年3月20日…', '决定于2031年5月6日…以拍卖方式出让');
- guards: a page without them still gets the finding (a heading word in a sentence, '取消其竞买人资格'; a publication
  date alone).

Made-up pages (no real page's text). Each positive test fails before the change; the guards pass before and after.
"""

from __future__ import annotations

from extractors import extract


def _status(text: str, key: str) -> tuple[str, str]:
    rec = extract(text.encode())
    return rec.notice_type, rec.field_status(key)


_HEAD = "某县国有建设用地使用权挂牌出让公告\n某县自然资源局决定以挂牌方式出让1宗国有建设用地使用权,现将有关事项公告如下:\n"
_LOT = "一、出让地块基本情况\n地块编号:某县2031-7号\n出让面积:1234平方米\n土地用途:工业用地\n"
_TAIL = "五、联系方式\n联系人:某某\n联系电话:0123-4567890\n某县自然资源局\n2031年2月1日\n"


def test_a_bidder_heading_over_its_rule_states_the_qualification() -> None:
    page = _HEAD + _LOT + "二、竞买人申请范围。\n有意者除另有规定外可报名。\n" + _TAIL
    nt, status = _status(page, "qualification")
    assert nt == "land.transfer_notice"
    assert status == "gap"


def test_the_standard_clause_states_the_qualification() -> None:
    page = _HEAD + _LOT + "二、境内外的自然人、法人和其他组织,除法律另有规定外,均可申请参加竞买。\n" + _TAIL
    assert _status(page, "qualification")[1] == "gap"


def test_a_tenants_heading_states_the_qualification() -> None:
    page = (
        "某村集体厂房公开招租公告\n某村委会将集体厂房公开招租,现公告如下:\n一、标的基本情况\n厂房位于某村,面积300平方米。\n"
        "二、合格竞租人资格:\n1.年满十八周岁。\n三、联系方式\n联系电话:0123-4567890\n"
    )
    nt, status = _status(page, "qualification")
    assert nt == "property.transfer_notice"
    assert status == "gap"


def test_a_qualification_word_in_a_sentence_is_no_statement() -> None:
    page = _HEAD + _LOT + "二、竞得人逾期不签订合同的,取消其竞买人资格。\n" + _TAIL
    # no statement; the page mentions 竞买人资格, so the safety net (extractors/mentioned.py) makes it a review gap
    assert _status(page, "qualification")[1] == "gap"


def test_a_stage_time_over_its_date_states_the_schedule() -> None:
    page = _HEAD + _LOT + "三、挂牌截止时间:\n2031年3月20日10时\n" + _TAIL
    assert _status(page, "schedule")[1] == "gap"


def test_a_period_in_a_sentence_states_the_schedule() -> None:
    page = _HEAD + _LOT + "三、有意竞买者于2031年3月1日至2031年3月20日到某县交易中心报名。\n" + _TAIL
    assert _status(page, "schedule")[1] == "gap"


def test_a_publication_date_alone_states_no_schedule() -> None:
    page = "发布时间:2031-02-01\n" + _HEAD + _LOT + _TAIL
    assert _status(page, "schedule")[1] == "missing"
