"""Round 22h: lists of parties told lot by lot or rank by rank (extractors/partylists.py).

- one winner per lot: the winner's label repeated under lot headings of any form (A分标 / 第1包 / 包2 / 标段一 /
  标项二) gives every lot's winner in page order;
- a ranking told in prose: '甲公司以…元投标报价…排序中标候选人第一名', '…位列第二', '位列第三的是丙公司';
- guards: one lot heading over two winner lines, a 第一 in some league table, ranks with a gap, a lone '位列第一'.

Made-up pages (no real page's text). Each test fails before round 22h and passes after; the guards stay unread.
"""

from __future__ import annotations

from extractors import extract


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- 22h.1 one winner per lot ---------------------------------------------------------------------------------------

_LOTS_RESULT = (
    "某某大学附属医院某某设备采购成交公告\n"
    "一、采购项目名称及编号：某某设备采购（GXZC2099-J1-00001）\n"
    "二、成交信息：\n"
    "{a}：\n"
    "1.成交供应商名称：某某甲商贸有限公司\n"
    "2.成交供应商地址：某某市某某路1号\n"
    "3.成交金额：人民币12000.00元\n"
    "{b}：\n"
    "1.成交供应商名称：某某乙医疗器械有限公司\n"
    "2.成交供应商地址：某某市某某路2号\n"
    "3.成交金额：人民币34000.00元\n"
    "三、联系事项：\n"
    "采购人：某某大学附属医院\n"
)


def test_winner_of_every_lot_under_letter_lots():
    f = _fields(_LOTS_RESULT.format(a="A分标", b="B分标"))
    assert f["winner"] == ["某某甲商贸有限公司", "某某乙医疗器械有限公司"]


def test_winner_of_every_lot_under_numbered_packages():
    for a, b in (("第1包", "第2包"), ("包1", "包2"), ("标段一", "标段二"), ("第一标项", "第二标项")):
        f = _fields(_LOTS_RESULT.format(a=a, b=b))
        assert f["winner"] == ["某某甲商贸有限公司", "某某乙医疗器械有限公司"], (a, b)


def test_guard_one_lot_heading_over_two_winner_lines_stays_first():
    # two winner lines under one heading: a correction's before/after, not two lots
    text = _LOTS_RESULT.format(a="A分标", b="备注").replace("备注：\n", "")
    assert _fields(text)["winner"] == ["某某甲商贸有限公司"]


def test_guard_no_lot_heading_stays_first():
    text = _LOTS_RESULT.format(a="（一）", b="（二）")
    assert _fields(text)["winner"] == ["某某甲商贸有限公司"]


# --- 22h.2 a ranking told in prose -----------------------------------------------------------------------------------

_PROSE_ONE = (
    "某某中心项目施工评标结果出炉\n"
    "2099年1月5日,某某中心项目施工标段开标。\n"
    "4天后,该项目发布评标结果公示:某某建工第四建筑有限责任公司以190079068.90元投标报价、综合评标得分98.44,"
    "排序中标候选人第一名!\n"
)


def test_lone_first_candidate_told_in_prose():
    f = _fields(_PROSE_ONE)
    assert f["candidates"] == [{"rank": 1, "name": "某某建工第四建筑有限责任公司", "price": 190079068.9}]


_PROSE_THREE = (
    "某某养老园区二期工程中标候选人公示发布\n"
    "近日,某某养老园区建设项目二期工程施工中标候选人公示正式发布。\n"
    "经过严格的评审,最终确定了三名中标候选人。其中,某某建设集团股份有限公司以10125.266513万元的投标报价位列第一。\n"
    "紧随其后的是某某建工集团有限公司,该公司以10121.1759万元的投标报价位列第二。\n"
    "位列第三的是某某铭泰集团有限公司,其投标报价为10123.8095万元。\n"
)


def test_three_candidates_ranked_in_sentences():
    f = _fields(_PROSE_THREE)
    assert f["candidates"] == [
        {"rank": 1, "name": "某某建设集团股份有限公司", "price": 101252665.13},
        {"rank": 2, "name": "某某建工集团有限公司", "price": 101211759.0},
        {"rank": 3, "name": "某某铭泰集团有限公司", "price": 101238095.0},
    ]


