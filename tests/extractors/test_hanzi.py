"""Traditional characters folded to simplified (extractors.hanzi, round 11c: OpenCC's t2s character table
instead of a hand-grown one).  Every text here is made up for the test."""

from __future__ import annotations

from extractors.hanzi import _table, fold, translate_only
from extractors.labels import core_label, keys_for


def test_characters_outside_the_old_hand_table_fold():
    # 爲 (the variant a converter prints for 为), 註, 賬, 臺, 雲, 檢, 測, 運, 礎: none was in the hand table
    text = "本項目註冊資金爲伍佰萬元，收款賬號見附件，交易平臺爲某某雲平臺，檢測及運維基礎設施"
    assert fold(text) == "本项目注册资金为伍佰万元，收款账号见附件，交易平台为某某云平台，检测及运维基础设施"


def test_a_label_outside_the_old_table_is_read():
    # '開啓時間' (啓, the other form of 啟) and '佔地面積' (佔): their keys were not found before
    assert "opening_time" in keys_for(core_label("二、響應文件開啓時間")[0])
    assert "area_m2" in keys_for(core_label("佔地面積（平方米）")[0])


def test_the_notice_vocabulary_still_folds():
    words = "項目名稱、預算金額、聯繫電話、投標截止時間、採礦權掛牌出讓、競得人、成交價、中標候選人公示"
    assert (
        fold(words)
        == "项目名称、预算金额、联系电话、投标截止时间、采矿权挂牌出让、竞得人、成交价、中标候选人公示"
    )
    # the old table's pairs that are also a simplified character's other use: still folded as before
    assert fold("於某日起餘款徵收") == "于某日起余款征收"


def test_translate_only_keeps_one_character_for_one():
    assert all(len(s) == 1 for s in _table().values())
    text = "某某鎮(zhèn)農村公路養護工程（二標段）開標記錄：報價壹佰貳拾萬元整"
    folded = translate_only(text)
    assert len(folded) == len(text)
    assert folded == "某某镇(zhèn)农村公路养护工程（二标段）开标记录：报价壹佰贰拾万元整"
    # every traditional character of the table at once: the length never changes
    every = "".join(map(chr, _table()))
    assert len(translate_only(every)) == len(every)


def test_fold_drops_the_converters_pinyin():
    assert fold("某某縣東風鎮(zhèn)石料礦(kuàng)") == "某某县东风镇石料矿"
    assert fold("液化天然氣(LNG)採購") == "液化天然气(LNG)采购"  # no tone mark: no pinyin


def test_simplified_text_and_kept_characters_stay_as_printed():
    # a simplified sentence is left alone, 著 (显著) and 干 / 余 / 于 / 征 included
    text = "某某县乾元路改造工程成效显著，若干余量于征收后结算"
    assert fold(text) == text
    # 乾 is a simplified character in names ('乾县'): not made 干 although OpenCC folds it
    assert fold("陝西省咸陽市乾縣") == "陕西省咸阳市乾县"
    assert fold("") == ""
