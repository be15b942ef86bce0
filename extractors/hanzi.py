"""Traditional characters folded to simplified, for typing a notice only.

Some reposts of mainland notices arrive in traditional characters (a 繁體 mirror of a news item or an
exchange's disclosure), a few with the converter's pinyin left in brackets after a character
('鎮(zhèn)').  The domain and type signals are written in simplified characters, so the classifier reads
a folded copy; field values stay as printed (the page's own spelling is the evidence).  The table
covers the characters of the notice vocabulary (sale, tender and party words), not the whole script:
a character outside it stays as it is, which can only leave a signal unmatched, never invent one.
"""

from __future__ import annotations

import re

_PAIRS = (
    "轉转讓让權权採采礦矿掛挂產产區区標标賣卖貨货購购競竞價价買买國国資资場场業业開开範范圍围積积種种"
    "應应協协議议書书項项單单設设際际號号發发佈布頭头臨临時时間间證证費费額额報报徵征條条對对與与"
    "諾诺託托務务營营總总計计劃划長长門门東东鎮镇嶺岭帶带質质經经濟济員员聯联繫系電电話话轄辖評评"
    "結结違违實实擬拟讓让底底採采審审批批準准許许處处罰罚決决訊讯網网於于為为會会內内級级處处囑嘱"
    "規规則则額额幣币萬万億亿廠厂築筑興兴縣县鄉乡鎮镇場场礦矿壓压權权庫库舊旧邊边錄录"
    # the item labels' characters (名稱, 編號, 預算金額, 組織機構, 聯係電話 …): a label in traditional
    # characters is read as its simplified core (labels.core_label)
    "稱称編编碼码預预機机構构組组織织點点屬属選选遞递請请參参監监係系絡络傳传郵邮據据適适簽签訂订"
    "約约態态狀状廣广節节團团讀读戶户帳账銀银廢废終终變变動动補补詢询談谈見见論论細细稅税數数類类"
    "別别線线維维護护體体養养醫医療疗學学們们來来後后從从屆届與与擔担"
    # the tender template's and a report's sentences ('的潛在供應商應在…', '確定…為中標單位')
    "潛潜確确認认術术導导負负應应採采廳厅辦办區区畫画專专樣样陽阳舉举歲岁環环質质現现將将關关"
    # round 7: the words of a tender's opening and of a report ('現對…進行公開招標', '經過數輪競爭…競得')
    "進进過过簡简個个儲储優优勢势爭争輪轮獲获歸归顯显並并僅仅這这盡尽寫写續续銷销給给齊齐屆届啟启達达綜综"
    # the simplified characters the readers' and classifier's own patterns use whose traditional form the
    # table lacked (備案, 執行, 記錄, 該採礦權, 須, 領取, 問題, 驗收, 順延, 無, 當, 異議, 擴大, 繳納 …)
    "儀仪農农況况淨净塊块備备復复孫孙師师異异當当執执擴扩攔拦搖摇無无暫暂歡欢熱热納纳繳缴薦荐裝装"
    "記记訴诉誠诚該该說说調调財财責责敗败貳贰賃赁軟软載载遲迟遺遗鋪铺問问陸陆隨随順顺須须領领題题"
    "饋馈駁驳驗验響响諮咨兩两嚴严畝亩倉仓擊击劉刘歷历廈厦雙双噸吨吳吴園园圖图圓圆層层帳帐張张慶庆"
    "廬庐擇择攜携楊杨漢汉沒没潔洁瀏浏灣湾職职羅罗蘇苏蔣蒋覽览輯辑輸输訪访識识試试詳详貴贵貿贸賀贺"
    "遼辽連连錢钱鐵铁閉闭閱阅隊队陳陈陝陕頒颁頁页頃顷飲饮館馆鶴鹤龍龙統统綠绿縮缩肅肃塢坞餘余"
    "烏乌蘭兰寧宁鄧邓鄭郑"
)
_TABLE = str.maketrans({a: b for a, b in zip(_PAIRS[::2], _PAIRS[1::2], strict=True) if a != b})
# a converter's pinyin after a character: '(zhèn)', '(qū)'
# (lower-case, with a tone mark, right after a Chinese character: '(LNG)' or '(a)' is no pinyin)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]")


def fold(text: str) -> str:
    """``text`` with traditional notice-vocabulary characters made simplified and pinyin insertions dropped."""
    if not text:
        return text
    return _PINYIN.sub("", text.translate(_TABLE))


def translate_only(text: str) -> str:
    """``text`` with the traditional characters made simplified, one character for one: positions in
    the result are positions in ``text`` (a sentence matched on it is cut from the page as printed)."""
    return text.translate(_TABLE) if text else text