def test_guard_lone_standing_without_candidates_role():
    # '位列第一' alone, no 候选人 in its sentence: a standing, not a list of one
    text = _PROSE_THREE.split("紧随")[0].replace("最终确定了三名中标候选人。", "")
    assert "candidates" not in _fields(text)


def test_guard_ranks_with_a_gap():
    text = _PROSE_THREE.replace(
        "紧随其后的是某某建工集团有限公司,该公司以10121.1759万元的投标报价位列第二。\n", ""
    )
    assert "candidates" not in _fields(text)


def test_guard_league_table_standing():
    text = (
        "某某建设项目施工中标候选人公示\n"
        "某某建设集团股份有限公司以120亿元营收位列全省建筑企业第一。\n"
        "某某建工集团有限公司名列第二。\n"
    )
    assert "candidates" not in _fields(text)


# --- 22h.3 the ordinal family in rows and blocks ----------------------------------------------------------------------

_GLUED_NO_UNIT = (
    "某某局某某平台采购成交结果公告\n"
    "一、项目名称：某某平台采购\n"
    "二、谈判情况序号供应商名称最终报价评审结果1 某某甲信息技术股份有限公司272000.00第一成交候选人"
    "2 某某乙科技股份有限公司275000.00第二成交候选人3 某某丙科技有限公司276000.00第三成交候选人\n"
    "三、成交供应商名称：某某甲信息技术股份有限公司\n"
)


def test_glued_rows_with_no_unit_before_the_rank_word():
    f = _fields(_GLUED_NO_UNIT)
    assert [c["name"] for c in f["candidates"]] == [
        "某某甲信息技术股份有限公司",
        "某某乙科技股份有限公司",
        "某某丙科技有限公司",
    ]
    assert [c["price"] for c in f["candidates"]] == [272000.0, 275000.0, 276000.0]


def test_guard_glued_rows_rank_not_following_the_number():
    text = _GLUED_NO_UNIT.replace("第二成交候选人", "第三成交候选人", 1)
    assert "candidates" not in _fields(text)


_RANK_AFTER_ROLE = (
    "某某工程施工中标候选人公示\n"
    "一、项目名称：某某工程施工\n"
    "二、评标结果：\n"
    "中标候选人第一名：某某甲建设有限公司\n"
    "投标报价：1234567.00元\n"
    "中标候选人第二名：某某乙建筑工程有限公司\n"
    "投标报价：1244567.00元\n"
)


def test_blocks_with_the_rank_after_the_role():
    f = _fields(_RANK_AFTER_ROLE)
    assert f["candidates"] == [
        {"rank": 1, "name": "某某甲建设有限公司", "price": 1234567.0},
        {"rank": 2, "name": "某某乙建筑工程有限公司", "price": 1244567.0},
    ]


# --- 22h.4 the panel as rows of role, name and how chosen --------------------------------------------------------------

_PANEL_GLUED = (
    "某某局某某设备采购成交结果公告\n"
    "一、项目名称：某某设备采购\n"
    "二、成交供应商名称：某某甲机电设备有限公司\n"
    "三、谈判小组成员名单序号评审小组职务姓名产生方式参与过程备注1 主任评委张某某随机抽取全过程/"
    "2 评委成员李某随机抽取全过程/3 业主评委王某某自行选定全过程注：产生方式注明是随机抽取或自行选定。\n"
    "四、联系方式\n"
)


def test_panel_rows_run_together():
    assert _fields(_PANEL_GLUED)["experts"] == ["张某某", "李某", "王某某"]


def test_panel_rows_one_cell_a_line():
    text = (
        "某某局某某设备采购成交结果公告\n"
        "一、项目名称：某某设备采购\n"
        "二、成交供应商名称：某某甲机电设备有限公司\n"
        "三、评标小组成员名单\n评审小组职务\n姓名\n产生方式\n参与过程\n"
        "组长\n张某某\n随机抽取\n全过程\n成员\n李某\n随机抽取\n全过程\n成员\n王某某\n业主推荐\n全过程\n"
        "四、联系方式\n"
    )
    assert _fields(text)["experts"] == ["张某某", "李某", "王某某"]


def test_guard_panel_heading_without_rows():
    text = _PANEL_GLUED.replace("随机抽取全过程", "全过程").replace("自行选定全过程", "全过程")
    assert "experts" not in _fields(text)
