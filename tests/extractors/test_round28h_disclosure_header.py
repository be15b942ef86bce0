"""Round 28h (issue 12): a listed company's disclosure header numbers the announcement, not a project.

Why (two publishers, two companies: fresh24 a stock-news site's copy of a construction company's 中标公告,
'证券代码:600284 证券简称:某某建设 编号:临2013-061'; fresh44 a securities daily's e-paper copy of another company's
中标候选人 disclosure, '证券代码:002061 证券简称:某某交科 公告编号:2023-064'): every A-share disclosure opens with the
exchange's header line, and its 编号 was read as the project number. Every page here is made up; the guards say what
must NOT be dropped.
"""

from __future__ import annotations

from extractors import extract

_BODY = (
    "某某建设股份有限公司关于中标某某道路工程项目的公告\n"
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
    "近日,公司收到招标人某某开发区管理委员会发出的《中标通知书》,确定公司为某某道路工程项目的中标人,中标金额为5.2亿元。\n"
)


def test_the_exchange_header_number_is_no_project_number() -> None:
    for header in (
        "证券代码:600284 证券简称:某某建设 编号:临2013-061",
        "证券代码:002061 证券简称:某某交科 公告编号:2023-064",
    ):
        rec = extract(f"{header}\n{_BODY}".encode())
        assert "project_number" not in rec.fields, header


def test_guard_a_tenders_own_number_is_kept() -> None:
    page = (
        "某某道路工程施工中标结果公告\n项目编号:JSGC-2023-061\n招标人:某某开发区管理委员会\n"
        "中标人:某某建设股份有限公司\n中标价:5.2亿元\n"
    )
    assert extract(page.encode()).fields.get("project_number") == "JSGC-2023-061"
