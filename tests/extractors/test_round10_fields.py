"""Reading conventions added in issue 12, round 10b (docs/extraction-conventions.md, "Round 10b").

Round 10b read fresh10's expert lists: ggzy.gov.cn result pages copied as text print each member as a
span of its own, joined by '、' lines, and a member may carry a role note in brackets
('甲某（采购人代表）').  Every page below is made up (no real page is copied); each rule has a guard where
it could go too far.
"""

from __future__ import annotations

from extractors import extract


def _experts(page: str) -> list[str] | None:
    return extract(page.encode("utf-8")).fields.get("experts")


_HEAD = """某县体育局某某服务项目成交结果公告
一、项目编号：ABC-2026-001
二、项目名称：某县体育局某某服务项目
三、成交信息
供应商名称：某某服务有限公司
成交金额：120000元
四、主要标的信息
详见采购文件。
"""
_TAIL = """六、代理服务收费标准及金额：
代理服务费收费标准：按规定收取。
"""


def _page(members: str) -> str:
    return _HEAD + "五、评审专家名单：\n" + members + _TAIL


def test_rest_of_the_list_on_one_line_after_the_first_name():
    # the first member a span of its own, the others on one line opening with '、'
    assert _experts(_page("张三丰\n、李四海、王五一\n")) == ["张三丰", "李四海", "王五一"]


def test_role_note_in_brackets_does_not_end_the_list():
    # the representative listed last, his role in brackets
    assert _experts(_page("张三丰\n、\n李四海\n、\n王五一（采购人代表）\n")) == ["张三丰", "李四海", "王五一"]


def test_role_note_on_the_first_member_taken_from_the_line_below():
    # the first line is long enough to be read as the label's value; the rest follow one span per line
    assert _experts(_page("张三丰（采购人代表）\n、\n李四海\n、\n王五一\n")) == ["张三丰", "李四海", "王五一"]


def test_list_still_stops_at_the_next_section():
    got = _experts(_page("张三丰\n、李四海\n")) or []
    assert got == ["张三丰", "李四海"]
    assert not any("代理" in g or "收费" in g for g in got)


def test_a_long_line_that_is_no_name_list_ends_the_list():
    # '、' opens the line but what follows is a sentence, not 2–4-character names
    got = _experts(_page("张三丰\n、本项目评审专家均从专家库随机抽取产生\n")) or []
    assert got == ["张三丰"]
