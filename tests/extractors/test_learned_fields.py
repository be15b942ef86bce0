"""bench/learned_fields.py: a label → key vocabulary counted from labelled pages, and its reading.

Why: the study (docs/learned-fields.md) rests on the learner being what it says — a label joins the vocabulary
only with enough right pairs and a good enough share, and reads a page it never saw by those labels alone.
Made-up pages here; the real ones are read in place by the script.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def learned(bench_script):
    return bench_script("learned_fields.py")


#: a text page needs a notice word and some Chinese to be read as one (extractors.textpage)
HEAD = "某某办公设备采购项目招标公告\n本项目现进行公开招标，欢迎合格的供应商参加投标，具体事项公告如下。\n"


def _page(text: str) -> bytes:
    return (HEAD + text).encode("utf-8")


def _case(name: str, text: str, fields: dict) -> tuple:
    return (name, _page(text), {"notice_type": "procurement.tender", "fields": fields}, None)


def test_pairs_inline_and_cell_pairs(learned):
    lines = ["一、采购单位：某某局", "预算金额", "120万元", "项目编号: QZ-1  联系人：张"]
    assert list(learned.pairs(lines)) == [
        ("采购单位", "某某局"),
        ("预算金额", "120万元"),
        ("项目编号", "QZ-1"),
    ]


def test_a_label_with_two_right_pairs_is_learned_and_reads_a_new_page(learned):
    train = [
        _case("a.txt", "需求单位：甲局\n最高限价：10万元", {"purchaser": "甲局", "max_price": 100000}),
        _case("b.txt", "需求单位：乙中心\n最高限价：20万元", {"purchaser": "乙中心", "max_price": 200000}),
    ]
    vocab = learned.Vocabulary.learn(train)
    assert vocab.table["需求单位"] == "purchaser"
    assert vocab.table["最高限价"] == "max_price"
    got = vocab.read(_page("需求单位：丙所\n最高限价：3.5万元"))
    assert got == {"purchaser": "丙所", "max_price": 35000.0}


def test_a_label_seen_once_or_mostly_wrong_is_not_learned(learned):
    train = [
        _case("a.txt", "需求单位：甲局\n电话：1\n", {"purchaser": "甲局", "contact_phone": "1"}),
        _case("b.txt", "电话：2\n", {"contact_phone": "9"}),
        _case("c.txt", "电话：3\n", {"contact_phone": "8"}),
    ]
    vocab = learned.Vocabulary.learn(train)
    assert "需求单位" not in vocab.table  # one positive only
    assert "电话" not in vocab.table  # one of three right
    assert vocab.read(_page("需求单位：丙所\n电话：5")) == {}


def test_context_patterns_read_prose_by_the_words_around_a_value(learned):
    train = [
        _case(f"{i}.txt", f"经评审，本项目由{name}中标，特此公告。", {"winner": [name]})
        for i, name in enumerate(["甲建设有限公司", "乙工程有限公司", "丙路桥有限公司"])
    ]
    contexts = learned.Contexts.learn(train)
    assert contexts.read(_page("经评审，本项目由丁市政有限公司中标，特此公告。")) == {
        "winner": ["丁市政有限公司"]
    }
    assert contexts.read(_page("经评审，本项目流标，特此公告。")) == {}


def test_the_crf_learns_a_label_and_tags_a_page_it_never_saw(learned):
    names = ["甲局", "乙中心", "丙所", "丁院", "戊站", "己办"]
    train = [
        _case(
            f"{i}.txt",
            f"采购人：{name}\n预算金额：{i + 1}0万元",
            {"purchaser": name, "budget": (i + 1) * 100000},
        )
        for i, name in enumerate(names)
    ]
    crf = learned.CRF(train)
    assert crf.read(_page("采购人：庚委\n预算金额：70万元")) == {"purchaser": "庚委", "budget": 700000.0}
