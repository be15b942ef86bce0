"""Round 28a (issue 12): a framework purchase's admission table, '入围候选人名称' / '入围供应商名称' per item.

Why (fresh34: the ccgp.gov.cn copy of a 云南 disease-control centre's 入围公告, and a distributor's site reprinting a
重庆 入围采购 预公示 — two publishers): a framework purchase admits several suppliers per item and prints them in a
table whose firm column is headed by the admission ('入围候选人名称', '入围供应商名称'); the column was no party column
(no winner read), and '入围候选人' was taken for a ranking (a procurement result's candidates). Every page here is
made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _table(head: str, rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"<table><tr><td>序号</td><td>品目</td><td>{head}</td></tr>{cells}</table>"


_ROWS = [
    ("1", "甲型疫苗", "某某生物科技有限公司"),
    ("2", "乙型疫苗", "某某制品股份有限公司"),
    ("3", "丙型疫苗", "某某生物科技有限公司"),
]


def _page(
    head: str, rows: list[tuple[str, str, str]] = _ROWS, title: str = "某省某中心某类疫苗入围项目入围公告"
) -> bytes:
    return (
        f"<html><body><h1>{title}</h1><p>采购人：某省疾病预防控制中心</p>"
        f"<p>某省疾病预防控制中心某类疫苗入围项目于2026年1月2日开标，现将入围情况公布如下：</p>"
        f"{_table(head, rows)}</body></html>"
    ).encode()


def test_admitted_suppliers_are_the_winners_each_once() -> None:
    for head in ("入围候选人名称", "入围供应商名称", "入围企业"):
        rec = extract(_page(head))
        assert rec.notice_type == "procurement.result", head
        assert rec.fields.get("winner") == ["某某生物科技有限公司", "某某制品股份有限公司"], head
        assert "candidates" not in rec.fields, head  # admissions per item rank nobody


def test_guard_a_ranked_candidate_column_is_still_a_ranking() -> None:
    rows = [("第一名", "综合", "某某甲有限公司"), ("第二名", "综合", "某某乙有限公司")]
    page = (
        "<html><body><h1>某某设备采购项目中标候选人公示</h1><p>采购人：某某局</p>"
        "<table><tr><td>排名</td><td>包</td><td>中标候选人名称</td></tr>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</table></body></html>"
    ).encode()
    rec = extract(page)
    assert "某某甲有限公司" in str(rec.fields.get("candidates") or rec.fields.get("winner"))


def test_guard_an_admission_word_elsewhere_makes_no_winner_column() -> None:
    # a call to join a framework lists who applied, under a plain name column: no 入围 column, no winner
    page = (
        "<html><body><h1>某某服务入围供应商征集公告</h1><p>采购人：某某局</p>"
        "<table><tr><td>序号</td><td>报名供应商</td><td>报名时间</td></tr>"
        "<tr><td>1</td><td>某某甲有限公司</td><td>2026-01-02</td></tr></table></body></html>"
    ).encode()
    assert "winner" not in extract(page).fields
