"""Round 22i: the winner told through the short name a page gives it, and a winner told in prose is stated.

Made-up pages (no real page's text). The first tests fail before round 22i and pass after; the guards keep
a tender's boilerplate and a supposition unread and unstated.
"""

from __future__ import annotations

from extractors import extract
from extractors.agents import aliases, won_acts


def _rec(text: str):
    return extract(text.encode())


_DISCLOSURE = (
    "甲乙股份:项目中标公告\n"
    "证券代码:600000 证券简称:甲乙股份 公告编号:2030-001\n"
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
    "近日,甲乙道桥建设股份有限公司(以下简称“公司”)收到丙丁市戊己投资集团有限公司发来的《中标通知书》,"
    "公司成为丙丁市庚辛路改造工程(一期)的中标人。\n"
    "该项目计划工期12个月,中标合同价为人民币12,345,678.00元。\n"
    "公司接到上述中标通知书后,将按照招标文件要求办理合同签订事宜。\n"
    "特此公告。\n甲乙道桥建设股份有限公司董事会\n2030年1月2日\n"
)


def test_alias_bound_and_read_as_the_winner() -> None:
    rec = _rec(_DISCLOSURE)
    assert rec.notice_type == "construction.result"
    assert rec.fields["winner"] == ["甲乙道桥建设股份有限公司"]


def test_short_name_in_a_later_sentence_resolves_to_the_full_name() -> None:
    lines = [
        "壬癸工程有限公司(下称“壬癸工程”)为本公司全资子公司。",
        "经公开招标,确定壬癸工程为子丑县寅卯道路工程的中标人。",
    ]
    assert aliases("\n".join(lines)) == {"壬癸工程": "壬癸工程有限公司"}
    found = list(won_acts(lines))
    assert [f.raw for f in found] == ["壬癸工程有限公司"]


def test_short_name_as_subject_of_zhongbiao() -> None:
    lines = ["辰巳科技有限公司(简称辰巳科技)成立于2001年。", "近日,辰巳科技中标午未市政务云服务项目。"]
    assert [f.raw for f in won_acts(lines)] == ["辰巳科技有限公司"]


def test_winner_told_through_an_unnamed_self_is_stated_not_missing() -> None:
    # the subject is no name the page binds: nothing is read, but the winner is stated (a gap for review)
    text = (
        "关于项目中标的公告\n"
        "近日,本单位收到申酉县交通运输局发来的《中标通知书》,本单位成为申酉县戌亥桥梁加固工程的中标人。\n"
        "中标价:人民币3,000,000.00元。\n2030年2月3日\n"
    )
    rec = _rec(text)
    assert rec.notice_type.endswith(".result")
    assert "winner" not in rec.fields
    assert rec.field_status("winner") == "gap"


# --- guards ---------------------------------------------------------------------------------------------------------


def test_tender_boilerplate_reads_and_states_nothing() -> None:
    lines = [
        "中标人应在收到中标通知书后30日内与招标人签订合同。",
        "中标通知书发出后,招标人改变中标结果的,应当依法承担法律责任。",
        "若投标人成为中标人,应按规定缴纳履约保证金。",
        "投标人收到中标通知书后,应在规定时间内提交履约担保。",
    ]
    assert list(won_acts(lines)) == []
    text = "子丑县寅卯道路工程施工中标结果公告\n中标结果已确定。\n" + "\n".join(lines) + "\n"
    rec = _rec(text)
    assert "winner" not in rec.fields
    if "winner" in rec.to_dict().get("status", {}):
        assert rec.field_status("winner") == "missing"


def test_supposition_with_an_alias_reads_nothing() -> None:
    lines = [
        "甲乙建设有限公司(以下简称“公司”)参与了丙丁项目的投标。",
        "若公司成为丙丁项目的中标人,将对公司经营业绩产生积极影响。",
        "公司拟中标丙丁项目。",
    ]
    assert list(won_acts(lines)) == []


def test_role_word_alias_is_not_bound() -> None:
    lines = ["甲乙建设有限公司(以下简称“中标人”)应于5日内签约。", "中标人收到中标通知书。"]
    assert aliases("\n".join(lines)) == {}
    assert list(won_acts(lines)) == []


def test_ranked_candidate_settled_as_winner_is_not_a_name() -> None:
    lines = ["经评审,确定第一中标候选人甲乙建设有限公司为本项目中标人。"]
    assert list(won_acts(lines)) == []


def test_self_named_firm_resolved_to_its_issuer_line() -> None:
    lines = [
        "证券代码:600000 证券简称:甲乙建设 编号:临2030-001",
        "甲乙道桥建设股份有限公司",
        "重大工程项目中标公告",
        "近日,本公司收到丙丁开发区管理委员会发来的中标通知书,确定本公司中标戊己道路工程。",
        "特此公告。",
        "甲乙道桥建设股份有限公司",
        "董事会",
    ]
    assert [f.raw for f in won_acts(lines)] == ["甲乙道桥建设股份有限公司"]


def test_self_named_firm_with_two_names_on_the_page_reads_nothing() -> None:
    lines = [
        "甲乙道桥建设股份有限公司",
        "近日,本公司成为戊己道路工程的中标人。",
        "丙丁投资有限公司",
    ]
    assert list(won_acts(lines)) == []


def test_verb_before_a_self_word_is_no_name() -> None:
    lines = ["经评审,确定本公司中标戊己道路工程。"]
    assert list(won_acts(lines)) == []
