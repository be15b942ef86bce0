"""Unit tests of extractors.normalize: money, dates, times, durations, areas, names, lists."""

from __future__ import annotations

import pytest

from extractors import normalize as N


@pytest.mark.parametrize(
    ("text", "unit", "want"),
    [
        ("1289100", None, 1289100),
        ("预算金额：670000元", None, 670000),
        ("75万元", None, 750000),
        ("4.3亿元", None, 430000000),
        ("59.7618", "万元", 597618),
        ("最终报价:1728800.00(元)", None, 1728800),
        ("¥12,345.50", None, 12345.5),
        ("人民币壹佰贰拾万元整", None, 1200000),
        ("壹佰贰拾万元整（小写：1200000元）", None, 1200000),
        ("肆拾伍万元整(小写:人民币45万元)", None, 450000),
        ("叁万伍仟元伍角", None, 35000.5),
        ("43000", "万元", 430000000),
    ],
)
def test_money(text: str, unit: str | None, want: float) -> None:
    assert N.money(text, unit) == pytest.approx(want, abs=0.01)


@pytest.mark.parametrize("text", ["", "-", "/", "详见附件", "无", "第3标段"])
def test_money_absent(text: str) -> None:
    assert N.money(text) is None


def test_money_upper_lower_mismatch_is_warned() -> None:
    parsed = N.parse_money("壹佰贰拾万元整（小写：1300000元）")
    assert parsed.value == 1300000
    assert parsed.warnings and "大写" in parsed.warnings[0]


def test_money_upper_lower_match_has_no_warning() -> None:
    assert N.parse_money("贰拾万元整（¥200000.00）").warnings == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2018年9月7日", "2018-09-07"),
        ("2018-09-07", "2018-09-07"),
        ("2018/9/7", "2018-09-07"),
        ("2018.09.07", "2018-09-07"),
        ("二〇一八年九月七日", "2018-09-07"),
        ("二〇二一年十二月二十五日", "2021-12-25"),
        ("20 21年 5 月 12 日", "2021-05-12"),
        ("发布时间：2021-06-11 11:00:00", "2021-06-11"),
    ],
)
def test_date(text: str, want: str) -> None:
    assert N.parse_date(text) == want


@pytest.mark.parametrize("text", ["2018年13月7日", "2021年2月30日", "明天", "12345"])
def test_date_invalid(text: str) -> None:
    assert N.parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2018年9月7日 9:30", "2018-09-07 09:30"),
        ("2018年9月7日9时30分", "2018-09-07 09:30"),
        ("2018年9月7日上午9：30", "2018-09-07 09:30"),
        ("2018年9月7日下午2:30", "2018-09-07 14:30"),
        ("2021-06-11 11:00:00", "2021-06-11 11:00"),
        ("2021年 6 月 9 日 0 9 时 : 30 分", "2021-06-09 09:30"),
        ("2020年9月3日9时00分", "2020-09-03 09:00"),
        ("2021年3月24日9时", "2021-03-24 09:00"),
        ("2021年05月10日 09:00（北京时间）", "2021-05-10 09:00"),
    ],
)
def test_datetime(text: str, want: str) -> None:
    assert N.parse_datetime(text) == want


def test_datetime_needs_a_time() -> None:
    assert N.parse_datetime("开标时间：2021年04月07日") is None


def test_ms_timestamp_is_china_time() -> None:
    assert N.parse_ms_timestamp(1748250241000) == "2025-05-26"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("90日历天", (90, "calendar_day")),
        ("5个工作日", (5, "working_day")),
        ("3个月", (3, "month")),
    ],
)
def test_duration(text: str, want: tuple[int, str]) -> None:
    assert N.parse_duration(text) == want


@pytest.mark.parametrize(
    ("text", "unit", "want"),
    [
        ("17960.29平方米", None, 17960.29),
        ("1200㎡", None, 1200),
        ("7亩", None, 4666.69),
        ("1.5公顷", None, 15000),
        ("17960.29", "平方米", 17960.29),
    ],
)
def test_area(text: str, unit: str | None, want: float) -> None:
    assert N.parse_area(text, unit) == pytest.approx(want, abs=0.01)


def test_area_without_unit_is_none() -> None:
    assert N.parse_area("17960.29") is None


def test_names_nfkc_and_space() -> None:
    assert N.norm_name("千秋-JXQQGK（2021）第30号 ") == "千秋-JXQQGK(2021)第30号"
    assert N.clean_text("名 称：  浙江 信望") == "名称：浙江信望"


def test_people_lists() -> None:
    assert N.split_people("陈洁,郭演星、沈汉翔 蒋阳；钱晓艳") == [
        "陈洁",
        "郭演星",
        "沈汉翔",
        "蒋阳",
        "钱晓艳",
    ]
    assert N.split_people("张三（组长）、李四") == ["张三", "李四"]
    assert N.split_people("/") == []


def test_candidate_shape() -> None:
    assert N.candidate(1, " 浙江某某建设有限公司 ", 3207867.0) == {
        "rank": 1,
        "name": "浙江某某建设有限公司",
        "price": 3207867.0,
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("70年", 70),
        ("5 0 年", 50),
        ("出让年限：10年（2026年3月至2036年3月）", 10),
        ("18个月", 1.5),
        ("40", 40),
    ],
)
def test_duration_years(text: str, want: float) -> None:
    assert N.duration_years(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "90日历天",  # days are no term in years
        "5个工作日",
        "2026年3月",  # a date, not a term
        "城镇住宅用地70年，零售商业用地、餐饮用地40年",  # two terms: no one value
        "40 50",
    ],
)
def test_duration_years_absent(text: str) -> None:
    assert N.duration_years(text) is None


def test_masked_people_kept_as_printed() -> None:
    # NFKC (as every name comparison) turns the full-width ＊ into *; the mask itself stays
    assert N.split_people("赵某某，钱**，孙某某、李＊＊") == ["赵某某", "钱**", "孙某某", "李**"]
