"""Round 27a (issue 12): a correction's change table read as the national template prints it.

Why (fresh46, ccgp.gov.cn 更正 / 澄清公告): the table '序号 | 更正项 | 更正前内容 | 更正后内容' printed one cell a line
reprints the clauses it changes with their own numbered headings ('四、投标文件提交' over '截止时间：…', '五、开启' over
'时间：…'), which ended the table at the first of them, so the withdrawn time was read (北海); a 澄清公告's header is
'条款号 | 原文 | 修改后现文' (深圳); a glued row '1 截止时间 <before>（北京时间） <after>' names its item by the bare
word 截止时间 and prints the zone between the two times (富川); '供应商须知前附表' (a chapter of the documents) was read
as a 供应商 named '须知前附表'. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


_HEAD = "某某咨询有限公司关于某某大楼改造项目的更正公告\n二、更正信息\n更正事项：采购公告\n更正内容：\n"


def test_cell_table_with_clause_headings_gives_the_time_after() -> None:
    page = (
        _HEAD + "序号\n更正项\n更正前内容\n更正后内容\n1\n第一章 竞争性磋商公告\n"
        "四、投标文件提交\n截止时间：2026 年3月 10日15点30分（北京时间）\n地点：某市某大厦8楼\n"
        "四、投标文件提交\n截止时间：2026 年3月 12日15点30分（北京时间）\n地点：某市某大厦8楼\n"
        "2\n第一章 竞争性磋商公告\n五、开启\n时间： 2026 年3月 10日15点 30分（北京时间）\n地点：某市某大厦8楼\n"
        "五、开启\n时间： 2026 年3月 12日15点 30分（北京时间）\n地点：某市某大厦8楼\n"
        "更正日期：2026年03月04日\n三、其他补充事宜\n无\n"
    )
    f = _fields(page)
    assert (f["bid_deadline"], f["opening_time"]) == ("2026-03-12 15:30", "2026-03-12 15:30")


def test_clarification_original_and_amended_text_gives_the_time_after() -> None:
    page = (
        "某大学某实验室装修工程澄清公告\n二、更正信息\n更正事项：采购文件\n更正内容：\n条款号\n原文\n修改后现文\n"
        "第一部分\n磋商邀请\n四、响应文件提交\n1.截止时间：2026年03月04日 09:30:00。\n"
        "3.纸质保函：供应商须在2026年03月04日上午09时00分至09时30分完成递交手续；\n"
        "五、开启\n1.响应文件开启时间：2026年03月04日 09:30:00\n"
        "四、响应文件提交\n1.截止时间：2026年03月09日 09:30:00。\n"
        "3.纸质保函：供应商须在2026年03月09日上午09时00分至09时30分完成递交手续；\n"
        "五、开启\n1.响应文件开启时间：2026年03月09日 09:30:00\n"
        "第三部分  供应商须知\n供应商须知前附表\n31.最高限价，暂列金额为1000.00元\n供应商须知前附表\n"
        "31.最高限价，暂列金额为900.00元\n更正日期：2026年03月02日\n"
    )
    f = _fields(page)
    assert (f["bid_deadline"], f["opening_time"]) == ("2026-03-09 09:30", "2026-03-09 09:30")
    assert "winner" not in f  # '供应商须知前附表' names no 供应商


def test_glued_row_with_bare_deadline_item_and_zone() -> None:
    page = (
        _HEAD + "序号 更正项 更正前内容 更正后内容 1 截止时间 2026年9月21日09时00分（北京时间） "
        "2026年8月27日09时00分（北京时间） 2 评标说明 远程异地评标。 远程异地评标，副会场另定。\n"
        "更正日期：2026年08月05日\n"
    )
    assert _fields(page)["bid_deadline"] == "2026-08-27 09:00"


def test_guard_a_named_other_deadline_in_a_glued_row_is_no_bid_deadline() -> None:
    page = (
        _HEAD + "序号 更正项 更正前内容 更正后内容 1 获取文件截止时间 2026年9月21日17时00分（北京时间） "
        "2026年9月25日17时00分（北京时间）\n更正日期：2026年08月05日\n"
    )
    assert "bid_deadline" not in _fields(page)


def test_guard_a_cell_tables_other_time_under_a_submission_heading_is_no_deadline() -> None:
    """A bond's hand-in window under '四、响应文件提交' is no bid deadline; a 解密时间 under '五、开启' no opening."""
    page = (
        _HEAD + "序号\n更正项\n更正前内容\n更正后内容\n1\n四、响应文件提交\n"
        "3.纸质保函：供应商须在2026年03月04日上午09时00分至09时30分完成递交手续；\n五、开启\n"
        "3.响应文件解密时间：2026年03月04日 09:30:00\n四、响应文件提交\n"
        "3.纸质保函：供应商须在2026年03月09日上午09时00分至09时30分完成递交手续；\n五、开启\n"
        "3.响应文件解密时间：2026年03月09日 09:30:00\n更正日期：2026年03月02日\n"
    )
    from extractors.times import corrected_times

    assert list(corrected_times(page.splitlines())) == []


def test_guard_a_documents_chapter_is_no_party_but_a_glued_party_still_is() -> None:
    from extractors.textpage import _split_glued

    assert _split_glued("投标人须知前附表") == "投标人须知前附表"
    assert _split_glued("供应商格式") == "供应商格式"
    assert _split_glued("中标人某某建设有限公司") == "中标人:某某建设有限公司"
