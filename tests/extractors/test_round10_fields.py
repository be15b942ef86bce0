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


# -- a section's '时间：' with its value on the line below ----------------------------------------------

_TENDER = """某学校体育器材采购项目竞争性磋商公告
一、项目基本情况
项目编号：ABC-2026-002
项目名称：某学校体育器材采购项目
预算金额：100000元
二、申请人的资格要求：
无。
"""


def _times(page: str) -> tuple[str | None, str | None]:
    fields = extract(page.encode("utf-8")).fields
    return fields.get("bid_deadline"), fields.get("opening_time")


def test_opening_section_time_label_over_its_value():
    # the 2020 template's '五、开启' over '时间：' whose value the copy printed on a line of its own
    page = _TENDER + (
        "四、响应文件提交：\n截止时间：\n2026-03-27 09:00:00（北京时间）\n地点：线上提交。\n"
        "五、开启：\n时间：\n2026-03-27 09:30:00\n地点：\n某市公共资源交易中心\n六、公告期限：\n自发布之日起3个工作日。\n"
    )
    assert _times(page) == ("2026-03-27 09:00", "2026-03-27 09:30")


def test_heading_naming_both_times_over_a_bare_time_label():
    page = _TENDER + (
        "四、提交投标文件截止时间、开标时间和地点\n时间：\n2026年04月09日 09时30分00秒\n（北京时间）\n"
        "开标地点：\n线上开标。\n五、公告期限\n五个工作日。\n"
    )
    assert _times(page) == ("2026-04-09 09:30", "2026-04-09 09:30")


def test_bare_time_label_before_the_next_heading_reads_nothing():
    page = _TENDER + "五、开启：\n时间：\n六、公告期限：\n2026-03-27 09:30:00 起五个工作日。\n"
    assert _times(page)[1] is None


def test_bare_time_label_over_a_window_reads_nothing():
    page = _TENDER + "五、开启：\n时间：\n2026-03-27 09:30:00至2026-03-28 17:00:00\n"
    assert _times(page)[1] is None


# -- a value whose bracketed note holds a colon -------------------------------------------------------


def test_value_below_its_label_with_a_colon_in_brackets():
    page = (
        "某县教育局某小学电源改造工程中标（成交）结果公告\n一、项目编号：\nABC-2026-003\n二、项目名称：\n"
        "某县教育局某小学电源改造工程（采购方式：竞争性磋商）\n三、中标（成交）信息\n供应商名称：某某电气有限公司\n"
        "中标（成交）金额：98000元\n"
    )
    assert extract(page.encode("utf-8")).fields.get("project_name") == (
        "某县教育局某小学电源改造工程（采购方式：竞争性磋商）"
    )


def test_a_label_outside_brackets_on_the_next_line_is_still_a_label():
    page = (
        "某县教育局某小学电源改造工程中标（成交）结果公告\n一、项目编号：\nABC-2026-003\n二、项目名称：\n"
        "采购方式：竞争性磋商（线上）\n三、中标（成交）信息\n供应商名称：某某电气有限公司\n"
    )
    assert extract(page.encode("utf-8")).fields.get("project_name") != "采购方式：竞争性磋商（线上）"


# -- a project name split over two lines --------------------------------------------------------------

_RESULT = (
    "某县体育局2026至2028年食堂运营服务项目成交结果公告\n一、项目编号\n：\nABC-2026-004\n二、项目名称\n：\n"
)


def _name(page: str) -> str | None:
    return extract(page.encode("utf-8")).fields.get("project_name")


def test_project_name_split_where_the_copy_broke_a_span():
    page = (
        _RESULT
        + "某县体育局\n2026至2028年食堂运营服务项目\n三、中标（成交）信息\n供应商名称：某某餐饮有限公司\n"
    )
    assert _name(page) == "某县体育局2026至2028年食堂运营服务项目"


def test_whole_project_name_takes_no_next_line():
    page = (
        _RESULT
        + "某县体育局食堂运营服务项目\n二期改造工程\n三、中标（成交）信息\n供应商名称：某某餐饮有限公司\n"
    )
    assert _name(page) == "某县体育局食堂运营服务项目"


def test_next_line_that_is_no_name_is_not_appended():
    page = _RESULT + "某县体育局\n详见采购文件。\n三、中标（成交）信息\n供应商名称：某某餐饮有限公司\n"
    assert _name(page) != "某县体育局详见采购文件。"


# -- a title whose part name opens with a dash ---------------------------------------------------------


def _title(page: str) -> str | None:
    return extract(page.encode("utf-8")).fields.get("title")


_CANDIDATES_BODY = (
    "（公示期：2026年03月16日至2026年03月18日）\n招标人：某县城投公司\n第一中标候选人：某某建设有限公司\n"
)


def test_dash_part_line_between_project_and_kind():
    page = "某县文化公园改造提升工程\n--照明工程\n中标候选人公示\n" + _CANDIDATES_BODY
    assert _title(page) == "某县文化公园改造提升工程--照明工程中标候选人公示"


def test_lone_dash_line_joins_the_project_above():
    page = (
        "某县城投发展有限公司\n某县体育公园建设项目\n-\n单体建筑主体工程劳务招标\n结果的公示\n"
        + _CANDIDATES_BODY
    )
    assert _title(page) == "某县体育公园建设项目-单体建筑主体工程劳务招标结果的公示"


def test_dash_line_does_not_pull_in_the_issuer():
    # the line above the dash names the issuer: it stays out of the title
    page = "某县城投发展有限公司\n-单体建筑主体工程劳务招标结果的公示\n" + _CANDIDATES_BODY
    assert _title(page) == "-单体建筑主体工程劳务招标结果的公示"


# -- a result's alias label with its unit in brackets ---------------------------------------------------


def test_alias_label_keeps_its_bracketed_unit():
    # '中标价（万元）' on a label-per-line grid: 3602.5 万元, not 3602.5 元 (and no second, different figure
    # that would make the amount look like one per lot)
    page = (
        "某市工程建设项目中标人公告\n编号：G2026-001\n中标人名称\n某某装饰有限公司\n中标价（万元）\n3602.5\n"
        "中标工期\n200天\n招标方式:公开招标\n"
    )
    assert extract(page.encode("utf-8")).fields.get("amount") == 36025000.0
